// KeyIndex is a flat open-addressing hash index from 64-bit keys (word hashes) to 32-bit
// indices, one probe in the common case: the tagger's word tables and the event cue forms use it.
#ifndef MARSAD_CORE_KEY_INDEX_H_
#define MARSAD_CORE_KEY_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad {

// Open-addressing map from a non-zero 64-bit key to a 32-bit value; grows as needed.
class KeyIndex {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  // The value of key, or kAbsent.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kAbsent;
    key = key == 0 ? 1 : key;
    for (uint64_t slot = Spread(key) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& entry = slots_[slot];
      if (entry.key == key) return entry.value;
      if (entry.key == 0) return kAbsent;
    }
  }
  // Sets key's value (the key must be absent).
  void Insert(uint64_t key, uint32_t value);
  void Clear();
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t value = 0;
  };
  static uint64_t Spread(uint64_t key) { return key ^ (key >> 29); }
  void Grow();

  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_CORE_KEY_INDEX_H_
