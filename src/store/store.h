// Store is marsad's embedded corpus: one SQLite file (WAL) holding the analysed articles and
// everything found in them (sentences, entities, quotes, events, read errors), what linking
// found across articles (duplicate groups, stories, corpus events, contradictions) and an
// FTS5 index that uses marsad's own Arabic tokenizer. Open creates the schema when needed.
#ifndef MARSAD_STORE_STORE_H_
#define MARSAD_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.h"
#include "store/index_terms.h"
#include "store/sqlite_db.h"
#include "store/token_handoff.h"
#include "text/text_analyzer.h"

namespace marsad::store {

struct StoreStats {
  int64_t articles = 0;
  int64_t sentences = 0;
  int64_t entities = 0;
  int64_t quotes = 0;
  int64_t events = 0;
  int64_t corpus_events = 0;
  int64_t duplicate_groups = 0;
  int64_t stories = 0;
  int64_t errors = 0;

  // {"articles": …, …, "errors": …}
  std::string ToJson() const;
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // text: the analysis' text stage, whose normaliser and segmenter the full-text index uses;
  // it must outlive the store. nullptr opens without full-text search (stats, export).
  // kReadOnly fails when the file does not exist.
  static Expected<Store> Open(const std::string& path, const text::TextAnalyzer* text,
                              Mode mode = Mode::kReadWrite);

  SqliteDb& db() { return db_; }
  const std::string& path() const { return path_; }
  bool has_full_text() const { return terms_ != nullptr; }
  // Where the ingester hands the full-text tokenizer the analysis' tokens of the text it is
  // about to index; nullptr without full-text search.
  TokenHandoff* token_handoff() { return handoff_.get(); }

  Expected<StoreStats> Stats();

  // Rebuilds the full-text index from the stored texts (after the tokenizer's segmenter or
  // normaliser changed); requires a store opened with the text stage.
  Status RebuildFullText();

  // Runs fn inside one transaction: committed when it returns Ok, rolled back otherwise.
  template <typename Fn>
  Status InTransaction(Fn&& fn) {
    Status begin = db_.Execute("BEGIN IMMEDIATE");
    if (!begin.ok()) return begin;
    Status result = fn();
    if (!result.ok()) {
      (void)db_.Execute("ROLLBACK");
      return result;
    }
    return db_.Execute("COMMIT");
  }

 private:
  Store(SqliteDb db, std::unique_ptr<IndexTerms> terms, std::unique_ptr<TokenHandoff> handoff,
        std::string path)
      : terms_(std::move(terms)),
        handoff_(std::move(handoff)),
        db_(std::move(db)),
        path_(std::move(path)) {}
  // Before db_: the connection's tokenizer points at these.
  std::unique_ptr<IndexTerms> terms_;
  std::unique_ptr<TokenHandoff> handoff_;
  SqliteDb db_;
  std::string path_;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_STORE_H_
