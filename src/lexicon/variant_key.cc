#include "lexicon/variant_key.h"

#include <span>

#include "core/utf8.h"

namespace marsad::lexicon {
namespace {

bool IsArabicMark(char32_t cp) {
  return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
         (cp >= 0x06D6 && cp <= 0x06ED);
}

// Folds one code point to its matching form; 0 drops it.
char32_t Fold(char32_t cp) {
  switch (cp) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627;  // أ إ آ ٱ → ا
    case 0x0624:
      return 0x0648;  // ؤ → و
    case 0x0626:
    case 0x0649:
    case 0x06CC:
      return 0x064A;  // ئ ى ی → ي
    case 0x0629:
      return 0x0647;  // ة → ه
    case 0x06AF:
    case 0x06A9:
      return 0x0643;  // گ ک → ك
    case 0x06A4:
      return 0x0641;  // ڤ → ف
    case 0x067E:
      return 0x0628;  // پ → ب
    case 0x0686:
      return 0x062C;  // چ → ج
    case 0x0698:
      return 0x0632;  // ژ → ز
    default:
      break;
  }
  if (IsArabicMark(cp)) return 0;
  if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);
  if (cp >= U'A' && cp <= U'Z') return cp - U'A' + U'a';
  bool letter = (cp >= 0x0621 && cp <= 0x064A) || (cp >= U'a' && cp <= U'z') ||
                (cp >= U'0' && cp <= U'9') || (cp >= 0x00C0 && cp < 0x0250);
  return letter ? cp : 0;
}

std::string FoldedKey(std::string_view word, bool strip_article) {
  std::u32string letters;
  bool plain_alef_first = false;  // «ال» is an article only when written with a bare alef
  for (size_t pos = 0; pos < word.size();) {
    size_t length = 1;
    char32_t raw = utf8::Decode(word, pos, &length);
    char32_t cp = Fold(raw);
    pos += length;
    if (cp == 0) continue;
    if (letters.empty()) plain_alef_first = raw == 0x0627;
    // Doubled letters fold into one, except at the start of a word, where the first is a
    // clitic («ووزير» = و+وزير, «للبنان» = ل+لبنان).
    if (letters.size() >= 2 && letters.back() == cp) continue;
    letters.push_back(cp);
  }
  size_t begin = 0;
  if (strip_article && plain_alef_first && letters.size() >= 4 && letters[1] == 0x0644) {
    begin = 2;
  }
  std::string key;
  for (size_t i = begin; i < letters.size(); ++i) utf8::Append(letters[i], &key);
  return key;
}

constexpr std::string_view kGLetters[] = {"\u063A", "\u062C", "\u0643"};  // غ ج ك

}  // namespace

std::string VariantKey(std::string_view word) { return FoldedKey(word, true); }

std::string VariantKeyKeepArticle(std::string_view word) { return FoldedKey(word, false); }

std::vector<std::string> TransliterationVariants(std::string_view key, size_t limit,
                                                 bool with_kaf) {
  std::vector<std::string> variants = {std::string(key)};
  std::span<const std::string_view> letters(kGLetters, with_kaf ? 3 : 2);
  for (size_t pos = 0; pos < key.size();) {
    std::string_view rest = key.substr(pos);
    bool is_g = false;
    for (std::string_view g : letters) is_g = is_g || rest.starts_with(g);
    if (!is_g) {
      size_t length = 1;
      utf8::Decode(key, pos, &length);
      pos += length;
      continue;
    }
    size_t count = variants.size();
    for (size_t i = 0; i < count; ++i) {
      for (std::string_view g : letters) {
        if (variants.size() >= limit) break;
        std::string variant = variants[i];
        if (variant.compare(pos, 2, g) == 0) continue;
        variant.replace(pos, 2, g);
        variants.push_back(std::move(variant));
      }
    }
    pos += 2;
  }
  return variants;
}

}  // namespace marsad::lexicon
