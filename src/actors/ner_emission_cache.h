// NerEmissionCache computes the entity tagger's emission scores for the sentences of one
// article. Names and function words repeat within an article, so the weights of each word
// type's single-word features (in each role: the word itself, its neighbours) are summed once
// and reused; a position then costs only its few pair-feature look-ups. The scores are exactly
// those of NerModel::Decode over NerFeaturesOf. Keep one cache per article (it grows with the
// article's vocabulary) and do not share it between threads.
#ifndef MARSAD_ACTORS_NER_EMISSION_CACHE_H_
#define MARSAD_ACTORS_NER_EMISSION_CACHE_H_

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/ner_features.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_perceptron.h"

namespace marsad::actors {

class NerEmissionCache {
 public:
  // Both must outlive the cache.
  NerEmissionCache(const NerModel& model, const NerLexicon& lexicon);

  // The emission sums of a sentence of folded words (FoldForNer).
  std::vector<NerModel::Emission> Emissions(const std::vector<std::string>& folded_words);

  // The tags (indices into kNerTags) of a sentence of folded words.
  std::vector<int> Decode(const std::vector<std::string>& folded_words);

  // Distinct word types seen so far.
  size_t size() const { return types_.size(); }

 private:
  struct WordType {
    NerWord word;
    std::array<NerModel::Emission, kNerRoleCount> roles{};
  };
  WordType Describe(const NerWord& word);
  const WordType& Lookup(const std::string& folded);

  const NerModel& model_;
  const NerLexicon& lexicon_;
  WordType outside_;
  std::unordered_map<std::string, WordType> types_;
  std::vector<uint64_t> scratch_;
  std::vector<NerWord> words_;
  std::vector<const WordType*> sentence_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_EMISSION_CACHE_H_
