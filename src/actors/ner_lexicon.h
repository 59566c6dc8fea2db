// NerLexicon is what the entity tagger remembers of the words of its training text: how often
// each word (by the hash of its stem) occurred and how often inside a PER, ORG, LOC or MISC
// name. The tagger reads it as features — "a rare word", "mostly a place name" — so that it
// learns how far to trust its memory; training builds it jackknife-style, from the other
// parts of the corpus only, so that those features are as unreliable there as on new text.
#ifndef MARSAD_ACTORS_NER_LEXICON_H_
#define MARSAD_ACTORS_NER_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace marsad::actors {

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
  const Entry& Find(uint64_t stem) const;
  size_t size() const { return entries_.size(); }

  // `lexicon N` then one `hash count per-type...` line a word, in hash order.
  std::string Serialize() const;
  // Parses a Serialize()d lexicon at the start of *text and consumes it.
  static Expected<NerLexicon> ParsePrefix(std::string_view* text);

 private:
  std::unordered_map<uint64_t, Entry> entries_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_LEXICON_H_
