#include "core/key_index.h"

namespace marsad {

void KeyIndex::Insert(uint64_t key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  key = key == 0 ? 1 : key;
  uint64_t slot = Spread(key) & mask_;
  while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
  slots_[slot] = {key, value};
  ++size_;
}

void KeyIndex::Clear() {
  for (Slot& slot : slots_) slot = Slot();
  size_ = 0;
}

void KeyIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  const size_t capacity = old.empty() ? 64 : old.size() * 2;
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  size_ = 0;
  for (const Slot& slot : old) {
    if (slot.key != 0) Insert(slot.key, slot.value);
  }
}

}  // namespace marsad
