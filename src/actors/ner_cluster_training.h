// Learns NerWordClusters from unlabelled text: a two-sided predictive exchange clustering
// (Uszkoreit & Brants 2008, after Kneser & Ney): every word is put in the class that best
// predicts it from its left and right neighbours, class by class, word by word, until the
// classes settle. Words are the folded forms the entity tagger reads, keyed as its lexicon
// keys them (without proclitics), so that وبالعراق and العراق share one entry.
// Deterministic: the same text and options give the same classes.
#ifndef MARSAD_ACTORS_NER_CLUSTER_TRAINING_H_
#define MARSAD_ACTORS_NER_CLUSTER_TRAINING_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/ner_word_clusters.h"

namespace marsad::actors {

// The unlabelled text, as sequences of word ids.
class NerClusterCorpus {
 public:
  // Adds one sentence of folded words (FoldForNer).
  void AddSentence(const std::vector<std::string_view>& folded_words);

  size_t tokens() const { return tokens_; }
  size_t distinct_words() const { return surfaces_.size(); }

 private:
  friend class NerClusterTrainer;
  static constexpr uint32_t kBoundary = UINT32_MAX;

  std::unordered_map<uint64_t, uint32_t> ids_;  // NerLexiconKey → id
  std::vector<std::string> surfaces_;           // the first form seen of each id
  std::vector<uint32_t> counts_;
  std::vector<uint32_t> sequence_;  // ids, kBoundary between sentences
  size_t tokens_ = 0;
};

struct NerClusterOptions {
  std::vector<int> classes = {64, 256, 1024};  // one clustering a level, coarse to fine
  size_t vocabulary = 60000;                   // the most frequent words are clustered
  uint32_t min_count = 5;                      // ... when seen at least this often
  size_t history = 4000;  // the most frequent words are told apart as neighbours
  int iterations = 10;
};

class NerClusterTrainer {
 public:
  // Called after every pass with the level, the pass and how many words moved.
  using Progress = std::function<void(int classes, int pass, size_t moved)>;
  static NerWordClusters Train(const NerClusterCorpus& corpus, const NerClusterOptions& options,
                               const Progress& progress = nullptr);
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_CLUSTER_TRAINING_H_
