// Registers marsad's Arabic tokenizer with SQLite FTS5 (through the fts5_api) under the name
// "marsad_arabic", so that a table declared with tokenize='marsad_arabic' indexes and queries
// the terms of store/index_terms.h: the same normaliser and segmenter as the analysis. When
// a document's text has been handed over with its analysis' tokens (store/token_handoff.h),
// its terms are read off those tokens.
#ifndef MARSAD_STORE_FTS_TOKENIZER_H_
#define MARSAD_STORE_FTS_TOKENIZER_H_

#include <sqlite3.h>

#include "core/status.h"
#include "store/index_terms.h"
#include "store/token_handoff.h"

namespace marsad::store {

inline constexpr const char* kArabicTokenizerName = "marsad_arabic";

// The connection's FTS5 API (to register tokenizers and functions), or nullptr without FTS5.
fts5_api* FindFts5Api(sqlite3* db);

// `terms` and `handoff` (may be nullptr) must outlive the database connection.
Status RegisterArabicTokenizer(sqlite3* db, const IndexTerms* terms,
                               const TokenHandoff* handoff = nullptr);

}  // namespace marsad::store

#endif  // MARSAD_STORE_FTS_TOKENIZER_H_
