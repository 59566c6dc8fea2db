// The entity tagger's model: a first-order structured perceptron over hashed features with
// BIO tag transitions. NerModel scores and decodes (Viterbi, restricted to valid BIO
// sequences) and reads/writes its compact text format; NerTrainer learns one with
// averaged weights (optionally the mean of several trained in different orders),
// deterministically.
#ifndef MARSAD_ACTORS_NER_PERCEPTRON_H_
#define MARSAD_ACTORS_NER_PERCEPTRON_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad::actors {

// The tags, in model order: O, then B-/I- of PER, ORG, LOC, MISC.
inline constexpr int kNerTagCount = 9;
inline constexpr std::array<std::string_view, kNerTagCount> kNerTags = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
// The index of a tag in kNerTags, or -1.
int NerTagIndex(std::string_view tag);

// The hashed features of every position of one sentence.
using NerFeatureSequence = std::vector<std::vector<uint64_t>>;

class NerModel {
 public:
  NerModel();

  // The best valid tag sequence (indices into kNerTags).
  std::vector<int> Decode(const NerFeatureSequence& sentence) const;

  // Emission scores of one position, in hundredths: the sums of its features' weights.
  // Decode(features) == DecodeEmissions(the sums of each position's features), so a caller
  // may sum groups of features once and reuse the sums (NerEmissionCache).
  using Emission = std::array<int32_t, kNerTagCount>;
  void AddWeights(const std::vector<uint64_t>& features, Emission* sum) const;
  void AddWeight(uint64_t feature, Emission* sum) const {
    if (!MayHold(feature)) return;
    if (const Slot* slot = Find(feature)) {
      for (int t = 0; t < kNerTagCount; ++t) (*sum)[t] += slot->weights[t];
    }
  }
  // False when the model surely has no such feature: a bit set small enough to stay in
  // cache, so that the many features a text has and the model lacks cost no table probe.
  bool MayHold(uint64_t key) const {
    const uint64_t bit = (key >> 32) & presence_mask_;
    return (presence_[bit >> 6] >> (bit & 63)) & 1;
  }
  // Starts loading the table slot where `feature` would be (a hint; no effect on results).
  void Prefetch(uint64_t feature) const {
    __builtin_prefetch(&slots_[(feature == 0 ? 1 : feature) & mask_]);
  }
  std::vector<int> DecodeEmissions(const std::vector<Emission>& emissions) const;
  // The same into *path, reusing its storage and that of *scratch (no allocation once grown).
  struct DecodeScratch {
    std::vector<Emission> best;
    std::vector<std::array<int8_t, kNerTagCount>> back;
  };
  void DecodeEmissions(const Emission* emissions, size_t count, std::vector<int>* path,
                       DecodeScratch* scratch) const;

  // Text format: `#` header lines (provenance), then the weights.
  std::string Serialize(std::string_view header) const;
  static Expected<NerModel> Parse(std::string_view text);
  // Parses a model at the start of *text and consumes it, leaving what follows.
  static Expected<NerModel> ParsePrefix(std::string_view* text);

  size_t FeatureCount() const { return feature_count_; }

 private:
  friend class NerTrainer;
  using Scores = std::array<float, kNerTagCount>;

  // One feature's weights in hundredths, with its key: one cache line a lookup.
  struct Slot {
    uint64_t key = 0;  // 0: empty
    std::array<int16_t, kNerTagCount> weights{};
  };

  // Open-addressing table from feature hash to its weights (rounded to hundredths).
  void Build(const std::vector<uint64_t>& keys, const std::vector<Scores>& rows);
  const Slot* Find(uint64_t key) const;

  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  std::vector<uint64_t> presence_;  // one bit per (key >> 32) & presence_mask_
  uint64_t presence_mask_ = 0;
  size_t feature_count_ = 0;
  // Fills the integer copies of start_ and transition_ that decoding reads.
  void QuantizeTransitions();

  Scores start_{};
  std::array<Scores, kNerTagCount> transition_{};  // [previous][current]
  Emission start_hundredths_{};
  std::array<Emission, kNerTagCount> transition_hundredths_{};
  std::array<Emission, kNerTagCount> barred_transition_{};  // invalid ones far below
};

class NerTrainer {
 public:
  struct Options {
    int epochs = 10;
    uint32_t min_count = 2;    // features seen fewer times are not learnt
    double min_weight = 0.01;  // averaged weights below this are pruned from the model
    uint64_t seed = 20140823;  // order of sentences in each epoch
    // Cost-augmented training: while training, every wrong tag of a position scores this much
    // more, so that a sentence is updated until the gold tags win by a margin (0: the plain
    // perceptron).
    double margin = 0;
    // Extra training cost of tagging O where the gold tag is a name's, for recall.
    double missed_name_cost = 0;
    // Taken off the O tag's score at every position of the finished model (through its
    // start and transition scores), trading precision for recall.
    double o_penalty = 0;
    // Perceptrons trained with seeds seed, seed + 1, ... whose weights are averaged.
    int ensemble = 1;
  };
  // Called after every epoch with its number and training-token accuracy.
  using EpochReport = std::function<void(int epoch, double accuracy)>;

  // `gold` holds tag indices, one per position of each sentence.
  static NerModel Train(const std::vector<NerFeatureSequence>& sentences,
                        const std::vector<std::vector<int>>& gold, const Options& options,
                        const EpochReport& report = nullptr);
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_PERCEPTRON_H_
