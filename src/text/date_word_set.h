// DateWordSet is the set of 64-bit word hashes behind the date finder's gates (anchor words, the
// first words of lexicon phrases): most words of a text are in no such set, so a small bit filter
// answers them, and the project's flat hash index answers the rest.
#ifndef MARSAD_TEXT_DATE_WORD_SET_H_
#define MARSAD_TEXT_DATE_WORD_SET_H_

#include <cstddef>
#include <cstdint>

#include "core/key_filter.h"
#include "core/key_index.h"

namespace marsad::text {

class DateWordSet {
 public:
  void Insert(uint64_t hash);
  bool Contains(uint64_t hash) const {
    return filter_.MayContain(hash) && hashes_.Find(hash) != KeyIndex::kAbsent;
  }
  size_t size() const { return hashes_.size(); }

 private:
  KeyFilter filter_{1024};  // 16,384 bits: the date words and phrase starts are far fewer
  KeyIndex hashes_;         // hash → 0
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_WORD_SET_H_
