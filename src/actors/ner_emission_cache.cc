#include "actors/ner_emission_cache.h"

namespace marsad::actors {

NerEmissionCache::NerEmissionCache(const NerModel& model, const NerLexicon& lexicon)
    : model_(model), lexicon_(lexicon) {
  outside_ = Describe(OutsideWord());
}

NerEmissionCache::WordType NerEmissionCache::Describe(const NerWord& word) {
  WordType type;
  type.word = word;
  for (int role = 0; role < kNerRoleCount; ++role) {
    scratch_.clear();
    AppendWordFeatures(word, static_cast<NerRole>(role), &scratch_);
    type.roles[role].fill(0);
    model_.AddWeights(scratch_, &type.roles[role]);
  }
  return type;
}

const NerEmissionCache::WordType& NerEmissionCache::Lookup(const std::string& folded) {
  auto found = types_.find(folded);
  if (found != types_.end()) return found->second;
  return types_.emplace(folded, Describe(DescribeWord(folded, lexicon_))).first->second;
}

std::vector<NerModel::Emission> NerEmissionCache::Emissions(
    const std::vector<std::string>& folded_words) {
  const size_t n = folded_words.size();
  sentence_.clear();
  words_.clear();
  for (const std::string& folded : folded_words) {
    const WordType& type = Lookup(folded);
    sentence_.push_back(&type);
    words_.push_back(type.word);
  }
  auto at = [&](size_t i, ptrdiff_t offset) -> const WordType& {
    const ptrdiff_t j = static_cast<ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? outside_ : *sentence_[j];
  };
  std::vector<NerModel::Emission> emissions(n);
  for (size_t i = 0; i < n; ++i) {
    NerModel::Emission& sum = emissions[i];
    sum = sentence_[i]->roles[static_cast<int>(NerRole::kSelf)];
    const NerModel::Emission* neighbours[] = {
        &at(i, -1).roles[static_cast<int>(NerRole::kPrevious)],
        &at(i, -2).roles[static_cast<int>(NerRole::kBeforePrevious)],
        &at(i, 1).roles[static_cast<int>(NerRole::kNext)],
        &at(i, 2).roles[static_cast<int>(NerRole::kAfterNext)]};
    for (const NerModel::Emission* part : neighbours) {
      for (int t = 0; t < kNerTagCount; ++t) sum[t] += (*part)[t];
    }
    scratch_.clear();
    AppendPairFeatures(words_, i, &scratch_);
    model_.AddWeights(scratch_, &sum);
  }
  return emissions;
}

std::vector<int> NerEmissionCache::Decode(const std::vector<std::string>& folded_words) {
  return model_.DecodeEmissions(Emissions(folded_words));
}

}  // namespace marsad::actors
