#include "actors/ner_cluster_training.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "actors/ner_features.h"

namespace marsad::actors {
namespace {

// x log x, tabulated for the small counts that dominate.
class XLogX {
 public:
  XLogX() : table_(kSize) {
    for (size_t x = 1; x < kSize; ++x) table_[x] = static_cast<double>(x) * std::log(x);
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kSize)) return table_[x];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  static constexpr size_t kSize = size_t{1} << 20;
  std::vector<double> table_;
};

// The neighbours seen of each clustered word, as (history, count) runs.
struct Histories {
  std::vector<uint32_t> begin;  // per word, into history/count; size words + 1
  std::vector<uint32_t> history;
  std::vector<uint32_t> count;
  std::vector<uint32_t> word_count;
};

}  // namespace

void NerClusterCorpus::AddSentence(const std::vector<std::string_view>& folded_words) {
  if (folded_words.empty()) return;
  for (std::string_view word : folded_words) {
    if (word.empty()) continue;
    const uint64_t key = NerLexiconKey(word);
    auto [it, inserted] = ids_.emplace(key, static_cast<uint32_t>(surfaces_.size()));
    if (inserted) {
      surfaces_.emplace_back(word);
      counts_.push_back(0);
    }
    ++counts_[it->second];
    sequence_.push_back(it->second);
    ++tokens_;
  }
  sequence_.push_back(kBoundary);
}

NerWordClusters NerClusterTrainer::Train(const NerClusterCorpus& corpus,
                                         const NerClusterOptions& options,
                                         const Progress& progress) {
  // Words by frequency, ties by form, so that ranks do not depend on reading order.
  std::vector<uint32_t> by_rank(corpus.surfaces_.size());
  std::iota(by_rank.begin(), by_rank.end(), 0);
  std::sort(by_rank.begin(), by_rank.end(), [&](uint32_t a, uint32_t b) {
    if (corpus.counts_[a] != corpus.counts_[b]) return corpus.counts_[a] > corpus.counts_[b];
    return corpus.surfaces_[a] < corpus.surfaces_[b];
  });
  constexpr uint32_t kNoRank = UINT32_MAX;
  std::vector<uint32_t> rank(corpus.surfaces_.size(), kNoRank);
  size_t words = 0;
  for (uint32_t id : by_rank) {
    if (words >= options.vocabulary || corpus.counts_[id] < options.min_count) break;
    rank[id] = static_cast<uint32_t>(words++);
  }
  // Histories: the `history` most frequent words, then "other word", then "sentence edge";
  // left neighbours first, right neighbours after them.
  const uint32_t history_words = static_cast<uint32_t>(std::min(options.history, words));
  const uint32_t other = history_words, edge = history_words + 1, sides = history_words + 2;
  auto history_of = [&](size_t position) -> uint32_t {
    const uint32_t id = corpus.sequence_[position];
    if (id == NerClusterCorpus::kBoundary) return edge;
    return rank[id] < history_words ? rank[id] : other;
  };
  std::vector<uint64_t> pairs;
  const auto& sequence = corpus.sequence_;
  for (size_t i = 0; i < sequence.size(); ++i) {
    const uint32_t id = sequence[i];
    if (id == NerClusterCorpus::kBoundary || rank[id] == kNoRank) continue;
    const uint64_t base = uint64_t{rank[id]} * 2 * sides;
    const uint32_t left = i == 0 ? edge : history_of(i - 1);
    const uint32_t right = i + 1 == sequence.size() ? edge : history_of(i + 1);
    pairs.push_back(base + left);
    pairs.push_back(base + sides + right);
  }
  std::sort(pairs.begin(), pairs.end());
  Histories histories;
  histories.begin.assign(words + 1, 0);
  histories.word_count.assign(words, 0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const uint64_t word = pairs[i] / (uint64_t{2} * sides);
    histories.history.push_back(static_cast<uint32_t>(pairs[i] % (uint64_t{2} * sides)));
    histories.count.push_back(static_cast<uint32_t>(j - i));
    histories.begin[word + 1] = static_cast<uint32_t>(histories.history.size());
    i = j;
  }
  for (size_t w = 1; w <= words; ++w) {
    histories.begin[w] = std::max(histories.begin[w], histories.begin[w - 1]);
  }
  for (uint32_t id = 0; id < rank.size(); ++id) {
    if (rank[id] != kNoRank) histories.word_count[rank[id]] = corpus.counts_[id];
  }
  pairs.clear();
  pairs.shrink_to_fit();

  const XLogX f;
  std::vector<std::vector<uint16_t>> levels;
  for (int level_classes : options.classes) {
    const size_t classes = std::clamp<size_t>(level_classes, 2, NerWordClusters::kNone - 1);
    std::vector<uint16_t> class_of(words);
    for (size_t w = 0; w < words; ++w) class_of[w] = static_cast<uint16_t>(w % classes);
    // together[h * classes + c]: how often a word of class c had neighbour h.
    std::vector<int64_t> together(size_t{2} * sides * classes, 0);
    std::vector<int64_t> class_count(classes, 0);
    for (size_t w = 0; w < words; ++w) {
      class_count[class_of[w]] += histories.word_count[w];
      for (uint32_t k = histories.begin[w]; k < histories.begin[w + 1]; ++k) {
        together[size_t{histories.history[k]} * classes + class_of[w]] += histories.count[k];
      }
    }
    std::vector<double> gain(classes);
    for (int pass = 1; pass <= options.iterations; ++pass) {
      size_t moved = 0;
      for (size_t w = 0; w < words; ++w) {
        const uint16_t from = class_of[w];
        const int64_t n = histories.word_count[w];
        const uint32_t begin = histories.begin[w], end = histories.begin[w + 1];
        for (uint32_t k = begin; k < end; ++k) {
          together[size_t{histories.history[k]} * classes + from] -= histories.count[k];
        }
        class_count[from] -= n;
        for (size_t c = 0; c < classes; ++c) {
          gain[c] = -2 * (f(class_count[c] + n) - f(class_count[c]));
        }
        for (uint32_t k = begin; k < end; ++k) {
          const int64_t* row = &together[size_t{histories.history[k]} * classes];
          const int64_t m = histories.count[k];
          for (size_t c = 0; c < classes; ++c) gain[c] += f(row[c] + m) - f(row[c]);
        }
        size_t best = from;
        for (size_t c = 0; c < classes; ++c) {
          if (gain[c] > gain[best] + 1e-9) best = c;
        }
        for (uint32_t k = begin; k < end; ++k) {
          together[size_t{histories.history[k]} * classes + best] += histories.count[k];
        }
        class_count[best] += n;
        if (best != from) {
          class_of[w] = static_cast<uint16_t>(best);
          ++moved;
        }
      }
      if (progress) progress(static_cast<int>(classes), pass, moved);
      if (moved == 0) break;
    }
    levels.push_back(std::move(class_of));
  }

  NerWordClusters clusters;
  clusters.set_levels(levels.size());
  for (size_t r = 0; r < words; ++r) {
    NerWordClusters::Classes classes;
    classes.fill(NerWordClusters::kNone);
    for (size_t level = 0; level < levels.size() && level < NerWordClusters::kMaxLevels; ++level) {
      classes[level] = levels[level][r];
    }
    clusters.Add(corpus.surfaces_[by_rank[r]], classes);
  }
  return clusters;
}

}  // namespace marsad::actors
