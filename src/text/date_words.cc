#include "text/date_words.h"

#include "core/utf8.h"

namespace marsad::text {
namespace {

// White space after normalisation (text::Normalizer maps the other spaces to ' ' and drops the
// invisible format marks).
bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n'; }

DateWordKind KindOf(char32_t folded) {
  if (folded >= '0' && folded <= '9') return DateWordKind::kDigits;
  if ((folded >= 'a' && folded <= 'z')) return DateWordKind::kLatin;
  if ((folded >= 0x0621 && folded <= 0x064A) || (folded >= 0x066E && folded <= 0x06D3)) {
    return DateWordKind::kLetters;
  }
  return DateWordKind::kMark;
}

// The end of the letters from `pos` on. Every letter of KindOf is two bytes (U+0621..U+06D3):
// they are read two bytes at a time, without a general decode.
size_t LettersEnd(std::string_view folded, size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(folded.data());
  while (pos + 1 < folded.size()) {
    const unsigned lead = bytes[pos];
    const unsigned trail = bytes[pos + 1];
    if (lead < 0xD8 || lead > 0xDB || !utf8::IsContinuation(static_cast<unsigned char>(trail))) {
      break;
    }
    if (KindOf(((lead & 0x1Fu) << 6) | (trail & 0x3Fu)) != DateWordKind::kLetters) break;
    pos += 2;
  }
  return pos;
}

}  // namespace

void DateWords::Split(std::string_view text) {
  // One fold for the project: text::Normalizer (alef/hamza forms, ى, ة, diacritics, tatweel,
  // Arabic-Indic digits, Arabic punctuation, Latin case), with a map back to original bytes.
  folded_.clear();
  offsets_.clear();
  words_.clear();
  normalizer_.NormalizeAppend(text, 0, &folded_, &offsets_);
  offsets_.push_back(static_cast<uint32_t>(text.size()));
  const std::string_view folded = folded_;

  bool space = false;
  bool newline = false;
  for (size_t pos = 0; pos < folded.size();) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(folded, pos, &length);
    const size_t start = pos;
    pos += length;
    if (IsSpace(cp)) {
      space = true;
      newline = newline || cp == '\n';
      continue;
    }
    // A run of letters, digits or Latin letters is one word, read to its end here; a mark is a
    // word of its own.
    const DateWordKind kind = KindOf(cp);
    if (kind == DateWordKind::kLetters) {
      pos = LettersEnd(folded, pos);
    } else if (kind != DateWordKind::kMark) {
      while (pos < folded.size()) {
        const char32_t next = utf8::Decode(folded, pos, &length);
        if (KindOf(next) != kind) break;
        pos += length;
      }
    }
    DateWord& word = words_.emplace_back();
    word.text = folded.substr(start, pos - start);
    word.span = {offsets_[start], offsets_[pos]};
    word.kind = kind;
    word.space_before = space;
    word.line_before = newline;
    space = false;
    newline = false;
  }
}

std::string FoldDatePhrase(std::string_view phrase) {
  DateWords words;
  words.Split(phrase);
  std::string out;
  for (const DateWord& word : words.words()) {
    if (!out.empty()) out.push_back(' ');
    out += word.text;
  }
  return out;
}

}  // namespace marsad::text
