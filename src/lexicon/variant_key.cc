#include "lexicon/variant_key.h"

#include <span>

#include "core/utf8.h"
#include "text/normalizer.h"

namespace marsad::lexicon {
namespace {

constexpr char32_t kAlef = 0x0627, kLam = 0x0644;

// What a key keeps of one code point of normalised text: Persian letters as their Arabic
// counterparts, Arabic and Latin letters and digits as they are; 0 drops it (punctuation,
// Quranic marks, anything else). The Arabic letter fold itself is the Normalizer's.
char32_t KeyLetter(char32_t cp) {
  switch (cp) {
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
  if (cp >= U'A' && cp <= U'Z') return cp - U'A' + U'a';
  bool letter = (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) || (cp >= U'a' && cp <= U'z') ||
                (cp >= U'0' && cp <= U'9') || (cp >= 0x00C0 && cp < 0x0250);
  return letter ? cp : 0;
}

// Whether a code point of text as written is a letter or digit a key keeps.
bool IsWrittenLetter(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) || (cp >= 0x0660 && cp <= 0x0669) ||
         (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x06F0 && cp <= 0x06F9) ||
         (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9') ||
         (cp >= 0x00C0 && cp < 0x0250) || (cp >= 0xFB50 && cp <= 0xFEFC);
}

void AppendKey(std::string_view normalized, bool strip_article, std::string* key) {
  // A key is never longer than its normalised word: every letter it keeps is a code point
  // below U+0800 written in no more bytes than the one it stands for. It is written in place
  // and cut to its length at the end.
  key->resize(normalized.size());
  char* out = key->data();
  char32_t last = 0;
  size_t letters = 0;
  char32_t first = 0;
  // Doubled letters fold into one, except at the start of a word, where the first is a clitic
  // («ووزير» = و+وزير, «للبنان» = ل+لبنان), and at the start of the word after the article
  // («اللبناني» = ال+لبناني, keyed as «لبناني»): letters before `word_start` never fold.
  size_t word_start = 2;
  for (size_t pos = 0; pos < normalized.size();) {
    size_t length = 1;
    char32_t cp;
    const auto lead = static_cast<unsigned char>(normalized[pos]);
    bool copy = false;  // the letter is kept as written: its two bytes are copied
    if ((lead == 0xD8 || lead == 0xD9) && pos + 1 < normalized.size() &&
        utf8::IsContinuation(static_cast<unsigned char>(normalized[pos + 1]))) {
      // The common case, an Arabic letter (U+0600..U+067F): decoded inline.
      cp = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(normalized[pos + 1]) & 0x3F);
      length = 2;
      copy = cp >= 0x0621 && cp <= 0x064A && cp != 0x0640;
      if (!copy) cp = KeyLetter(utf8::Decode(normalized, pos, &length));
    } else {
      cp = KeyLetter(utf8::Decode(normalized, pos, &length));
    }
    const char* bytes = normalized.data() + pos;
    pos += length;
    if (cp == 0) continue;
    if (letters >= word_start && cp == last) continue;
    if (letters == 0) first = cp;
    if (letters == 1 && first == kAlef && cp == kLam) word_start = 4;
    last = cp;
    ++letters;
    if (copy) {
      *out++ = bytes[0];
      *out++ = bytes[1];
    } else if (cp < 0x80) {
      *out++ = static_cast<char>(cp);
    } else {
      *out++ = static_cast<char>(0xC0 | (cp >> 6));
      *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  key->resize(static_cast<size_t>(out - key->data()));
  // «ا» and «ل» are two bytes each.
  if (strip_article && letters >= 4 && word_start == 4) key->erase(0, 4);
}

constexpr std::string_view kGLetters[] = {"\u063A", "\u062C", "\u0643"};  // غ ج ك

std::string KeyOf(std::string_view word, bool strip_article) {
  std::string normalized = text::Normalizer().NormalizeString(word);
  std::string key;
  VariantKeyOfNormalized(normalized, word, strip_article, &key);
  return key;
}

}  // namespace

bool StartsWithBareAlef(std::string_view word) {
  // The common case, a word that starts with an Arabic letter U+0621..U+063F: «ا» is D8 A7.
  if (word.size() >= 2 && static_cast<unsigned char>(word[0]) == 0xD8) {
    const auto next = static_cast<unsigned char>(word[1]);
    if (next >= 0xA1 && next <= 0xBF) return next == 0xA7;
  }
  for (size_t pos = 0; pos < word.size();) {
    size_t length = 1;
    char32_t cp = utf8::Decode(word, pos, &length);
    pos += length;
    // U+FE8D, U+FE8E: the presentation forms of a bare alef.
    if (IsWrittenLetter(cp)) return cp == kAlef || cp == 0xFE8D || cp == 0xFE8E;
  }
  return false;
}

void VariantKeyOfNormalized(std::string_view normalized, std::string_view written,
                            bool strip_article, std::string* key) {
  AppendKey(normalized, strip_article && StartsWithBareAlef(written), key);
}

std::string VariantKey(std::string_view word) { return KeyOf(word, true); }

std::string VariantKeyKeepArticle(std::string_view word) { return KeyOf(word, false); }

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
