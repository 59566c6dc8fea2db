// TextLines splits an article's text into its lines, each with the byte span of its content
// (without the newline or a trailing carriage return) and its MatchFold form, so that the
// cleaning rules can look at whole lines and report them as spans.
#ifndef MARSAD_CLEAN_TEXT_LINES_H_
#define MARSAD_CLEAN_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace marsad::clean {

struct TextLine {
  Span span;           // the line's bytes, without "\n" or a trailing "\r"
  std::string folded;  // MatchFold of the line; empty for a blank line
  bool blank() const { return folded.empty(); }
};

std::vector<TextLine> SplitLines(std::string_view text);

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_TEXT_LINES_H_
