// NerGazetteer tells the entity tagger which words occur in the names of the actor
// dictionaries (data/lexicon/actors_*.tsv: countries, people, bodies, nationalities, titles)
// and where in a name: alone, first, inside or last, by the name's type. The tagger reads
// this as features of a word and of its neighbours («الرئيس» before a word: a title), so
// that it can trust a known name without learning each one from its training text. Words are
// keyed by NerLexiconKey. The tagger's model file carries it (trained and tagged alike).
#ifndef MARSAD_ACTORS_NER_GAZETTEER_H_
#define MARSAD_ACTORS_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_index.h"
#include "core/status.h"

namespace marsad::actors {

class NerGazetteer {
 public:
  // What a name is: the four entity types, then titles («الرئيس، وزير الخارجية»).
  enum Category { kPer, kOrg, kLoc, kMisc, kTitle, kCategoryCount };
  // Where a word stands in a name.
  enum Place { kAlone, kFirst, kInside, kLast, kPlaceCount };
  // The bit of a category and place in a word's mask.
  static constexpr uint32_t Bit(Category category, Place place) {
    return uint32_t{1} << (static_cast<int>(category) * static_cast<int>(kPlaceCount) +
                           static_cast<int>(place));
  }

  // Adds a name given as folded words (FoldForNer).
  void AddName(const std::vector<std::string>& folded_words, Category category);
  // Adds the names of an actor dictionary (src/actors/actor_lexicon.h format: kind, code,
  // type, name, valid, `|`-separated forms, source); title rows count as titles, rows of
  // another type than PER/ORG/LOC/MISC are skipped.
  Status AddActorFile(const std::string& path);

  // The places a word has in names, as Bit()s; 0 when in none.
  uint32_t Find(uint64_t lexicon_key) const {
    const uint32_t index = index_.Find(lexicon_key);
    return index == KeyIndex::kAbsent ? 0 : masks_[index];
  }
  size_t size() const { return masks_.size(); }

  // `gazetteer N` then one `hash mask` line a word (both hexadecimal), in hash order.
  std::string Serialize() const;
  // Parses a Serialize()d gazetteer at the start of *text and consumes it.
  static Expected<NerGazetteer> ParsePrefix(std::string_view* text);

 private:
  void Mark(uint64_t key, uint32_t bits);

  KeyIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> masks_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_GAZETTEER_H_
