#include "clean/match_fold.h"

#include "core/utf8.h"

namespace marsad::clean {
namespace {

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x200F ||
         cp == 0x200E || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
}

bool IsDropped(char32_t cp) {
  return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

char32_t FoldLetter(char32_t cp) {
  switch (cp) {
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ
      return 0x0627;
    case 0x0649:  // ى
      return 0x064A;
    case 0x0629:  // ة
      return 0x0647;
    case 0x0624:  // ؤ
      return 0x0648;
    case 0x0626:  // ئ
      return 0x064A;
    default:
      break;
  }
  if (cp >= 'A' && cp <= 'Z') return cp - 'A' + 'a';
  if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
  return cp;
}

}  // namespace

std::string MatchFold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(text, pos, &length);
    pos += length;
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (IsDropped(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    utf8::Append(FoldLetter(cp), &out);
  }
  return out;
}

}  // namespace marsad::clean
