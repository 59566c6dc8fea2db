#include "store/searcher.h"

#include "store/search_query.h"

namespace marsad::store {
nlohmann::json SearchHitJson(const SearchHit& hit) {
  return nlohmann::json{
      {"store_id", hit.article_id}, {"id", hit.doc_id},      {"url", hit.url},
      {"outlet", hit.outlet},       {"title", hit.title},    {"published", hit.published},
      {"score", hit.score},         {"snippet", hit.snippet}};
}

Expected<std::vector<SearchHit>> Searcher::Search(const std::string& query,
                                                  const SearchFilters& filters) const {
  const bool full_text = query.find_first_not_of(" \t\r\n") != std::string::npos;
  std::string match;
  if (full_text) {
    if (!store_->has_full_text()) return Status::Error("this store was opened without search");
    auto parsed = ParseSearchQuery(query);
    if (!parsed.ok()) return parsed.status();
    match = parsed->ToFts5();
  }
  const bool filtered = !filters.outlet.empty() || !filters.from.empty() || !filters.to.empty() ||
                        !filters.actor.empty() || !filters.code.empty();
  // Step 1: the ids of the best hits, and their BM25 rank (the table's rank is BM25 with the
  // title weighted 4:1). Without filters FTS5 ranks and limits on its own, which is fastest.
  std::string sql;
  if (full_text && !filtered) {
    sql =
        "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?3"
        " ORDER BY rank LIMIT ?9 OFFSET ?10";
  } else {
    sql = full_text ? "SELECT a.id, articles_fts.rank FROM articles_fts"
                      " JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?3"
                    : "SELECT a.id, 0 FROM articles a WHERE 1";
    if (!filters.outlet.empty()) sql += " AND a.outlet = ?4";
    if (!filters.from.empty()) sql += " AND a.published >= ?5";
    if (!filters.to.empty()) sql += " AND a.published <= ?6";
    if (!filters.actor.empty()) {
      sql +=
          " AND (EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.actor LIKE ?7"
          " ESCAPE '\\') OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND"
          " (v.source_actor LIKE ?7 ESCAPE '\\' OR v.target_actor LIKE ?7 ESCAPE '\\')))";
    }
    if (!filters.code.empty()) {
      sql +=
          " AND EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.code LIKE ?8"
          " ESCAPE '\\')";
    }
    sql += full_text ? " ORDER BY articles_fts.rank" : " ORDER BY a.published DESC, a.id DESC";
    sql += " LIMIT ?9 OFFSET ?10";
  }
  auto statement = store_->db().Prepare(sql);
  if (!statement.ok()) return statement.status();
  Statement& s = *statement;
  if (full_text) s.Bind(3, match);
  if (!filters.outlet.empty()) s.Bind(4, filters.outlet);
  if (!filters.from.empty()) s.Bind(5, filters.from);
  // A date-only upper bound includes the whole day (published may carry a time).
  if (!filters.to.empty()) s.Bind(6, filters.to.size() == 10 ? filters.to + "~" : filters.to);
  if (!filters.actor.empty()) s.Bind(7, LikePrefix(filters.actor));
  if (!filters.code.empty()) s.Bind(8, LikePrefix(filters.code));
  s.Bind(9, int64_t{filters.limit > 0 ? filters.limit : 20});
  s.Bind(10, int64_t{filters.offset > 0 ? filters.offset : 0});
  std::vector<SearchHit> hits;
  while (s.Step()) {
    SearchHit hit;
    hit.article_id = s.Int(0);
    hit.score = s.Double(1);
    hits.push_back(std::move(hit));
  }
  if (!s.status().ok()) return Status::Error("search failed: " + s.status().message());

  // Step 2: each hit's metadata and snippet.
  auto metadata = store_->db().Prepare(
      "SELECT doc_id, COALESCE(url, ''), COALESCE(outlet, ''), COALESCE(title, ''),"
      " COALESCE(published, ''), substr(text, 1, 200) FROM articles WHERE id = ?1");
  if (!metadata.ok()) return metadata.status();
  auto snippet = store_->db().Prepare(
      "SELECT marsad_snippet(articles_fts, 1, ?1, ?2, '…', 24) FROM articles_fts"
      " WHERE articles_fts MATCH ?3 AND rowid = ?4");
  if (!snippet.ok()) return snippet.status();
  for (SearchHit& hit : hits) {
    metadata->Bind(1, hit.article_id);
    if (metadata->Step()) {
      hit.doc_id = metadata->Text(0);
      hit.url = metadata->Text(1);
      hit.outlet = metadata->Text(2);
      hit.title = metadata->Text(3);
      hit.published = metadata->Text(4);
      hit.snippet = metadata->Text(5);
    }
    metadata->Reset();
    if (!full_text) continue;
    snippet->Bind(1, std::string_view(kHighlightOpen)).Bind(2, std::string_view(kHighlightClose));
    snippet->Bind(3, match).Bind(4, hit.article_id);
    if (snippet->Step()) hit.snippet = snippet->Text(0);
    snippet->Reset();
  }
  return hits;
}

}  // namespace marsad::store
