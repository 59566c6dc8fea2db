#include "clean/text_lines.h"

#include <utility>

#include "clean/match_fold.h"

namespace marsad::clean {

std::vector<TextLine> SplitLines(std::string_view text) {
  std::vector<TextLine> lines;
  lines.reserve(64);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    const size_t next = end == std::string_view::npos ? text.size() + 1 : end + 1;
    if (end == std::string_view::npos) end = text.size();
    size_t content_end = end;
    if (content_end > start && text[content_end - 1] == '\r') --content_end;
    TextLine line;
    line.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(content_end)};
    line.folded = MatchFold(text.substr(start, content_end - start));
    if (!(end == text.size() && start == end && !lines.empty())) lines.push_back(std::move(line));
    start = next;
  }
  return lines;
}

}  // namespace marsad::clean
