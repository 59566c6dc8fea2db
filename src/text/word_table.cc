#include "text/word_table.h"

#include <sys/mman.h>

#include <cstring>
#include <memory>
#include <new>

namespace marsad::text {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;

}  // namespace

std::unique_ptr<WordTable::Slot[], WordTable::FreeSlots> WordTable::AllocateSlots(size_t capacity) {
  const size_t bytes = capacity * sizeof(Slot);
  void* memory = nullptr;
  if (bytes >= kHugePage) {
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    memory = std::aligned_alloc(kHugePage, rounded);
    if (memory != nullptr) madvise(memory, rounded, MADV_HUGEPAGE);  // advice only
  }
  if (memory == nullptr) memory = std::malloc(bytes);
  if (memory == nullptr) throw std::bad_alloc();
  Slot* slots = static_cast<Slot*>(memory);
  std::uninitialized_value_construct_n(slots, capacity);
  return std::unique_ptr<Slot[], FreeSlots>(slots);
}

WordTable::WordTable(size_t expected) {
  size_t capacity = 16;
  while (capacity < 2 * expected) capacity *= 2;
  slots_ = AllocateSlots(capacity);
  capacity_ = capacity;
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
    // The last 1 to 7 bytes as the low bytes of a chunk (as a copy into a zeroed chunk would
    // place them), read without a copy of variable length: a library call whose byte stores
    // the chunk's load would then wait for.
    const size_t rest = word.size() - i;
    uint64_t chunk = 0;
    if (word.size() >= 8) {
      std::memcpy(&chunk, word.data() + word.size() - 8, 8);
      chunk >>= 8 * (8 - rest);
    } else if (rest >= 4) {
      uint32_t low = 0;
      uint32_t high = 0;
      std::memcpy(&low, word.data(), 4);
      std::memcpy(&high, word.data() + rest - 4, 4);
      chunk = low | uint64_t{high} << (8 * (rest - 4));
    } else {
      const auto byte = [&](size_t at) { return uint64_t{static_cast<unsigned char>(word[at])}; };
      chunk = byte(0) | byte(rest / 2) << (8 * (rest / 2)) | byte(rest - 1) << (8 * (rest - 1));
    }
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
  const size_t mask = capacity_ - 1;
  size_t index = HomeOf(fingerprint);
  while (slots_[index].fingerprint != 0 && slots_[index].fingerprint != fingerprint) {
    index = (index + 1) & mask;
  }
  return index;
}

void WordTable::Grow() {
  std::unique_ptr<Slot[], FreeSlots> old = std::move(slots_);
  const size_t old_capacity = capacity_;
  slots_ = AllocateSlots(2 * old_capacity);
  capacity_ = 2 * old_capacity;
  for (size_t i = 0; i < old_capacity; ++i) {
    if (old[i].fingerprint != 0) slots_[IndexOf(old[i].fingerprint)] = old[i];
  }
}

WordEntry& WordTable::Insert(uint64_t fingerprint) {
  if (2 * (size_ + 1) > capacity_) Grow();
  Slot& slot = slots_[IndexOf(fingerprint)];
  if (slot.fingerprint == 0) {
    slot.fingerprint = fingerprint;
    ++size_;
  }
  return slot.entry;
}

const WordEntry* WordTable::Find(uint64_t fingerprint) const {
  const Slot& slot = slots_[IndexOf(fingerprint)];
  return slot.fingerprint == 0 ? nullptr : &slot.entry;
}

}  // namespace marsad::text
