// NerEmissionCache computes the entity tagger's emission scores for the sentences of one
// article. A word's single-word features (in each role: the word itself, its neighbours) are
// summed once per word type — for the training vocabulary and the word classes' words once
// in a shared NerWordScores when the caller gives one, for the other words the first time the
// cache meets them — so a position costs a few hash look-ups and vector additions plus its pair
// features. The scores are exactly those of NerModel::Decode over NerFeaturesOf. A cache may be
// kept for article after article (NerEmissionCachePool): it remembers a bounded number of words
// and starts afresh beyond. Do not share one between threads.
#ifndef MARSAD_ACTORS_NER_EMISSION_CACHE_H_
#define MARSAD_ACTORS_NER_EMISSION_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/ner_features.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_perceptron.h"
#include "actors/ner_word_scores.h"

namespace marsad::actors {

class NerEmissionCache {
 public:
  // The most words a cache remembers by default (about 220 bytes each, 7 MB) before it forgets
  // them all and starts afresh. Over all SaudiNewsNet, 2^18 words (58 MB) tagged no faster and
  // took the run's peak memory from 97 to 152 MB.
  static constexpr size_t kMaxWords = size_t{1} << 15;

  // All must outlive the cache. `vocabulary` holds precomputed scores (may be empty).
  NerEmissionCache(const NerModel& model, const NerLexicon& lexicon,
                   const NerWordScores& vocabulary, size_t max_words = kMaxWords);
  NerEmissionCache(const NerModel& model, const NerLexicon& lexicon);

  // The emission sums of a sentence of folded words (FoldForNer).
  std::vector<NerModel::Emission> Emissions(const std::vector<std::string>& folded_words);

  // The tags (indices into kNerTags) of a sentence of folded words, into *tags.
  void Decode(const std::vector<std::string_view>& folded_words, std::vector<int>* tags);
  std::vector<int> Decode(const std::vector<std::string>& folded_words);

  // Distinct word types scored by this cache (not found in the shared vocabulary).
  size_t size() const { return unknown_.size(); }

 private:
  // The word's scores: its vocabulary entry, or (index + 1) into unknown_ as a negative number.
  int64_t Lookup(std::string_view folded);
  void Fill(const std::vector<std::string_view>& folded_words);

  const NerModel& model_;
  const NerLexicon& lexicon_;
  const NerWordScores& vocabulary_;
  NerWordScores no_vocabulary_;
  size_t max_words_;
  NerWordScores unknown_;
  NerWordScore outside_;
  std::vector<uint64_t> scratch_;
  std::vector<uint64_t> pair_features_;  // of every position of the sentence, in order
  std::vector<size_t> pair_starts_;      // where each position's pair features start
  struct PairFeature {
    uint64_t feature;
    uint32_t position;
  };
  std::vector<PairFeature> present_pairs_;  // the pair features the model may hold
  std::vector<int64_t> found_;
  std::vector<const NerWordScore*> sentence_;
  std::vector<NerModel::Emission> emissions_;
  NerModel::DecodeScratch decode_scratch_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_EMISSION_CACHE_H_
