#include "link/link_words.h"

#include <xxhash.h>

#include "core/utf8.h"
#include "text/normalizer.h"

namespace marsad::link {
namespace {

enum class CharRole { kWord, kSkip, kSeparator };

// Letters and digits of any script are word characters; Arabic diacritics and tatweel are
// dropped inside words; spaces, punctuation and symbols separate words.
CharRole RoleOf(char32_t cp) {
  if (cp < 0x80) {
    const bool alnum =
        (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return alnum ? CharRole::kWord : CharRole::kSeparator;
  }
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) return CharRole::kSkip;
  if (cp >= 0x0080 && cp <= 0x00BF) return CharRole::kSeparator;  // Latin-1 symbols, nbsp
  if (cp == 0x00D7 || cp == 0x00F7) return CharRole::kSeparator;  // × ÷
  if (cp == 0x060C || cp == 0x060D || cp == 0x061B || cp == 0x061E || cp == 0x061F ||
      (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4) {
    return CharRole::kSeparator;  // Arabic punctuation
  }
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharRole::kSeparator;  // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return CharRole::kSeparator;
  if (cp >= 0xFD3E && cp <= 0xFD3F) return CharRole::kSeparator;  // ornate parentheses
  if (cp == 0xFEFF || cp == 0xFFFD) return CharRole::kSeparator;
  return CharRole::kWord;
}

// utf8::Decode with the two-byte sequences of Arabic letters decoded in place.
char32_t DecodeAt(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0 && pos + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[pos + 1]);
    const char32_t cp = (char32_t{lead & 0x1Fu} << 6) | (next & 0x3Fu);
    if (utf8::IsContinuation(next) && cp >= 0x80) {
      *length = 2;
      return cp;
    }
  }
  return utf8::Decode(text, pos, length);
}

// Word characters are copied run by run (a run ends at a separator or a skipped character).
void SplitInto(std::string_view text, std::vector<std::string>& words) {
  std::string current;
  size_t run_start = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length = 1;
    const CharRole role = RoleOf(DecodeAt(text, pos, &length));
    if (role != CharRole::kWord) {
      current.append(text.data() + run_start, pos - run_start);
      if (role == CharRole::kSeparator && !current.empty()) {
        words.push_back(std::move(current));
        current.clear();
      }
      run_start = pos + length;
    }
    pos += length;
  }
  current.append(text.data() + run_start, pos - run_start);
  if (!current.empty()) words.push_back(std::move(current));
}

}  // namespace

std::vector<std::string> WordsOfText(std::string_view text) {
  const std::string normalised = text::Normalizer().NormalizeString(text);
  std::vector<std::string> words;
  SplitInto(normalised, words);
  return words;
}

std::vector<std::string> WordsOfAnalysis(const Analysis& analysis) {
  if (analysis.tokens.empty()) return WordsOfText(analysis.text());
  std::vector<std::string> words;
  words.reserve(analysis.tokens.size());
  for (const Token& token : analysis.tokens) {
    if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) continue;
    if (token.sentence < analysis.sentences.size() &&
        analysis.sentences[token.sentence].boilerplate) {
      continue;
    }
    const std::string_view form =
        token.norm.empty() ? token.span.of(analysis.text()) : std::string_view(token.norm);
    SplitInto(form, words);
  }
  return words;
}

uint64_t HashOfWords(const std::vector<std::string>& words) {
  if (words.empty()) return 0;
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (const std::string& word : words) {
    XXH3_64bits_update(state, word.data(), word.size());
    XXH3_64bits_update(state, " ", 1);
  }
  const uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return hash == 0 ? 1 : hash;
}

}  // namespace marsad::link
