#include "actors/ner_emission_cache.h"

namespace marsad::actors {

NerEmissionCache::NerEmissionCache(const NerModel& model, const NerLexicon& lexicon,
                                   const NerWordScores& vocabulary, size_t max_words)
    : model_(model), lexicon_(lexicon), vocabulary_(vocabulary), max_words_(max_words) {
  outside_ = ScoreNerWord(OutsideWord(), model_, &scratch_);
}

NerEmissionCache::NerEmissionCache(const NerModel& model, const NerLexicon& lexicon)
    : NerEmissionCache(model, lexicon, no_vocabulary_) {}

int64_t NerEmissionCache::Lookup(std::string_view folded) {
  const uint64_t key = NerFormKey(folded);
  const uint32_t known = vocabulary_.FindIndex(key);
  if (known != KeyIndex::kAbsent) return known;
  uint32_t seen = unknown_.FindIndex(key);
  if (seen == KeyIndex::kAbsent) {
    seen = unknown_.Add(key, ScoreNerWord(DescribeWord(folded, lexicon_), model_, &scratch_));
  }
  return -static_cast<int64_t>(seen) - 1;
}

void NerEmissionCache::Fill(const std::vector<std::string_view>& folded_words) {
  const size_t n = folded_words.size();
  if (unknown_.size() + n > max_words_) unknown_.Clear();
  // Look every word up before taking addresses: adding to unknown_ may move its entries.
  found_.clear();
  for (std::string_view folded : folded_words) found_.push_back(Lookup(folded));
  sentence_.clear();
  for (int64_t found : found_) {
    const NerWordScore* score = found >= 0 ? &vocabulary_.at(static_cast<uint32_t>(found))
                                           : &unknown_.at(static_cast<uint32_t>(-found - 1));
    // The scores of the vocabulary are spread over megabytes: start loading them now.
    const char* bytes = reinterpret_cast<const char*>(score);
    for (size_t offset = 0; offset < sizeof(NerWordScore); offset += 64) {
      __builtin_prefetch(bytes + offset);
    }
    sentence_.push_back(score);
  }
  auto at = [&](size_t i, ptrdiff_t offset) -> const NerWordScore& {
    const ptrdiff_t j = static_cast<ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? outside_ : *sentence_[j];
  };
  // The pair features of every position, their table slots asked for before they are read.
  pair_features_.clear();
  pair_starts_.clear();
  for (size_t i = 0; i < n; ++i) {
    pair_starts_.push_back(pair_features_.size());
    AppendPairFeatures(at(i, -1).context, sentence_[i]->context, at(i, 1).context, i == 0,
                       &pair_features_);
  }
  pair_starts_.push_back(pair_features_.size());
  // Most pair features are not in the model. Their slots are asked for without waiting on the
  // presence bits (a branch on a missing load would stall), and the bits are then read without
  // branching, so that the misses of both overlap.
  for (uint64_t feature : pair_features_) model_.Prefetch(feature);
  pair_present_.resize(pair_features_.size());
  for (size_t f = 0; f < pair_features_.size(); ++f) {
    pair_present_[f] = model_.MayHold(pair_features_[f]);
  }
  // The single-word scores, summed over each position's window.
  emissions_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    NerModel::Emission& sum = emissions_[i];
    const NerModel::Emission& self = sentence_[i]->roles[static_cast<int>(NerRole::kSelf)];
    const NerModel::Emission& previous = at(i, -1).roles[static_cast<int>(NerRole::kPrevious)];
    const NerModel::Emission& before_previous =
        at(i, -2).roles[static_cast<int>(NerRole::kBeforePrevious)];
    const NerModel::Emission& next = at(i, 1).roles[static_cast<int>(NerRole::kNext)];
    const NerModel::Emission& after_next = at(i, 2).roles[static_cast<int>(NerRole::kAfterNext)];
    for (int t = 0; t < kNerTagCount; ++t) {
      sum[t] = self[t] + previous[t] + before_previous[t] + next[t] + after_next[t];
    }
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t f = pair_starts_[i]; f < pair_starts_[i + 1]; ++f) {
      if (pair_present_[f]) model_.AddWeight(pair_features_[f], &emissions_[i]);
    }
  }
}

std::vector<NerModel::Emission> NerEmissionCache::Emissions(
    const std::vector<std::string>& folded_words) {
  Fill(std::vector<std::string_view>(folded_words.begin(), folded_words.end()));
  return emissions_;
}

void NerEmissionCache::Decode(const std::vector<std::string_view>& folded_words,
                              std::vector<int>* tags) {
  Fill(folded_words);
  model_.DecodeEmissions(emissions_.data(), emissions_.size(), tags, &decode_scratch_);
}

std::vector<int> NerEmissionCache::Decode(const std::vector<std::string>& folded_words) {
  std::vector<int> tags;
  Decode(std::vector<std::string_view>(folded_words.begin(), folded_words.end()), &tags);
  return tags;
}

}  // namespace marsad::actors
