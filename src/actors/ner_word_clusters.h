// NerWordClusters maps a word to the distributional classes it was put in on unlabelled news
// (`marsad train clusters`: words that occur between the same neighbours share a class, so
// a name the tagger never saw still lands among names it knows). The entity tagger reads the
// classes as features. Words are keyed by NerLexiconKey (the folded form without proclitics);
// a word may have a class at each of several granularities (coarse to fine).
#ifndef MARSAD_ACTORS_NER_WORD_CLUSTERS_H_
#define MARSAD_ACTORS_NER_WORD_CLUSTERS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_index.h"
#include "core/status.h"

namespace marsad::actors {

class NerWordClusters {
 public:
  static constexpr size_t kMaxLevels = 3;
  // A word's class at each level; kNone where the word has no class.
  static constexpr uint16_t kNone = UINT16_MAX;
  using Classes = std::array<uint16_t, kMaxLevels>;

  NerWordClusters() = default;

  // Adds a folded word (NerLexiconKey is taken of it); a later duplicate is ignored.
  void Add(std::string_view folded, const Classes& classes);
  // The classes of a word by its NerLexiconKey; all kNone when unknown.
  const Classes& Find(uint64_t lexicon_key) const {
    const uint32_t index = index_.Find(lexicon_key);
    return index == KeyIndex::kAbsent ? Unknown() : classes_[index];
  }
  size_t size() const { return classes_.size(); }
  bool empty() const { return classes_.empty(); }
  size_t levels() const { return levels_; }
  // The words as added (folded forms as written in the unlabelled news), in insertion order:
  // the tagger scores them once at load, as it does its training vocabulary.
  const std::vector<std::string>& words() const { return words_; }
  void set_levels(size_t levels) { levels_ = levels < kMaxLevels ? levels : kMaxLevels; }

  // Text format: `#` provenance lines, `marsad-ner-clusters 1`, `levels L`, `words N`, then
  // one `word c1 ... cL` line a word (c: a class number, or - for none).
  std::string Serialize(std::string_view header) const;
  static Expected<NerWordClusters> Parse(std::string_view text);
  // Loads a file; a missing file is an error.
  static Expected<NerWordClusters> Load(const std::string& path);

 private:
  static const Classes& Unknown();

  KeyIndex index_;
  std::vector<Classes> classes_;
  std::vector<std::string> words_;  // for Serialize, in insertion order
  size_t levels_ = 0;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_WORD_CLUSTERS_H_
