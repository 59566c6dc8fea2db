#include "store/index_terms.h"

#include <array>
#include <vector>

#include "text/tokenizer.h"

namespace marsad::store {
namespace {

// Normalised proclitics (conjunctions, prepositions, future prefix) and pronoun suffixes as
// the segmenter writes them (UD Arabic-PUD convention, text/segmenter.h).
constexpr std::array<std::string_view, 6> kProclitics = {"و", "ف", "ب", "ل", "ك", "س"};
constexpr std::array<std::string_view, 10> kSuffixes = {"ه", "ها", "هم", "هما", "هن",
                                                        "ك", "كم", "كن", "ي",   "نا"};

template <size_t N>
bool IsOneOf(std::string_view norm, const std::array<std::string_view, N>& set) {
  for (std::string_view item : set) {
    if (norm == item) return true;
  }
  return false;
}

}  // namespace

std::string StemOfSegments(const std::vector<std::string>& norms, std::string* alternative) {
  alternative->clear();
  size_t first = 0;
  size_t last = norms.size();
  while (first + 1 < last && IsOneOf(norms[first], kProclitics)) ++first;
  while (last > first + 1 && IsOneOf(norms[last - 1], kSuffixes)) --last;
  std::string stem;
  for (size_t i = first; i < last; ++i) stem += norms[i];
  // ل + لـ… (للحكومة → ل + لحكومة): the article's alef was elided; index «الحكومة» too.
  if (first > 0 && norms[first - 1] == "ل" && stem.rfind("ل", 0) == 0) {
    *alternative = "ا" + stem;
  }
  return stem;
}

void IndexTerms::Extract(std::string_view text, const TermSink& sink) const {
  std::vector<Token> tokens = text::Tokenize(text);
  std::vector<std::string> norms;
  std::string alternative;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) continue;
    if (token.kind != TokenKind::kWord) {
      std::string norm = normalizer_.NormalizeString(token.span.of(text));
      if (!norm.empty() && !sink(norm, token.span, false)) return;
      continue;
    }
    std::vector<Span> parts = segmenter_.Segment(text, token.span);
    norms.clear();
    for (const Span& part : parts) norms.push_back(normalizer_.NormalizeString(part.of(text)));
    std::string stem = StemOfSegments(norms, &alternative);
    if (stem.empty()) continue;
    if (!sink(stem, token.span, false)) return;
    if (!alternative.empty() && !sink(alternative, token.span, true)) return;
  }
}

}  // namespace marsad::store
