#include "text/date_word_set.h"

namespace marsad::text {

void DateWordSet::Insert(uint64_t hash) {
  if (hashes_.Find(hash) != KeyIndex::kAbsent) return;
  filter_.Add(hash);
  hashes_.Insert(hash, 0);
}

}  // namespace marsad::text
