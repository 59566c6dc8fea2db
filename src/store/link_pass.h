// LinkPass recomputes what links the stored articles to each other — near-duplicate groups,
// stories and cross-outlet corpus events with their contradictions — with the in-memory
// algorithms of src/link over everything in the Store, and replaces the link tables in one
// transaction. Run after each ingest; running it twice gives the same tables.
#ifndef MARSAD_STORE_LINK_PASS_H_
#define MARSAD_STORE_LINK_PASS_H_

#include <cstddef>

#include "core/status.h"
#include "store/store.h"

namespace marsad::store {

struct LinkCounts {
  size_t articles = 0;
  size_t duplicate_groups = 0;
  size_t stories = 0;
  size_t corpus_events = 0;
  size_t contradictions = 0;
};

Expected<LinkCounts> RunLinkPass(Store* store);

}  // namespace marsad::store

#endif  // MARSAD_STORE_LINK_PASS_H_
