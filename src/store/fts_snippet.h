// Registers "marsad_snippet", an FTS5 auxiliary function that cuts the snippet of a hit:
//   marsad_snippet(articles_fts, column, open, close, ellipsis, tokens)
// It picks the window of `tokens` terms holding the most distinct query phrases from the
// match positions FTS5 already has, and maps positions back to words with
// IndexTerms::Positions, which needs no segmentation, up to the end of that window only.
// (FTS5's own snippet() runs the whole text through the segmenting tokenizer, which costs
// more than the search itself.) Matched words are wrapped in open/close; ellipsis marks
// text cut at either end.
#ifndef MARSAD_STORE_FTS_SNIPPET_H_
#define MARSAD_STORE_FTS_SNIPPET_H_

#include <sqlite3.h>

#include "core/status.h"
#include "store/index_terms.h"

namespace marsad::store {

inline constexpr const char* kSnippetFunctionName = "marsad_snippet";

// `terms` (the table's tokenizer's) must outlive the connection.
Status RegisterSnippetFunction(sqlite3* db, const IndexTerms* terms);

}  // namespace marsad::store

#endif  // MARSAD_STORE_FTS_SNIPPET_H_
