// Ingester writes analysed articles into a Store in batched transactions. It is idempotent:
// an article already stored (the same URL, or the same content hash when it has no URL) is
// skipped, so a run that was killed at any moment can simply be run again. The same text
// under two URLs is stored twice, in one duplicate group. Inputs that could not be read are
// kept in the errors table.
#ifndef MARSAD_STORE_INGESTER_H_
#define MARSAD_STORE_INGESTER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/analysis.h"
#include "core/status.h"
#include "store/store.h"

namespace marsad::store {

struct IngestCounts {
  size_t stored = 0;
  size_t skipped = 0;  // already in the store
  size_t failed = 0;   // read failures recorded
  size_t bytes = 0;    // text bytes stored
};

// The content hash the store keys articles without a URL by (hex XXH3-64 of the text).
std::string ContentHash(std::string_view text);

class Ingester {
 public:
  explicit Ingester(Store* store, size_t batch_size = 500);
  Ingester(const Ingester&) = delete;
  Ingester& operator=(const Ingester&) = delete;
  ~Ingester();

  // Whether the article (as read, before analysis) is in the store already, so that a rerun
  // need not analyse it again. Add checks again in any case.
  bool IsStored(const Article& article);
  Status Add(const Analysis& analysis);
  Status AddFailure(const ReadFailure& failure);
  // Commits the open batch.
  Status Finish();

  const IngestCounts& counts() const { return counts_; }

 private:
  struct Statements;
  Status Begin();
  Status AfterItem();
  Status Insert(const Analysis& analysis);

  Store* store_;
  size_t batch_size_;
  size_t in_batch_ = 0;
  bool in_transaction_ = false;
  std::unique_ptr<Statements> statements_;
  std::string now_;
  IngestCounts counts_;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_INGESTER_H_
