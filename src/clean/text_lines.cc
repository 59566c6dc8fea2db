#include "clean/text_lines.h"

#include <algorithm>

#include "clean/match_fold.h"
#include "core/utf8.h"

namespace marsad::clean {
namespace {

// The first position at or after pos where a character starts. MatchFold folds character by
// character, then collapses runs of white space and trims the ends: so a start of the line cut
// before a character folds to a prefix of the whole fold, and an end of it to a suffix.
size_t CharacterStart(std::string_view raw, size_t pos) {
  while (pos < raw.size() && utf8::IsContinuation(static_cast<unsigned char>(raw[pos]))) ++pos;
  return pos;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

const std::string& TextLine::folded() const {
  if (!whole_) {
    if (!raw_.empty()) folded_ = MatchFold(raw_);  // most blank lines are empty
    whole_ = true;
  }
  return folded_;
}

std::string_view TextLine::FoldedHead(size_t bytes) const {
  if (whole_) return folded_;
  if (head_.size() >= bytes) return head_;
  const size_t raw_bytes = RawBytesFor(std::max(bytes, kMinHead));
  if (2 * raw_bytes >= raw_.size()) return folded();  // head and tail would fold all of it
  head_ = MatchFold(raw_.substr(0, CharacterStart(raw_, raw_bytes)));
  if (head_.size() < bytes) return folded();
  return head_;
}

std::string_view TextLine::FoldedTail(size_t bytes) const {
  if (whole_) return folded_;
  if (tail_.size() >= bytes) return tail_;
  if (bytes <= 1) {
    // Most lines end with an ASCII character (a full stop): MatchFold keeps it (a letter
    // lowercased) and trims only white space after it, so it ends the fold. Not a closing
    // quote or bracket: the rules read past those.
    size_t end = raw_.size();
    while (end > 0 && IsAsciiSpace(raw_[end - 1])) --end;
    const char last = end > 0 ? raw_[end - 1] : '\0';
    if (last > 0 && last != '"' && last != '\'' && last != ')') {
      tail_.assign(1, last >= 'A' && last <= 'Z' ? static_cast<char>(last + ('a' - 'A')) : last);
      return tail_;
    }
  }
  const size_t raw_bytes = RawBytesFor(std::max(bytes, kMinTail));
  if (2 * raw_bytes >= raw_.size()) return folded();
  tail_ = MatchFold(raw_.substr(CharacterStart(raw_, raw_.size() - raw_bytes)));
  if (tail_.size() < bytes) return folded();
  return tail_;
}

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
    if (!(end == text.size() && start == end && !lines.empty())) {
      lines.emplace_back(text,
                         Span{static_cast<uint32_t>(start), static_cast<uint32_t>(content_end)});
    }
    start = next;
  }
  return lines;
}

}  // namespace marsad::clean
