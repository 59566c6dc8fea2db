#include "clean/match_fold.h"

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

}  // namespace

std::string MatchFold(std::string_view text) {
  // Letters fold as text::Normalizer folds them for matching (it turns no-break and other
  // wide spaces into ' '); then runs of white space collapse to one space and the ends are
  // trimmed.
  const text::Normalizer normalizer;
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    // Marks start with E2, EF or C2, or are D8 9C (U+061C); looking for the 9C rather than
    // the D8, which most Arabic letters start with, keeps this loop free of mispredictions.
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c != 0xE2 && c != 0xEF && c != 0xC2 && c != 0x9C) continue;
    if (c == 0x9C) {
      if (pos == start || static_cast<unsigned char>(text[pos - 1]) != 0xD8) continue;
      --pos;  // the mark starts at its D8
    }
    size_t length = 0;
    const FormatMark mark = FormatMarkAt(text, pos, &length);
    if (mark == FormatMark::kNone) continue;
    normalizer.NormalizeAppend(text.substr(start, pos - start), 0, &out, nullptr);
    if (mark == FormatMark::kSpace) {
      out.push_back(' ');
    } else {
      out.append(text.substr(pos, length));
    }
    start = pos + length;
    pos = start - 1;
  }
  normalizer.NormalizeAppend(text.substr(start), 0, &out, nullptr);
  size_t kept = 0;
  bool pending_space = false;
  for (const char c : out) {
    if (IsAsciiSpace(c)) {
      pending_space = kept > 0;
      continue;
    }
    if (pending_space) out[kept++] = ' ';
    pending_space = false;
    out[kept++] = c;
  }
  out.resize(kept);
  return out;
}

}  // namespace marsad::clean
