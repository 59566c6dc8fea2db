#include "store/store.h"

#include <sys/stat.h>

#include "store/fts_snippet.h"
#include "store/fts_tokenizer.h"

namespace marsad::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  input TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  duplicate_group INTEGER,
  story INTEGER,
  ingested_at TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS articles_by_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_by_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_by_outlet ON articles(outlet, published);
CREATE TABLE IF NOT EXISTS sentences(
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
  end INTEGER NOT NULL, boilerplate INTEGER NOT NULL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entities(
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
  end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_by_actor ON entities(actor);
CREATE TABLE IF NOT EXISTS quotes(
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, speaker_text TEXT NOT NULL,
  speaker_actor TEXT NOT NULL, cue TEXT NOT NULL, start INTEGER NOT NULL,
  end INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, idx INTEGER NOT NULL,
  source_text TEXT NOT NULL, source_actor TEXT NOT NULL,
  target_text TEXT NOT NULL, target_actor TEXT NOT NULL,
  code TEXT NOT NULL, plover TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, polarity TEXT NOT NULL, modality TEXT NOT NULL, date TEXT NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, sentence_index INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_by_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_by_code ON events(code);
CREATE INDEX IF NOT EXISTS events_by_source ON events(source_actor);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target_actor);
CREATE TABLE IF NOT EXISTS errors(
  id INTEGER PRIMARY KEY, input TEXT NOT NULL, reason TEXT NOT NULL, UNIQUE(input, reason));
CREATE TABLE IF NOT EXISTS duplicate_groups(
  group_id INTEGER NOT NULL, article_id INTEGER NOT NULL, similarity REAL NOT NULL,
  PRIMARY KEY(group_id, article_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories(
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL, num_articles INTEGER NOT NULL, num_outlets INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS corpus_events(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, root TEXT NOT NULL,
  code TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
  num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_mentions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS corpus_event_mentions(
  corpus_event_id INTEGER NOT NULL, event_id INTEGER NOT NULL,
  PRIMARY KEY(corpus_event_id, event_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS contradictions(
  id INTEGER PRIMARY KEY, corpus_event_id INTEGER NOT NULL, kind TEXT NOT NULL,
  asserting TEXT NOT NULL, denying TEXT NOT NULL);
)sql";

constexpr const char* kFullTextSchema = R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='marsad_arabic');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(4.0, 1.0)');
)sql";

bool FileExists(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0;
}

}  // namespace

std::string StoreStats::ToJson() const {
  auto field = [](const char* name, int64_t value) {
    return std::string("\"") + name + "\": " + std::to_string(value);
  };
  return "{" + field("articles", articles) + ", " + field("sentences", sentences) + ", " +
         field("entities", entities) + ", " + field("quotes", quotes) + ", " +
         field("events", events) + ", " + field("corpus_events", corpus_events) + ", " +
         field("duplicate_groups", duplicate_groups) + ", " + field("stories", stories) + ", " +
         field("errors", errors) + "}";
}

Expected<Store> Store::Open(const std::string& path, const text::TextAnalyzer* text, Mode mode) {
  const bool read_only = mode == Mode::kReadOnly;
  if (read_only && !FileExists(path)) {
    return Status::Error("no store at " + path + " (create one with `marsad ingest`)");
  }
  auto db = SqliteDb::Open(path, read_only);
  if (!db.ok()) return db.status();
  std::unique_ptr<IndexTerms> terms;
  std::unique_ptr<TokenHandoff> handoff;
  if (text != nullptr) {
    terms = std::make_unique<IndexTerms>(text->normalizer(), text->segmenter());
    handoff = std::make_unique<TokenHandoff>();
    Status registered = RegisterArabicTokenizer(db->handle(), terms.get(), handoff.get());
    if (registered.ok()) registered = RegisterSnippetFunction(db->handle(), terms.get());
    if (!registered.ok()) return registered;
  }
  if (!read_only) {
    for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", kSchema}) {
      Status status = db->Execute(sql);
      if (!status.ok()) return Status::Error(path + ": " + status.message());
    }
    if (text != nullptr) {
      Status status = db->Execute(kFullTextSchema);
      if (!status.ok()) return Status::Error(path + ": " + status.message());
    }
  } else {
    auto has_articles = db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'articles'");
    if (!has_articles.ok()) return Status::Error(path + ": " + has_articles.status().message());
    if (*has_articles == 0) return Status::Error(path + " is not a marsad store");
  }
  (void)db->Execute("PRAGMA cache_size=-65536");
  return Store(std::move(db).value(), std::move(terms), std::move(handoff), path);
}

Status Store::RebuildFullText() {
  if (!has_full_text()) return Status::Error("this store was opened without full-text search");
  return InTransaction(
      [&] { return db_.Execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')"); });
}

Expected<StoreStats> Store::Stats() {
  StoreStats stats;
  struct Count {
    int64_t* field;
    const char* sql;
  };
  const Count counts[] = {
      {&stats.articles, "SELECT count(*) FROM articles"},
      {&stats.sentences, "SELECT count(*) FROM sentences"},
      {&stats.entities, "SELECT count(*) FROM entities"},
      {&stats.quotes, "SELECT count(*) FROM quotes"},
      {&stats.events, "SELECT count(*) FROM events"},
      {&stats.corpus_events, "SELECT count(*) FROM corpus_events"},
      {&stats.duplicate_groups, "SELECT count(DISTINCT group_id) FROM duplicate_groups"},
      {&stats.stories, "SELECT count(*) FROM stories"},
      {&stats.errors, "SELECT count(*) FROM errors"},
  };
  for (const Count& count : counts) {
    auto value = db_.QueryInt(count.sql);
    if (!value.ok()) return value.status();
    *count.field = *value;
  }
  return stats;
}

}  // namespace marsad::store
