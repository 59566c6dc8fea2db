#include "text/date_words.h"

#include "core/utf8.h"

namespace marsad::text {
namespace {

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x200B ||
         cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x200C || cp == 0x200D;
}

bool IsDropped(char32_t cp) {
  return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

char32_t Fold(char32_t cp) {
  switch (cp) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return 0x0627;
    case 0x0649:
      return 0x064A;
    case 0x0629:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x0626:
      return 0x064A;
    case 0x066B:  // Arabic decimal separator
      return '.';
    case 0x060C:  // Arabic comma
      return ',';
    default:
      break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
  if (cp >= 'A' && cp <= 'Z') return cp - 'A' + 'a';
  return cp;
}

DateWordKind KindOf(char32_t folded) {
  if (folded >= '0' && folded <= '9') return DateWordKind::kDigits;
  if ((folded >= 'a' && folded <= 'z')) return DateWordKind::kLatin;
  if ((folded >= 0x0621 && folded <= 0x064A) || (folded >= 0x066E && folded <= 0x06D3)) {
    return DateWordKind::kLetters;
  }
  return DateWordKind::kMark;
}

}  // namespace

std::vector<DateWord> SplitDateWords(std::string_view text) {
  std::vector<DateWord> words;
  bool space = false;
  bool newline = false;
  bool open = false;  // the last word may still grow
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(text, pos, &length);
    const uint32_t start = static_cast<uint32_t>(pos);
    pos += length;
    if (IsSpace(cp)) {
      space = true;
      newline = newline || cp == '\n';
      open = false;
      continue;
    }
    if (IsDropped(cp)) {
      if (open) words.back().span.end = static_cast<uint32_t>(pos);
      continue;
    }
    const char32_t folded = Fold(cp);
    const DateWordKind kind = KindOf(folded);
    if (open && kind != DateWordKind::kMark && words.back().kind == kind) {
      utf8::Append(folded, &words.back().text);
      words.back().span.end = static_cast<uint32_t>(pos);
      continue;
    }
    DateWord word;
    utf8::Append(folded, &word.text);
    word.span = {start, static_cast<uint32_t>(pos)};
    word.kind = kind;
    word.space_before = space;
    word.line_before = newline;
    words.push_back(std::move(word));
    open = kind != DateWordKind::kMark;
    space = false;
    newline = false;
  }
  return words;
}

std::string FoldDatePhrase(std::string_view phrase) {
  std::string out;
  for (const DateWord& word : SplitDateWords(phrase)) {
    if (!out.empty()) out.push_back(' ');
    out += word.text;
  }
  return out;
}

}  // namespace marsad::text
