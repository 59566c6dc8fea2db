#include "store/fts_tokenizer.h"

#include <string>

namespace marsad::store {
namespace {

// FTS5 asks the factory (xCreate) for one tokenizer instance a table; ours are stateless
// and all point at the shared IndexTerms.
struct TokenizerInstance {
  const IndexTerms* terms;
};

int CreateTokenizer(void* context, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(
      new TokenizerInstance{static_cast<const IndexTerms*>(context)});
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer* tokenizer) {
  delete reinterpret_cast<TokenizerInstance*>(tokenizer);
}

int Tokenize(Fts5Tokenizer* tokenizer, void* context, int, const char* text, int size,
             int (*emit)(void*, int, const char*, int, int, int)) {
  const auto* instance = reinterpret_cast<TokenizerInstance*>(tokenizer);
  if (text == nullptr || size <= 0) return SQLITE_OK;
  int rc = SQLITE_OK;
  instance->terms->Extract(std::string_view(text, static_cast<size_t>(size)),
                           [&](std::string_view term, Span span, bool colocated) {
                             rc = emit(context, colocated ? FTS5_TOKEN_COLOCATED : 0, term.data(),
                                       static_cast<int>(term.size()), static_cast<int>(span.start),
                                       static_cast<int>(span.end));
                             return rc == SQLITE_OK;
                           });
  return rc;
}

fts5_api* GetFts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterArabicTokenizer(sqlite3* db, const IndexTerms* terms) {
  fts5_api* api = GetFts5Api(db);
  if (api == nullptr) return Status::Error("this SQLite has no FTS5");
  fts5_tokenizer tokenizer{CreateTokenizer, DeleteTokenizer, Tokenize};
  int rc = api->xCreateTokenizer(api, kArabicTokenizerName, const_cast<IndexTerms*>(terms),
                                 &tokenizer, nullptr);
  if (rc != SQLITE_OK) return Status::Error("cannot register the Arabic FTS5 tokenizer");
  return Status::Ok();
}

}  // namespace marsad::store
