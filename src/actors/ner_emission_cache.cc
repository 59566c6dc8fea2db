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
  // The pair features of every position.
  pair_features_.clear();
  pair_starts_.clear();
  for (size_t i = 0; i < n; ++i) {
    pair_starts_.push_back(pair_features_.size());
    AppendPairFeatures(at(i, -1).context, sentence_[i]->context, at(i, 1).context, i == 0,
                       &pair_features_);
  }
  pair_starts_.push_back(pair_features_.size());
  // Most pair features are not in the model, as its presence bits (small enough to stay in
  // cache) tell: the others are listed with their positions, without branching on the bits.
  present_pairs_.resize(pair_features_.size());
  size_t present = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t f = pair_starts_[i]; f < pair_starts_[i + 1]; ++f) {
      present_pairs_[present] = {pair_features_[f], static_cast<uint32_t>(i)};
      present += model_.MayHold(pair_features_[f]);
    }
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
  // Their weights, each table slot asked for a few features before it is read (asking for
  // all of a sentence's at once would overflow the pending loads the processor can hold).
  constexpr size_t kAhead = 8;
  for (size_t k = 0; k < present && k < kAhead; ++k) model_.Prefetch(present_pairs_[k].feature);
  for (size_t k = 0; k < present; ++k) {
    if (k + kAhead < present) model_.Prefetch(present_pairs_[k + kAhead].feature);
    model_.AddWeight(present_pairs_[k].feature, &emissions_[present_pairs_[k].position]);
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
