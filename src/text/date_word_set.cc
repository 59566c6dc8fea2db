#include "text/date_word_set.h"

#include <algorithm>

namespace marsad::text {

void DateWordSet::Insert(uint64_t hash) {
  hash = NonZero(hash);
  for (const int which : {0, 1}) {
    const size_t bit = FilterBit(hash, which);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  InsertSlot(hash);
}

void DateWordSet::InsertSlot(uint64_t hash) {
  if (2 * (used_ + 1) > slots_.size()) {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), 0);
    used_ = 0;
    for (const uint64_t kept : old) {
      if (kept != 0) InsertSlot(kept);
    }
  }
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == hash) return;
    if (slots_[slot] == 0) {
      slots_[slot] = hash;
      ++used_;
      return;
    }
  }
}

bool DateWordSet::SlotsContain(uint64_t hash) const {
  if (slots_.empty()) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == hash) return true;
    if (slots_[slot] == 0) return false;
  }
}

}  // namespace marsad::text
