// NerLexicon is what the entity tagger remembers of the words of its training text: how often
// each word (by the hash of its stem) occurred and how often inside a PER, ORG, LOC or MISC
// name. The tagger reads it as features — "a rare word", "mostly a place name" — so that it
// learns how far to trust its memory; training builds it jackknife-style, from the other
// parts of the corpus only, so that those features are as unreliable there as on new text.
// It can also carry the word classes learnt from unlabelled news (NerWordClusters) and the
// names of the actor dictionaries (NerGazetteer), so that
// everything the features read of a word comes from one place.
#ifndef MARSAD_ACTORS_NER_LEXICON_H_
#define MARSAD_ACTORS_NER_LEXICON_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_index.h"
#include "core/status.h"

namespace marsad::actors {

class NerWordClusters;
class NerGazetteer;

class NerLexicon {
 public:
  // Entity types in lexicon order.
  static constexpr std::array<std::string_view, 4> kTypes = {"PER", "ORG", "LOC", "MISC"};

  struct Entry {
    uint32_t count = 0;
    std::array<uint32_t, 4> in_type{};  // occurrences inside a name of each type
  };

  // Records one occurrence of a word; type is an index into kTypes, or -1 for none.
  void Add(uint64_t stem, int type, int32_t times = 1);
  // Adds (or, with sign -1, removes) all the counts of another lexicon.
  void Merge(const NerLexicon& other, int sign);

  // The entry of a word; a zero entry when unseen.
  const Entry& Find(uint64_t stem) const {
    const uint32_t index = index_.Find(stem);
    return index == KeyIndex::kAbsent ? Unseen() : entries_[index];
  }
  // Words with a non-zero count.
  size_t size() const;

  // The word classes the features read (none by default); shared, read-only.
  void set_clusters(std::shared_ptr<const NerWordClusters> clusters) {
    clusters_ = std::move(clusters);
  }
  const NerWordClusters* clusters() const { return clusters_.get(); }
  // The actor-dictionary names the features read (none by default); shared, read-only.
  void set_gazetteer(std::shared_ptr<const NerGazetteer> gazetteer) {
    gazetteer_ = std::move(gazetteer);
  }
  const NerGazetteer* gazetteer() const { return gazetteer_.get(); }

  // `lexicon N` then one `hash count per-type...` line a word, in hash order.
  std::string Serialize() const;
  // Parses a Serialize()d lexicon at the start of *text and consumes it.
  static Expected<NerLexicon> ParsePrefix(std::string_view* text);

 private:
  static const Entry& Unseen();
  Entry& At(uint64_t stem);

  // Entries in order of first addition; a word whose count fell to 0 keeps its (zero) entry.
  KeyIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<Entry> entries_;
  std::shared_ptr<const NerWordClusters> clusters_;
  std::shared_ptr<const NerGazetteer> gazetteer_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_LEXICON_H_
