#include "store/exporter.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace marsad::store {
namespace {

using nlohmann::json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += CsvField(fields[i]);
  }
  return out;
}

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

void Write(std::FILE* out, const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), out);
  std::fputc('\n', out);
}

// Article-level events, or corpus events with the details of their first mention that has
// the corpus event's code.
constexpr const char* kArticleEvents =
    "SELECT e.id, COALESCE(NULLIF(e.date, ''), a.published, ''), e.source_actor, e.source_text,"
    " e.target_actor, e.target_text, e.code, e.quad_class, e.goldstein, e.num_mentions, 1, 1,"
    " e.sentence_index = 0, e.polarity, e.modality, COALESCE(a.url, ''),"
    " COALESCE(a.outlet, ''), a.doc_id, a.ingested_at, a.id"
    " FROM events e JOIN articles a ON a.id = e.article_id WHERE 1";
constexpr const char* kCorpusEvents =
    "SELECT c.id, c.first_seen, c.source, e.source_text, c.target, e.target_text, c.code,"
    " e.quad_class, e.goldstein, c.num_mentions, c.num_sources, c.num_articles,"
    " e.sentence_index = 0, e.polarity, e.modality, COALESCE(a.url, ''),"
    " COALESCE(a.outlet, ''), a.doc_id, a.ingested_at, a.id"
    " FROM corpus_events c"
    " JOIN events e ON e.id = COALESCE("
    "   (SELECT min(m.event_id) FROM corpus_event_mentions m JOIN events x ON x.id = m.event_id"
    "    WHERE m.corpus_event_id = c.id AND x.code = c.code),"
    "   (SELECT min(m.event_id) FROM corpus_event_mentions m WHERE m.corpus_event_id = c.id))"
    " JOIN articles a ON a.id = e.article_id WHERE 1";

}  // namespace

nlohmann::json EventRecordJson(const EventRecord& e) {
  return json{{"id", e.id},
              {"date", e.date},
              {"source", {{"actor", e.source_actor}, {"text", e.source_text}}},
              {"target", {{"actor", e.target_actor}, {"text", e.target_text}}},
              {"code", e.code},
              {"quad_class", e.quad_class},
              {"goldstein", e.goldstein},
              {"num_mentions", e.num_mentions},
              {"num_sources", e.num_sources},
              {"num_articles", e.num_articles},
              {"root_event", e.root_event},
              {"polarity", e.polarity},
              {"modality", e.modality},
              {"article", e.article},
              {"article_id", e.article_id},
              {"outlet", e.outlet},
              {"url", e.url}};
}

namespace {

Expected<size_t> ExportEvents(Store* store, ExportFormat format, std::FILE* out) {
  EventQuery query;
  query.happened_only = format == ExportFormat::kGdelt;
  auto events = ReadEvents(store, query);
  if (!events.ok()) return events.status();
  if (format == ExportFormat::kCsv) {
    Write(out,
          "id,date,source_actor,source_text,target_actor,target_text,code,quad_class,goldstein,"
          "num_mentions,num_sources,num_articles,root_event,polarity,modality,article,outlet,url");
  }
  for (const EventRecord& e : *events) {
    if (format == ExportFormat::kGdelt) {
      Write(out, FormatGdeltRow(e));
    } else if (format == ExportFormat::kJsonl) {
      Write(out, Dump(EventRecordJson(e)));
    } else {
      Write(out,
            CsvLine({std::to_string(e.id), e.date, e.source_actor, e.source_text, e.target_actor,
                     e.target_text, e.code, std::to_string(e.quad_class), Number(e.goldstein),
                     std::to_string(e.num_mentions), std::to_string(e.num_sources),
                     std::to_string(e.num_articles), e.root_event ? "1" : "0", e.polarity,
                     e.modality, e.article, e.outlet, e.url}));
    }
  }
  return events->size();
}

Expected<size_t> ExportArticles(Store* store, ExportFormat format, std::FILE* out) {
  auto rows = store->db().Prepare(
      "SELECT a.id, a.doc_id, a.input, COALESCE(a.url, ''), COALESCE(a.outlet, ''),"
      " COALESCE(a.title, ''), COALESCE(a.published, ''), a.content_hash, a.duplicate_group,"
      " COALESCE(a.story, 0), a.record,"
      " (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),"
      " (SELECT count(*) FROM entities s WHERE s.article_id = a.id),"
      " (SELECT count(*) FROM events s WHERE s.article_id = a.id)"
      " FROM articles a ORDER BY a.id");
  if (!rows.ok()) return rows.status();
  if (format == ExportFormat::kCsv) {
    Write(out,
          "id,doc_id,input,url,outlet,title,published,content_hash,duplicate_group,story,"
          "sentences,entities,events");
  }
  size_t count = 0;
  while (rows->Step()) {
    ++count;
    if (format == ExportFormat::kJsonl) {
      // The analysis record of docs/OUTPUT.md, with the store's keys added.
      json record = json::parse(rows->Text(10), nullptr, false);
      if (record.is_discarded()) record = json::object();
      record["store_id"] = rows->Int(0);
      record["content_hash"] = std::string(rows->Text(7));
      record["duplicate_group"] = rows->Int(8);
      if (rows->Int(9) > 0) record["story"] = rows->Int(9);
      Write(out, Dump(record));
    } else {
      std::vector<std::string> fields;
      fields.reserve(13);
      for (int column = 0; column < 10; ++column) fields.emplace_back(rows->Text(column));
      for (int column = 11; column < 14; ++column) fields.emplace_back(rows->Text(column));
      Write(out, CsvLine(fields));
    }
  }
  if (!rows->status().ok()) return rows->status();
  return count;
}

Expected<size_t> ExportQuotes(Store* store, ExportFormat format, std::FILE* out) {
  auto rows = store->db().Prepare(
      "SELECT q.id, a.doc_id, COALESCE(a.url, ''), COALESCE(a.outlet, ''),"
      " COALESCE(a.published, ''), q.speaker_text, q.speaker_actor, q.cue, q.start, q.end, q.text"
      " FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id");
  if (!rows.ok()) return rows.status();
  static const std::vector<std::string> kColumns = {
      "id",  "article", "url", "outlet", "published", "speaker_text", "speaker_actor",
      "cue", "start",   "end", "text"};
  if (format == ExportFormat::kCsv) Write(out, CsvLine(kColumns));
  size_t count = 0;
  while (rows->Step()) {
    ++count;
    if (format == ExportFormat::kJsonl) {
      json record{{"id", rows->Int(0)},
                  {"article", rows->Text(1)},
                  {"url", rows->Text(2)},
                  {"outlet", rows->Text(3)},
                  {"published", rows->Text(4)},
                  {"speaker", {{"text", rows->Text(5)}, {"actor", rows->Text(6)}}},
                  {"cue", rows->Text(7)},
                  {"start", rows->Int(8)},
                  {"end", rows->Int(9)},
                  {"text", rows->Text(10)}};
      Write(out, Dump(record));
    } else {
      std::vector<std::string> fields;
      fields.reserve(11);
      for (int column = 0; column < 11; ++column) fields.emplace_back(rows->Text(column));
      Write(out, CsvLine(fields));
    }
  }
  if (!rows->status().ok()) return rows->status();
  return count;
}

}  // namespace

Expected<ExportTable> ParseExportTable(const std::string& name) {
  if (name == "events") return ExportTable::kEvents;
  if (name == "articles") return ExportTable::kArticles;
  if (name == "quotes") return ExportTable::kQuotes;
  return Status::Error("unknown table '" + name + "': events, articles or quotes");
}

Expected<ExportFormat> ParseExportFormat(const std::string& name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "gdelt") return ExportFormat::kGdelt;
  return Status::Error("unknown format '" + name + "': jsonl, csv or gdelt");
}

Expected<std::vector<EventRecord>> ReadEvents(Store* store, const EventQuery& query) {
  auto corpus = store->db().QueryInt("SELECT count(*) FROM corpus_events");
  if (!corpus.ok()) return corpus.status();
  const bool merged = *corpus > 0;
  std::string sql = merged ? kCorpusEvents : kArticleEvents;
  const std::string code = merged ? "c.code" : "e.code";
  const std::string source = merged ? "c.source" : "e.source_actor";
  const std::string target = merged ? "c.target" : "e.target_actor";
  const std::string date = merged ? "c.first_seen" : "COALESCE(NULLIF(e.date, ''), a.published)";
  if (!query.code.empty()) sql += " AND " + code + " LIKE ?1 ESCAPE '\\'";
  if (!query.actor.empty()) {
    sql += " AND (" + source + " LIKE ?2 ESCAPE '\\' OR " + target + " LIKE ?2 ESCAPE '\\')";
  }
  if (query.happened_only) {
    sql += merged ? " AND c.num_mentions > 0"
                  : " AND e.polarity = 'asserted' AND e.modality IN ('actual', 'reported')";
  }
  if (!query.from.empty()) sql += " AND " + date + " >= ?3";
  if (!query.to.empty()) sql += " AND " + date + " <= ?4";
  sql += merged ? " ORDER BY c.id" : " ORDER BY e.id";
  sql += " LIMIT ?5 OFFSET ?6";
  auto rows = store->db().Prepare(sql);
  if (!rows.ok()) return rows.status();
  if (!query.code.empty()) rows->Bind(1, LikePrefix(query.code));
  if (!query.actor.empty()) rows->Bind(2, LikePrefix(query.actor));
  if (!query.from.empty()) rows->Bind(3, query.from);
  if (!query.to.empty()) rows->Bind(4, query.to);
  rows->Bind(5, query.limit > 0 ? query.limit : int64_t{-1});
  rows->Bind(6, query.offset > 0 ? query.offset : int64_t{0});
  std::vector<EventRecord> events;
  while (rows->Step()) {
    EventRecord e;
    e.id = rows->Int(0);
    e.date = rows->Text(1);
    e.source_actor = rows->Text(2);
    e.source_text = rows->Text(3);
    e.target_actor = rows->Text(4);
    e.target_text = rows->Text(5);
    e.code = rows->Text(6);
    e.quad_class = static_cast<int>(rows->Int(7));
    e.goldstein = rows->Double(8);
    e.num_mentions = rows->Int(9);
    e.num_sources = rows->Int(10);
    e.num_articles = rows->Int(11);
    e.root_event = rows->Int(12) != 0;
    e.polarity = rows->Text(13);
    e.modality = rows->Text(14);
    e.url = rows->Text(15);
    e.outlet = rows->Text(16);
    e.article = rows->Text(17);
    e.ingested_at = rows->Text(18);
    e.article_id = rows->Int(19);
    events.push_back(std::move(e));
  }
  if (!rows->status().ok()) return rows->status();
  return events;
}

Expected<size_t> Export(Store* store, ExportTable table, ExportFormat format, std::FILE* out) {
  if (format == ExportFormat::kGdelt && table != ExportTable::kEvents) {
    return Status::Error("the gdelt format is for events only");
  }
  switch (table) {
    case ExportTable::kEvents:
      return ExportEvents(store, format, out);
    case ExportTable::kArticles:
      return ExportArticles(store, format, out);
    case ExportTable::kQuotes:
      return ExportQuotes(store, format, out);
  }
  return Status::Error("unknown table");
}

}  // namespace marsad::store
