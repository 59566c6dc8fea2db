#include "events/quote_finder.h"

namespace marsad::events {
namespace {

struct QuotePair {
  std::string_view open;
  std::string_view close;
};

constexpr QuotePair kPairs[] = {
    {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}, {"\u201D", "\u201D"}, {"\"", "\""}};

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::vector<Span> FindQuotedPassages(std::string_view text, Span sentence, int min_words) {
  std::vector<Span> passages;
  const std::string_view s = sentence.of(text);
  size_t pos = 0;
  while (pos < s.size()) {
    size_t best_open = std::string_view::npos;
    const QuotePair* best = nullptr;
    for (const QuotePair& pair : kPairs) {
      const size_t open = s.find(pair.open, pos);
      if (open != std::string_view::npos && open < best_open) {
        best_open = open;
        best = &pair;
      }
    }
    if (best == nullptr) break;
    const size_t inner = best_open + best->open.size();
    const size_t close = s.find(best->close, inner);
    if (close == std::string_view::npos) break;
    const std::string_view quoted = s.substr(inner, close - inner);
    if (CountWords(quoted) >= min_words) {
      passages.push_back({static_cast<uint32_t>(sentence.start + inner),
                          static_cast<uint32_t>(sentence.start + close)});
    }
    pos = close + best->close.size();
  }
  return passages;
}

}  // namespace marsad::events
