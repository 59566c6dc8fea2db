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

std::string StemOfSegments(const std::vector<std::string_view>& norms, std::string* alternative) {
  alternative->clear();
  size_t first = 0;
  size_t last = norms.size();
  while (first + 1 < last && IsOneOf(norms[first], kProclitics)) ++first;
  while (last > first + 1 && IsOneOf(norms[last - 1], kSuffixes)) --last;
  std::string stem;
  for (size_t i = first; i < last; ++i) stem.append(norms[i]);
  if (stem.empty()) {
    // Keep a position for every word with a norm (Positions relies on it).
    for (std::string_view norm : norms) stem.append(norm);
    return stem;
  }
  // ل + لـ… (للحكومة → ل + لحكومة): the article's alef was elided; index «الحكومة» too.
  if (first > 0 && norms[first - 1] == "ل" && stem.rfind("ل", 0) == 0) {
    *alternative = "ا";
    alternative->append(stem);
  }
  return stem;
}

namespace {

// Emits the terms of one token from its normalised segments (or, for a number or a Latin
// word, its whole norm); false when the sink asked to stop.
bool EmitTokenTerms(const Token& token, const std::vector<std::string_view>& norms,
                    std::string* alternative, const IndexTerms::TermSink& sink) {
  if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) return true;
  if (token.kind != TokenKind::kWord) {
    return token.norm.empty() || sink(token.norm, token.span, false);
  }
  std::string stem = StemOfSegments(norms, alternative);
  if (stem.empty()) return true;
  if (!sink(stem, token.span, false)) return false;
  return alternative->empty() || sink(*alternative, token.span, true);
}

}  // namespace

void IndexTerms::Extract(std::string_view text, const TermSink& sink) const {
  std::vector<Token> tokens = text::Tokenize(text);
  std::vector<Span> parts;
  std::vector<std::string> owned;
  std::vector<std::string_view> norms;
  std::string alternative;
  std::string whole_norm;  // the norm of a token that is not a word
  for (Token& token : tokens) {
    if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) continue;
    norms.clear();
    if (token.kind == TokenKind::kWord) {
      segmenter_.Segment(text, token.span, &parts);
      owned.resize(parts.size());
      for (size_t i = 0; i < parts.size(); ++i) {
        owned[i].clear();
        normalizer_.NormalizeAppend(parts[i].of(text), 0, &owned[i], nullptr);
        norms.push_back(owned[i]);
      }
    } else {
      whole_norm = normalizer_.NormalizeString(token.span.of(text));
      token.norm = std::string_view(whole_norm);  // read right below, before it changes
    }
    if (!EmitTokenTerms(token, norms, &alternative, sink)) return;
  }
}

void IndexTerms::Positions(std::string_view text,
                           const std::function<bool(Span word)>& sink) const {
  std::string norm;
  for (const Token& token : text::Tokenize(text)) {
    if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) continue;
    // A word's segments tile it along character boundaries and normalisation works
    // character by character, so the word has a norm exactly when one of its segments has.
    norm.clear();
    normalizer_.NormalizeAppend(token.span.of(text), 0, &norm, nullptr);
    if (!norm.empty() && !sink(token.span)) return;
  }
}

void IndexTerms::ExtractFromTokens(std::string_view text, const std::vector<Token>& tokens,
                                   const TermSink& sink) {
  std::vector<std::string_view> norms;
  std::string alternative;
  for (const Token& token : tokens) {
    if (token.span.end > text.size()) return;
    norms.clear();
    if (token.kind == TokenKind::kWord) {
      for (const Segment& segment : token.segments) norms.push_back(segment.norm);
    }
    if (!EmitTokenTerms(token, norms, &alternative, sink)) return;
  }
}

}  // namespace marsad::store
