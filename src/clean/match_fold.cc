#include "clean/match_fold.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/normalizer.h"

namespace marsad::clean {
namespace {

// Format characters the Normalizer drops but the cleaning rules look at.
enum class FormatMark { kNone, kSpace, kKept };

// What the character at text[pos] is to MatchFold, and its byte length when it is a mark:
// U+200B..U+200F and U+FEFF separate words like a space; bidi controls (U+202A..U+202E,
// U+2066..U+2069), U+2060, U+061C and the soft hyphen stay as written, so that a line
// holding only such a mark is not blank.
FormatMark FormatMarkAt(std::string_view text, size_t pos, size_t* length) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (pos + 1 >= text.size()) return FormatMark::kNone;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]);
  *length = 2;
  if (c == 0xC2) return b1 == 0xAD ? FormatMark::kKept : FormatMark::kNone;
  if (c == 0xD8) return b1 == 0x9C ? FormatMark::kKept : FormatMark::kNone;
  if (pos + 2 >= text.size()) return FormatMark::kNone;
  const auto b2 = static_cast<unsigned char>(text[pos + 2]);
  *length = 3;
  if (c == 0xEF) return b1 == 0xBB && b2 == 0xBF ? FormatMark::kSpace : FormatMark::kNone;
  if (c != 0xE2) return FormatMark::kNone;
  if (b1 == 0x80) {
    if (b2 >= 0x8B && b2 <= 0x8F) return FormatMark::kSpace;
    if (b2 >= 0xAA && b2 <= 0xAE) return FormatMark::kKept;
  }
  if (b1 == 0x81 && (b2 == 0xA0 || (b2 >= 0xA6 && b2 <= 0xA9))) return FormatMark::kKept;
  return FormatMark::kNone;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Finds the bytes that may start a mark: E2, EF or C2, or the 9C of D8 9C (U+061C); looking for
// the 9C rather than the D8, which most Arabic letters start with, keeps false finds rare. Each
// byte is searched for on its own with memchr (string_view::find), which reads many bytes a step,
// and its next position is kept until passed: most lines hold none of these bytes, or a few.
class MarkByteFinder {
 public:
  explicit MarkByteFinder(std::string_view text) : text_(text) {
    for (size_t i = 0; i < kBytes.size(); ++i) next_[i] = Find(kBytes[i], 0);
  }

  // The position of the first byte at or after pos that may start a mark, or text.size().
  size_t Next(size_t pos) {
    size_t nearest = text_.size();
    for (size_t i = 0; i < kBytes.size(); ++i) {
      if (next_[i] < pos) next_[i] = Find(kBytes[i], pos);
      nearest = std::min(nearest, next_[i]);
    }
    return nearest;
  }

 private:
  static constexpr std::array<char, 4> kBytes = {'\xE2', '\xEF', '\xC2', '\x9C'};

  size_t Find(char byte, size_t pos) const { return std::min(text_.find(byte, pos), text_.size()); }

  std::string_view text_;
  std::array<size_t, kBytes.size()> next_{};  // of each byte, at or after the last pos asked
};

// The high bit of every byte of `block` that is `byte` (exact: no false positives).
inline uint64_t BytesEqual(uint64_t block, unsigned char byte) {
  constexpr uint64_t kLows = 0x7F7F7F7F7F7F7F7FULL;
  const uint64_t diff = block ^ (0x0101010101010101ULL * byte);
  return ~(((diff & kLows) + kLows) | diff | kLows);
}

// Whether some byte of `block` is below 0x20 (a few false positives, no misses).
inline bool MayHoldControl(uint64_t block) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  return ((block - kOnes * 0x20) & ~block & kHighs) != 0;
}

// The first position from which collapsing the white space of `text` changes it: a tab,
// carriage return or newline, a space that starts or ends the text, or a space followed by
// white space; text.size() when there is none. Eight bytes at a time: most folded lines are
// single-spaced.
size_t FirstUnevenSpace(std::string_view text) {
  const size_t size = text.size();
  if (size == 0 || text[0] == ' ') return 0;
  size_t pos = 0;
  for (; pos + 9 <= size; pos += 8) {
    uint64_t block = 0;
    uint64_t next = 0;  // the bytes one position later
    std::memcpy(&block, text.data() + pos, 8);
    std::memcpy(&next, text.data() + pos + 1, 8);
    if (MayHoldControl(block) || (BytesEqual(block, ' ') & BytesEqual(next, ' ')) != 0) break;
  }
  // From the byte before: a space that ends the last block may be followed by a tab.
  if (pos > 0) --pos;
  for (; pos < size; ++pos) {
    const char c = text[pos];
    if (c == '\t' || c == '\r' || c == '\n') return pos;
    if (c == ' ' && (pos + 1 == size || IsAsciiSpace(text[pos + 1]))) return pos;
  }
  return size;
}

}  // namespace

std::string MatchFold(std::string_view text) {
  // Letters fold as text::Normalizer folds them for matching (it turns no-break and other
  // wide spaces into ' '); then runs of white space collapse to one space and the ends are
  // trimmed.
  const text::Normalizer normalizer;
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  MarkByteFinder mark_bytes(text);
  size_t pos = mark_bytes.Next(0);
  while (pos < text.size()) {
    size_t mark_start = pos;
    if (static_cast<unsigned char>(text[pos]) == 0x9C) {
      if (pos == start || static_cast<unsigned char>(text[pos - 1]) != 0xD8) {
        pos = mark_bytes.Next(pos + 1);
        continue;
      }
      mark_start = pos - 1;  // the mark starts at its D8
    }
    size_t length = 0;
    const FormatMark mark = FormatMarkAt(text, mark_start, &length);
    if (mark == FormatMark::kNone) {
      pos = mark_bytes.Next(pos + 1);
      continue;
    }
    normalizer.NormalizeAppend(text.substr(start, mark_start - start), 0, &out, nullptr);
    if (mark == FormatMark::kSpace) {
      out.push_back(' ');
    } else {
      out.append(text.substr(mark_start, length));
    }
    start = mark_start + length;
    pos = mark_bytes.Next(start);
  }
  normalizer.NormalizeAppend(text.substr(start), 0, &out, nullptr);
  // Runs of white space become one space, and the ends are trimmed: the text between uneven
  // spaces, most of it, moves in one piece.
  const size_t end = out.size();
  size_t kept = 0;
  size_t at = 0;
  while (at < end && IsAsciiSpace(out[at])) ++at;
  while (at < end) {
    const size_t uneven = at + FirstUnevenSpace(std::string_view(out).substr(at));
    if (kept != at) std::memmove(out.data() + kept, out.data() + at, uneven - at);
    kept += uneven - at;
    at = uneven;
    while (at < end && IsAsciiSpace(out[at])) ++at;
    if (at < end) out[kept++] = ' ';
  }
  out.resize(kept);
  return out;
}

}  // namespace marsad::clean
