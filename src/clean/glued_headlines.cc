#include "clean/glued_headlines.h"

#include "clean/match_fold.h"
#include "core/utf8.h"

namespace marsad::clean {
namespace {

// Headline(s) before the join: a few words, like the title rule of the cleaner.
constexpr size_t kMinHeadlineWords = 3;
constexpr size_t kMaxHeadlineWords = 20;

bool IsSentencePunctuation(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ',' || cp == ':' || cp == ';' ||
         cp == 0x061F || cp == 0x060C || cp == 0x061B || cp == 0x2026 || cp == 0x06D4;
}

bool IsArabicLetter(char32_t cp) { return cp >= 0x0621 && cp <= 0x064A; }

// The Arabic word that starts at line[pos] (letters and diacritics).
std::string_view WordAt(std::string_view line, size_t pos) {
  size_t end = pos;
  while (end < line.size()) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(line, end, &length);
    if (!IsArabicLetter(cp) && !(cp >= 0x064B && cp <= 0x0652) && cp != 0x0640) break;
    end += length;
  }
  return line.substr(pos, end - pos);
}

// Whether the line holds a closing quote (" » ”) written right before و or ف, as every join
// of glued headlines is: most body lines hold none, and are then not read character by character.
bool HasQuoteBeforeWawOrFa(std::string_view line) {
  for (const std::string_view quote : {"\"", "»", "”"}) {
    for (size_t at = line.find(quote); at != std::string_view::npos;
         at = line.find(quote, at + quote.size())) {
      const std::string_view after = line.substr(at + quote.size());
      if (after.starts_with("و") || after.starts_with("ف")) return true;
    }
  }
  return false;
}

}  // namespace

size_t GluedHeadlineLength(std::string_view line, const std::unordered_set<std::string>& openers) {
  if (!HasQuoteBeforeWawOrFa(line)) return 0;
  size_t words = 0;
  bool in_word = false;
  size_t straight_quotes = 0;  // «"» seen so far: an even count closes
  size_t open_guillemets = 0;  // «
  size_t open_curly = 0;       // “
  for (size_t pos = 0; pos < line.size();) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(line, pos, &length);
    const size_t next = pos + length;
    if (IsSentencePunctuation(cp)) return 0;
    const bool space = cp == ' ' || cp == '\t' || cp == 0xA0;
    if (!space && !in_word && ++words > kMaxHeadlineWords) return 0;
    in_word = !space;
    bool closes = false;
    if (cp == '"') {
      closes = ++straight_quotes % 2 == 0;
    } else if (cp == 0xAB) {
      ++open_guillemets;
    } else if (cp == 0xBB && open_guillemets > 0) {
      --open_guillemets;
      closes = true;
    } else if (cp == 0x201C) {
      ++open_curly;
    } else if (cp == 0x201D && open_curly > 0) {
      --open_curly;
      closes = true;
    }
    pos = next;
    // A closing quote after a word, with و/ف and an opener written right after it.
    if (!closes || words < kMinHeadlineWords || pos >= line.size()) continue;
    const std::string_view word = WordAt(line, pos);
    if (!word.starts_with("و") && !word.starts_with("ف")) continue;
    if (openers.contains(MatchFold(word.substr(2)))) return pos;
  }
  return 0;
}

}  // namespace marsad::clean
