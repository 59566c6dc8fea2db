// StorePool lets the HTTP server's worker threads read one store at the same time: a store
// is one SQLite connection that only one thread may use at a time, so the pool holds several
// connections to the same file and lends each to one caller until its lease ends. Lease
// waits while every connection is lent out.
#ifndef MARSAD_SERVE_STORE_POOL_H_
#define MARSAD_SERVE_STORE_POOL_H_

#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"
#include "text/text_analyzer.h"

namespace marsad::serve {

class StorePool {
 public:
  // A store lent to one caller; it goes back to the pool when the lease is destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(other.store_) {
      other.pool_ = nullptr;
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    store::Store* get() const { return store_; }
    store::Store* operator->() const { return store_; }
    store::Store& operator*() const { return *store_; }

   private:
    friend class StorePool;
    Lease(StorePool* pool, store::Store* store) : pool_(pool), store_(store) {}
    StorePool* pool_;
    store::Store* store_;
  };

  // Opens `size` (at least 1) read-only connections to the store at `path`; `text` must
  // outlive the pool (see store::Store::Open).
  static Expected<StorePool> OpenReadOnly(const std::string& path, const text::TextAnalyzer* text,
                                          int size);
  // A pool of stores already open (at least one).
  explicit StorePool(std::vector<store::Store> stores);
  StorePool(StorePool&& other) noexcept;
  StorePool(const StorePool&) = delete;
  StorePool& operator=(const StorePool&) = delete;

  // Lends a store, waiting until one is free. Thread-safe.
  Lease Borrow();

  int size() const { return static_cast<int>(stores_.size()); }

 private:
  void GiveBack(store::Store* store);

  std::vector<store::Store> stores_;
  std::vector<store::Store*> free_;
  std::mutex mutex_;
  std::condition_variable returned_;
};

}  // namespace marsad::serve

#endif  // MARSAD_SERVE_STORE_POOL_H_
