#include "text/word_table.h"

#include <cstring>

namespace marsad::text {

WordTable::WordTable(size_t expected) {
  size_t capacity = 16;
  while (capacity < 2 * expected) capacity *= 2;
  slots_.resize(capacity);
}

// A 64-bit hash tuned for short keys (words are a few dozen bytes): eight bytes at a time,
// multiply-xorshift mixing, and a final avalanche (the finaliser of MurmurHash3).
uint64_t WordTable::Fingerprint(std::string_view word) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  uint64_t hash = word.size() * kMultiplier;
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + i, 8);
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  if (i < word.size()) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + i, word.size() - i);
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  hash ^= hash >> 33;
  hash *= 0xFF51AFD7ED558CCDULL;
  hash ^= hash >> 33;
  hash *= 0xC4CEB9FE1A85EC53ULL;
  hash ^= hash >> 33;
  return hash == 0 ? 1 : hash;
}

// Linear probing from the fingerprint's home slot to the word's slot or the first empty one.
size_t WordTable::IndexOf(uint64_t fingerprint) const {
  const size_t mask = slots_.size() - 1;
  size_t index = static_cast<size_t>(fingerprint ^ (fingerprint >> 29)) & mask;
  while (slots_[index].fingerprint != 0 && slots_[index].fingerprint != fingerprint) {
    index = (index + 1) & mask;
  }
  return index;
}

void WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot());
  for (const Slot& slot : old) {
    if (slot.fingerprint != 0) slots_[IndexOf(slot.fingerprint)] = slot;
  }
}

WordEntry& WordTable::Insert(std::string_view word) {
  if (2 * (size_ + 1) > slots_.size()) Grow();
  const uint64_t fingerprint = Fingerprint(word);
  Slot& slot = slots_[IndexOf(fingerprint)];
  if (slot.fingerprint == 0) {
    slot.fingerprint = fingerprint;
    ++size_;
  }
  return slot.entry;
}

const WordEntry* WordTable::Find(std::string_view word) const {
  const Slot& slot = slots_[IndexOf(Fingerprint(word))];
  return slot.fingerprint == 0 ? nullptr : &slot.entry;
}

}  // namespace marsad::text
