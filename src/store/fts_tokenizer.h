// Registers marsad's Arabic tokenizer with SQLite FTS5 (through the fts5_api) under the name
// "marsad_arabic", so that a table declared with tokenize='marsad_arabic' indexes and queries
// the terms of store/index_terms.h: the same normaliser and segmenter as the analysis.
#ifndef MARSAD_STORE_FTS_TOKENIZER_H_
#define MARSAD_STORE_FTS_TOKENIZER_H_

#include <sqlite3.h>

#include "core/status.h"
#include "store/index_terms.h"

namespace marsad::store {

inline constexpr const char* kArabicTokenizerName = "marsad_arabic";

// `terms` must outlive the database connection.
Status RegisterArabicTokenizer(sqlite3* db, const IndexTerms* terms);

}  // namespace marsad::store

#endif  // MARSAD_STORE_FTS_TOKENIZER_H_
