#include "core/norm_store.h"

#include <algorithm>
#include <utility>

namespace marsad {

NormStore::NormStore(NormStore&& other) noexcept { *this = std::move(other); }

NormStore& NormStore::operator=(NormStore&& other) noexcept {
  if (this == &other) return *this;
  blocks_ = std::move(other.blocks_);
  next_ = std::exchange(other.next_, nullptr);
  room_ = std::exchange(other.room_, 0);
  return *this;
}

void NormStore::AddBlock(size_t bytes) {
  room_ = std::max(bytes, kMinBlockBytes);
  // Not zeroed: every byte is written (Keep, Room) before it is viewed.
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(room_));
  next_ = blocks_.back().get();
}

}  // namespace marsad
