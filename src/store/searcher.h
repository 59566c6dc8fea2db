// Searcher answers full-text queries over a Store: the user's query (store/search_query.h)
// is matched with FTS5 through marsad's Arabic tokenizer, ranked by BM25 (title weighted
// above text), narrowed by outlet, date range, actor and CAMEO code, and each hit comes with
// a snippet in which the matched words are marked.
#ifndef MARSAD_STORE_SEARCHER_H_
#define MARSAD_STORE_SEARCHER_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace marsad::store {

struct SearchFilters {
  std::string outlet;
  std::string from;   // YYYY-MM-DD, inclusive
  std::string to;     // YYYY-MM-DD, inclusive
  std::string actor;  // an entity's or an event's actor code (prefix match: "SAU" finds SAUGOV)
  std::string code;   // CAMEO event code (prefix match: "19" finds 190..196)
  int limit = 20;
  int offset = 0;
};

struct SearchHit {
  int64_t article_id = 0;
  std::string doc_id;
  std::string url;
  std::string outlet;
  std::string title;
  std::string published;
  std::string snippet;  // matched words between the markers below
  double score = 0;     // BM25 (lower is better, as SQLite reports it)
};

inline constexpr const char* kHighlightOpen = "\x02";
inline constexpr const char* kHighlightClose = "\x03";

// {"store_id", "id", "url", "outlet", "title", "published", "score", "snippet"}; the snippet
// as stored in the hit (with the markers above).
nlohmann::json SearchHitJson(const SearchHit& hit);

class Searcher {
 public:
  explicit Searcher(Store* store) : store_(store) {}

  // An empty query with filters lists the newest articles that pass the filters.
  Expected<std::vector<SearchHit>> Search(const std::string& query,
                                          const SearchFilters& filters) const;

 private:
  Store* store_;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_SEARCHER_H_
