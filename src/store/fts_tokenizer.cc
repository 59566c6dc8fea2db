#include "store/fts_tokenizer.h"

#include <string>
#include <vector>

namespace marsad::store {
namespace {

// What the tokenizer reads: registered once a connection (SQLite deletes it with the
// connection). FTS5 asks the factory (xCreate) for one tokenizer instance a table; ours are
// stateless and all point at the connection's TokenizerSource.
struct TokenizerSource {
  const IndexTerms* terms;
  const TokenHandoff* handoff;
};
struct TokenizerInstance {
  const TokenizerSource* source;
};

int CreateTokenizer(void* context, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(
      new TokenizerInstance{static_cast<const TokenizerSource*>(context)});
  return SQLITE_OK;
}

void DeleteSource(void* context) { delete static_cast<TokenizerSource*>(context); }

void DeleteTokenizer(Fts5Tokenizer* tokenizer) {
  delete reinterpret_cast<TokenizerInstance*>(tokenizer);
}

int Tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             int (*emit)(void*, int, const char*, int, int, int)) {
  const TokenizerSource& source = *reinterpret_cast<TokenizerInstance*>(tokenizer)->source;
  if (text == nullptr || size <= 0) return SQLITE_OK;
  int rc = SQLITE_OK;
  const IndexTerms::TermSink sink = [&](std::string_view term, Span span, bool colocated) {
    rc = emit(context, colocated ? FTS5_TOKEN_COLOCATED : 0, term.data(),
              static_cast<int>(term.size()), static_cast<int>(span.start),
              static_cast<int>(span.end));
    return rc == SQLITE_OK;
  };
  const std::string_view input(text, static_cast<size_t>(size));
  const std::vector<Token>* tokens = nullptr;
  if ((flags & FTS5_TOKENIZE_DOCUMENT) != 0 && source.handoff != nullptr) {
    tokens = source.handoff->TokensFor(input);
  }
  if (tokens != nullptr) {
    IndexTerms::ExtractFromTokens(input, *tokens, sink);
  } else {
    source.terms->Extract(input, sink);
  }
  return rc;
}

}  // namespace

fts5_api* FindFts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

Status RegisterArabicTokenizer(sqlite3* db, const IndexTerms* terms, const TokenHandoff* handoff) {
  fts5_api* api = FindFts5Api(db);
  if (api == nullptr) return Status::Error("this SQLite has no FTS5");
  fts5_tokenizer tokenizer{CreateTokenizer, DeleteTokenizer, Tokenize};
  // SQLite owns the source from here and deletes it with the connection.
  int rc = api->xCreateTokenizer(api, kArabicTokenizerName, new TokenizerSource{terms, handoff},
                                 &tokenizer, DeleteSource);
  if (rc != SQLITE_OK) return Status::Error("cannot register the Arabic FTS5 tokenizer");
  return Status::Ok();
}

}  // namespace marsad::store
