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
