// SearchQuery parses what a user types into a search box — words, "quoted phrases", OR
// between two alternatives, -word or -"phrase" to exclude — and writes it as an FTS5 MATCH
// expression in which every user term is a quoted string, so that no input can inject FTS5
// syntax or crash the query. Bad syntax is an error that says what is wrong.
#ifndef MARSAD_STORE_SEARCH_QUERY_H_
#define MARSAD_STORE_SEARCH_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad::store {

struct SearchQuery {
  // Every clause must match; a clause matches when any of its alternatives does.
  std::vector<std::vector<std::string>> required;
  std::vector<std::string> excluded;

  // The FTS5 MATCH expression, e.g. ("الحكومة" OR "الوزارة") AND "مجلس الشورى" NOT "داعش".
  std::string ToFts5() const;
};

Expected<SearchQuery> ParseSearchQuery(std::string_view input);

// A term as an FTS5 string: in double quotes, inner quotes doubled.
std::string QuoteFts5(std::string_view term);

}  // namespace marsad::store

#endif  // MARSAD_STORE_SEARCH_QUERY_H_
