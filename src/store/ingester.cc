#include "store/ingester.h"

#include <xxhash.h>

#include <cstdio>
#include <ctime>

#include "pipeline/record_json.h"

namespace marsad::store {

struct Ingester::Statements {
  Statement by_url;
  Statement by_hash_without_url;
  Statement group_of_hash;
  Statement article;
  Statement full_text;
  Statement sentence;
  Statement entity;
  Statement quote;
  Statement event;
  Statement error;
};

namespace {

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm utc;
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

void BindOptional(Statement& statement, int index, const std::string& value) {
  if (value.empty()) {
    statement.BindNull(index);
  } else {
    statement.Bind(index, value);
  }
}

Expected<Statement> Prepare(Store* store, const char* sql) { return store->db().Prepare(sql); }

}  // namespace

std::string ContentHash(std::string_view text) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return hex;
}

Ingester::Ingester(Store* store, size_t batch_size) : store_(store), batch_size_(batch_size) {}

Ingester::~Ingester() {
  if (in_transaction_) (void)store_->db().Execute("ROLLBACK");
}

Status Ingester::Begin() {
  if (statements_ == nullptr) {
    auto statements = std::make_unique<Statements>();
    const std::pair<Statement*, const char*> all[] = {
        {&statements->by_url, "SELECT id FROM articles WHERE url = ?1"},
        {&statements->by_hash_without_url,
         "SELECT id FROM articles WHERE content_hash = ?1 AND url IS NULL"},
        {&statements->group_of_hash,
         "SELECT duplicate_group FROM articles WHERE content_hash = ?1 LIMIT 1"},
        // An article in no duplicate group yet starts its own (group = its id, the next rowid;
        // set here rather than by an UPDATE, which would rewrite the whole row).
        {&statements->article,
         "INSERT INTO articles(id, doc_id, input, url, outlet, title, published, content_hash,"
         " text, record, duplicate_group, ingested_at)"
         " SELECT next_id, ?1,?2,?3,?4,?5,?6,?7,?8,?9, COALESCE(?10, next_id), ?11"
         " FROM (SELECT COALESCE(max(id), 0) + 1 AS next_id FROM articles)"},
        {&statements->full_text,
         store_->has_full_text() ? "INSERT INTO articles_fts(rowid, title, text) VALUES(?1, ?2, ?3)"
                                 : "SELECT 1"},
        {&statements->sentence,
         "INSERT INTO sentences(article_id, idx, start, end, boilerplate) VALUES(?1,?2,?3,?4,?5)"},
        {&statements->entity,
         "INSERT INTO entities(article_id, idx, start, end, text, type, actor, name)"
         " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"},
        {&statements->quote,
         "INSERT INTO quotes(article_id, speaker_text, speaker_actor, cue, start, end, text)"
         " VALUES(?1,?2,?3,?4,?5,?6,?7)"},
        {&statements->event,
         "INSERT INTO events(article_id, idx, source_text, source_actor, target_text,"
         " target_actor, code, plover, quad_class, goldstein, polarity, modality, date,"
         " sentence_start, sentence_end, cue_start, cue_end, sentence_index, num_mentions)"
         " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)"},
        {&statements->error, "INSERT OR IGNORE INTO errors(input, reason) VALUES(?1, ?2)"},
    };
    for (const auto& [statement, sql] : all) {
      auto prepared = Prepare(store_, sql);
      if (!prepared.ok()) return prepared.status();
      *statement = std::move(prepared).value();
    }
    statements_ = std::move(statements);
    now_ = UtcNow();
  }
  if (in_transaction_) return Status::Ok();
  Status status = store_->db().Execute("BEGIN IMMEDIATE");
  if (status.ok()) in_transaction_ = true;
  return status;
}

Status Ingester::AfterItem() {
  if (++in_batch_ < batch_size_) return Status::Ok();
  return Finish();
}

Status Ingester::Finish() {
  in_batch_ = 0;
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  return store_->db().Execute("COMMIT");
}

Status Ingester::AddFailure(const ReadFailure& failure) {
  Status status = Begin();
  if (!status.ok()) return status;
  status = statements_->error.Bind(1, failure.input).Bind(2, failure.reason).Run();
  if (!status.ok()) return status;
  ++counts_.failed;
  return AfterItem();
}

bool Ingester::IsStored(const Article& article) {
  if (!Begin().ok()) return false;
  Statements& s = *statements_;
  const std::string hash = article.url.empty() ? ContentHash(article.text) : "";
  Statement& lookup = article.url.empty() ? s.by_hash_without_url : s.by_url;
  lookup.Bind(1, article.url.empty() ? std::string_view(hash) : std::string_view(article.url));
  const bool stored = lookup.Step();
  lookup.Reset();
  return stored;
}

Status Ingester::Add(const Analysis& analysis) {
  Status status = Begin();
  if (!status.ok()) return status;
  status = Insert(analysis);
  if (!status.ok()) return status;
  return AfterItem();
}

Status Ingester::Insert(const Analysis& a) {
  Statements& s = *statements_;
  const std::string& url = a.article.url.empty() ? a.url : a.article.url;
  const std::string hash = ContentHash(a.article.text);
  Statement& lookup = url.empty() ? s.by_hash_without_url : s.by_url;
  lookup.Bind(1, url.empty() ? std::string_view(hash) : std::string_view(url));
  const bool stored = lookup.Step();
  Status status = lookup.status();
  lookup.Reset();
  if (!status.ok()) return status;
  if (stored) {
    ++counts_.skipped;
    return Status::Ok();
  }

  s.group_of_hash.Bind(1, hash);
  const bool has_group = s.group_of_hash.Step() && !s.group_of_hash.IsNull(0);
  const int64_t group = has_group ? s.group_of_hash.Int(0) : 0;
  s.group_of_hash.Reset();

  std::string record;
  pipeline::AppendRecordJson(a, pipeline::RecordOptions{}, &record);
  const std::string& outlet = a.outlet.empty() ? a.article.outlet : a.outlet;
  const std::string& title = a.title.empty() ? a.article.title : a.title;
  const std::string& published = a.published.empty() ? a.article.published : a.published;
  s.article.Bind(1, a.article.id).Bind(2, a.article.input);
  BindOptional(s.article, 3, url);
  BindOptional(s.article, 4, outlet);
  BindOptional(s.article, 5, title);
  BindOptional(s.article, 6, published);
  s.article.Bind(7, hash).Bind(8, a.article.text).Bind(9, record);
  if (has_group) {
    s.article.Bind(10, group);
  } else {
    s.article.BindNull(10);
  }
  s.article.Bind(11, now_);
  if (status = s.article.Run(); !status.ok()) return status;
  const int64_t id = store_->db().LastInsertId();
  if (store_->has_full_text()) {
    // The tokenizer reads the text's terms off the analysis' tokens.
    auto offer = TokenHandoff::Give(store_->token_handoff(), a.article.text, a.tokens);
    s.full_text.Bind(1, id).Bind(2, title).Bind(3, a.article.text);
    if (status = s.full_text.Run(); !status.ok()) return status;
  }
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& sentence = a.sentences[i];
    s.sentence.Bind(1, id).Bind(2, static_cast<int64_t>(i));
    s.sentence.Bind(3, int64_t{sentence.span.start}).Bind(4, int64_t{sentence.span.end});
    s.sentence.Bind(5, int64_t{sentence.boilerplate});
    if (status = s.sentence.Run(); !status.ok()) return status;
  }
  const std::string_view text = a.text();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    s.entity.Bind(1, id).Bind(2, static_cast<int64_t>(i));
    s.entity.Bind(3, int64_t{e.span.start}).Bind(4, int64_t{e.span.end});
    s.entity.Bind(5, e.span.of(text)).Bind(6, e.type).Bind(7, e.actor).Bind(8, e.name);
    if (status = s.entity.Run(); !status.ok()) return status;
  }
  for (const Quote& q : a.quotes) {
    s.quote.Bind(1, id).Bind(2, q.speaker.text).Bind(3, q.speaker.actor).Bind(4, q.cue);
    s.quote.Bind(5, int64_t{q.span.start}).Bind(6, int64_t{q.span.end}).Bind(7, q.span.of(text));
    if (status = s.quote.Run(); !status.ok()) return status;
  }
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    int64_t sentence_index = 0;
    for (size_t k = 0; k < a.sentences.size(); ++k) {
      if (a.sentences[k].span.contains(e.sentence) || a.sentences[k].span.overlaps(e.sentence)) {
        sentence_index = static_cast<int64_t>(k);
        break;
      }
    }
    s.event.Bind(1, id).Bind(2, static_cast<int64_t>(i));
    s.event.Bind(3, e.source.text).Bind(4, e.source.actor);
    s.event.Bind(5, e.target.text).Bind(6, e.target.actor);
    s.event.Bind(7, e.code).Bind(8, e.plover).Bind(9, int64_t{e.quad_class});
    s.event.Bind(10, e.goldstein).Bind(11, e.polarity).Bind(12, e.modality).Bind(13, e.date);
    s.event.Bind(14, int64_t{e.sentence.start}).Bind(15, int64_t{e.sentence.end});
    s.event.Bind(16, int64_t{e.cue.start}).Bind(17, int64_t{e.cue.end});
    s.event.Bind(18, sentence_index);
    s.event.Bind(19, static_cast<int64_t>(1 + e.mentions.size()));
    if (status = s.event.Run(); !status.ok()) return status;
  }
  ++counts_.stored;
  counts_.bytes += a.article.text.size();
  return Status::Ok();
}

}  // namespace marsad::store
