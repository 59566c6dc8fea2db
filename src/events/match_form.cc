#include "events/match_form.h"

#include "core/utf8.h"

namespace marsad::events {
namespace {

// Returns the folded code point, or 0 when the code point is dropped.
char32_t Fold(char32_t cp) {
  if (cp >= 0x064B && cp <= 0x0652) return 0;  // harakat, tanwin, shadda, sukun
  if (cp == 0x0670 || cp == 0x0640) return 0;  // superscript alef, tatweel
  switch (cp) {
    case 0x0622:  // آ
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0671:  // ٱ
      return 0x0627;
    case 0x0649:  // ى
    case 0x0626:  // ئ
      return 0x064A;
    case 0x0624:  // ؤ
      return 0x0648;
    case 0x0629:  // ة
      return 0x0647;
    default:
      return cp;
  }
}

}  // namespace

std::string MatchForm(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    const unsigned char byte = static_cast<unsigned char>(word[pos]);
    if (byte < 0x80) {
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : word[pos]);
      ++pos;
      continue;
    }
    size_t length = 1;
    const char32_t cp = Fold(utf8::Decode(word, pos, &length));
    if (cp != 0) utf8::Append(cp, &out);
    pos += length;
  }
  return out;
}

namespace {

constexpr size_t kLetter = 2;  // bytes per Arabic letter
constexpr size_t kMinStem = 2 * kLetter;

bool StartsWithLetter(std::string_view s, std::string_view letters) {
  if (s.size() < kLetter) return false;
  for (size_t i = 0; i + kLetter <= letters.size(); i += kLetter) {
    if (s.substr(0, kLetter) == letters.substr(i, kLetter)) return true;
  }
  return false;
}

}  // namespace

std::string_view BareForm(std::string_view folded) {
  std::string_view s = folded;
  if (StartsWithLetter(s, "\u0648\u0641") && s.size() >= kLetter + kMinStem)
    s.remove_prefix(kLetter);
  if (StartsWithLetter(s, "\u0628\u0644\u0643") && s.size() >= kLetter + kMinStem) {
    // ل + ال is written لل: drop the ل and treat the rest as the article's ل.
    if (s.substr(0, 2 * kLetter) == "\u0644\u0644" && s.size() >= 2 * kLetter + kMinStem) {
      return s.substr(2 * kLetter);
    }
    s.remove_prefix(kLetter);
  }
  if (s.substr(0, 2 * kLetter) == "\u0627\u0644" && s.size() >= 2 * kLetter + kMinStem) {
    s.remove_prefix(2 * kLetter);
  }
  return s;
}

bool IsDefinite(std::string_view folded) {
  const std::string_view bare = BareForm(folded);
  if (bare.size() == folded.size()) return false;
  const std::string_view before = folded.substr(0, folded.size() - bare.size());
  const size_t article = before.rfind("\u0627\u0644");
  return (article != std::string_view::npos && article + 2 * kLetter == before.size()) ||
         (before.size() >= 2 * kLetter &&
          before.substr(before.size() - 2 * kLetter) == "\u0644\u0644");
}

bool HasStem(std::string_view word, std::string_view stem) {
  if (word == stem) return true;
  if (word.size() < stem.size() || word.substr(word.size() - stem.size()) != stem) return false;
  return BareForm(word) == stem;
}

}  // namespace marsad::events
