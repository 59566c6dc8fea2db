#include "serve/store_pool.h"

#include <algorithm>
#include <utility>

namespace marsad::serve {

StorePool::Lease::~Lease() {
  if (pool_ != nullptr) pool_->GiveBack(store_);
}

Expected<StorePool> StorePool::OpenReadOnly(const std::string& path, const text::TextAnalyzer* text,
                                            int size) {
  std::vector<store::Store> stores;
  for (int i = 0; i < std::max(size, 1); ++i) {
    auto store = store::Store::Open(path, text, store::Store::Mode::kReadOnly);
    if (!store.ok()) return store.status();
    stores.push_back(std::move(store).value());
  }
  return StorePool(std::move(stores));
}

StorePool::StorePool(std::vector<store::Store> stores) : stores_(std::move(stores)) {
  for (store::Store& store : stores_) free_.push_back(&store);
}

// Moving a vector keeps its elements where they are, so the free list stays valid.
StorePool::StorePool(StorePool&& other) noexcept
    : stores_(std::move(other.stores_)), free_(std::move(other.free_)) {}

StorePool::Lease StorePool::Borrow() {
  std::unique_lock<std::mutex> lock(mutex_);
  returned_.wait(lock, [this] { return !free_.empty(); });
  store::Store* store = free_.back();
  free_.pop_back();
  return Lease(this, store);
}

void StorePool::GiveBack(store::Store* store) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(store);
  }
  returned_.notify_one();
}

}  // namespace marsad::serve
