// SegmentationScorer compares predicted clitic segmentation with a CoNLL-U gold standard.
// A gold token is a run of words written together (joined by SpaceAfter=No), punctuation and
// symbols always tokens of their own; it is right when a predicted token has the same span
// and its segments have the spans of the gold words. Words are also scored one by one
// (precision/recall/F1 of segment spans). Gold words are aligned to the sentence text by
// character offsets.
#ifndef MARSAD_TEXT_SEGMENTATION_SCORER_H_
#define MARSAD_TEXT_SEGMENTATION_SCORER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"
#include "text/conllu_reader.h"

namespace marsad::text {

struct SegmentationCounts {
  size_t sentences = 0;
  size_t unaligned_sentences = 0;  // gold words not found in the text; scored as all wrong
  size_t gold_tokens = 0;
  size_t correct_tokens = 0;
  size_t gold_words = 0;
  size_t predicted_words = 0;
  size_t matched_words = 0;

  double TokenAccuracy() const;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

// One gold token: its span in the sentence text and the spans of its words.
struct GoldToken {
  Span span;
  std::vector<Span> words;
};

// Finds every gold word in sentence.text in order (skipping whitespace) and groups the words
// into gold tokens. Fails when a word form cannot be found.
Expected<std::vector<GoldToken>> AlignGoldTokens(const ConlluSentence& sentence);

class SegmentationScorer {
 public:
  // Scores one sentence; `predicted` are the tokens of sentence.text with their segments.
  // Wrong tokens are appended to *errors (gold | predicted, as text) when errors is not null.
  void Add(const ConlluSentence& sentence, const std::vector<Token>& predicted,
           std::vector<std::string>* errors = nullptr);

  const SegmentationCounts& counts() const { return counts_; }

 private:
  SegmentationCounts counts_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_SEGMENTATION_SCORER_H_
