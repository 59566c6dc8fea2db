// IndexTerms turns Arabic text into the terms the full-text index stores and queries match:
// every word is split into its clitics by the analysis' segmenter, conjunction/preposition
// proclitics and pronoun suffixes are dropped, and what is left is normalised, so «والحكومة»,
// «للحكومة» and «الحكومة» index the same term. Numbers and Latin words are normalised whole.
// The terms can also be read off tokens the text stage has already segmented and
// normalised (ExtractFromTokens), which gives the same terms without the work.
#ifndef MARSAD_STORE_INDEX_TERMS_H_
#define MARSAD_STORE_INDEX_TERMS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/span.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

namespace marsad::store {

// The term of one word from its normalised segments: proclitics and pronoun suffixes dropped
// (a word that is nothing but clitics keeps them all; a word whose remaining segments
// normalise to nothing keeps all of its segments). `alternative` receives a second form
// to index at the same position, or is cleared: ل + لحكومه also yields الحكومه.
std::string StemOfSegments(const std::vector<std::string_view>& norms, std::string* alternative);

class IndexTerms {
 public:
  // term: what to index; span: the whole word in `text` (what a snippet highlights);
  // colocated: an alternative form at the same position as the previous term.
  using TermSink = std::function<bool(std::string_view term, Span span, bool colocated)>;

  IndexTerms(const text::Normalizer& normalizer, const text::Segmenter& segmenter)
      : normalizer_(normalizer), segmenter_(segmenter) {}

  // Calls sink for each term in order; stops early when sink returns false.
  void Extract(std::string_view text, const TermSink& sink) const;

  // The spans of the words that take a position in the index, in order: the words Extract
  // gives a (first) term for, found without segmenting — for mapping term positions back
  // to the text (snippets). Stops early when sink returns false.
  void Positions(std::string_view text, const std::function<bool(Span word)>& sink) const;

  // The same terms as Extract(text), from the tokens the text stage made of `text`
  // (text::TextAnalyzer: every token with its normalised segments, or its norm when it is
  // not a word).
  static void ExtractFromTokens(std::string_view text, const std::vector<Token>& tokens,
                                const TermSink& sink);

 private:
  const text::Normalizer& normalizer_;
  const text::Segmenter& segmenter_;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_INDEX_TERMS_H_
