// TextLines splits an article's text into its lines, each with the byte span of its content
// (without the newline or a trailing carriage return) and its MatchFold form, so that the
// cleaning rules can look at whole lines and report them as spans. A line is folded when
// first asked, and a long one in part: most rules read only its first or last characters
// (a body paragraph is most of an article's bytes and matches none of them).
#ifndef MARSAD_CLEAN_TEXT_LINES_H_
#define MARSAD_CLEAN_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace marsad::clean {

// One line. The folds are cached, so a line is read by one thread at a time.
class TextLine {
 public:
  // `text` is the article's text, `span` the line's content in it.
  TextLine(std::string_view text, Span span) : span_(span), raw_(span.of(text)) {}

  const Span& span() const { return span_; }
  // The line's bytes as written.
  std::string_view raw() const { return raw_; }

  // MatchFold of the whole line.
  const std::string& folded() const;
  // The start of folded(): at least `bytes` bytes of it, or all of it; whole characters.
  std::string_view FoldedHead(size_t bytes) const;
  // The end of folded(): at least `bytes` bytes of it, or all of it; whole characters.
  std::string_view FoldedTail(size_t bytes) const;
  // Whether folded() is longer than `bytes`.
  bool FoldedLongerThan(size_t bytes) const { return FoldedHead(bytes + 1).size() > bytes; }
  // Whether the line folds to nothing (white space, diacritics, tatweel).
  bool blank() const { return FoldedHead(1).empty(); }

 private:
  // The folded bytes worth folding at each end of a line at least: as many as the cleaning
  // rules read there (whole-line rules and prefixes at the start; an end mark or a closing
  // bracket at the end), so that one fold of each end answers them all.
  static constexpr size_t kMinHead = 32;
  static constexpr size_t kMinTail = 8;
  // The raw bytes to fold for at least `bytes` folded ones at an end of the line (most
  // characters fold to as many bytes; diacritics and runs of spaces to fewer).
  static size_t RawBytesFor(size_t bytes) { return bytes + bytes / 4 + 8; }

  Span span_;
  std::string_view raw_;
  mutable bool whole_ = false;  // folded_ holds the whole fold
  mutable std::string folded_;
  mutable std::string head_;  // MatchFold of a start of the line (a prefix of the whole fold)
  mutable std::string tail_;  // MatchFold of an end of the line (a suffix of the whole fold)
};

std::vector<TextLine> SplitLines(std::string_view text);

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_TEXT_LINES_H_
