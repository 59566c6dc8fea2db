#include "serve/api.h"

#include <nlohmann/json.hpp>

#include "events/csv_table.h"
#include "store/exporter.h"
#include "store/searcher.h"

namespace marsad::serve {
namespace {

using nlohmann::json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A non-negative integer parameter, or the fallback when absent; nullopt when malformed.
std::optional<int> IntParam(const HttpRequest& request, const std::string& name, int fallback,
                            int max) {
  const std::string value = request.Param(name);
  if (value.empty()) return fallback;
  if (value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::min(std::stoi(value), max);
}

bool IsDateOrEmpty(const std::string& value) {
  if (value.empty()) return true;
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return false;
  }
  return true;
}

// The dates and the page of results a listing asks for: from, to, limit, offset.
struct Window {
  std::string from;  // YYYY-MM-DD or empty
  std::string to;
  int limit = 0;
  int offset = 0;
};
struct WindowBounds {
  int default_limit;
  int max_limit;
  int max_offset;
};

Expected<Window> ReadWindow(const HttpRequest& request, const WindowBounds& bounds) {
  auto limit = IntParam(request, "limit", bounds.default_limit, bounds.max_limit);
  auto offset = IntParam(request, "offset", 0, bounds.max_offset);
  if (!limit || !offset) return Status::Error("limit and offset are numbers");
  Window window{request.Param("from"), request.Param("to"), *limit, *offset};
  if (!IsDateOrEmpty(window.from) || !IsDateOrEmpty(window.to)) {
    return Status::Error("from and to are dates YYYY-MM-DD");
  }
  return window;
}

// The CAMEO codebook as {"code": {"en": name, "goldstein": value}}; {} when unreadable.
std::string CameoJson(const std::string& cameo_csv) {
  json out = json::object();
  auto table = events::CsvTable::ReadFile(cameo_csv);
  if (table.ok()) {
    const int code = table->Column("code");
    const int name = table->Column("name");
    const int goldstein = table->Column("goldstein");
    for (size_t row = 0; row < table->size(); ++row) {
      std::string key(table->Field(row, code));
      if (key.empty()) continue;
      out[key] = {{"en", std::string(table->Field(row, name))},
                  {"goldstein", std::string(table->Field(row, goldstein))}};
    }
  }
  return Dump(out);
}

}  // namespace

Api::Api(StorePool* stores, StaticFiles files, const std::string& cameo_csv)
    : stores_(stores), files_(std::move(files)), cameo_json_(CameoJson(cameo_csv)) {}

HttpResponse Api::Handle(const HttpRequest& request) const {
  const std::string& path = request.path;
  if (path == "/api/cameo") return HttpResponse::Json(cameo_json_);
  if (path.rfind("/api/", 0) != 0) return files_.Get(path);
  StorePool::Lease store = stores_->Borrow();
  return HandleApi(request, store.get());
}

HttpResponse Api::HandleApi(const HttpRequest& request, store::Store* store) const {
  const std::string& path = request.path;
  if (path == "/api/stats") return Stats(store);
  if (path == "/api/search") return Search(request, store);
  if (path == "/api/events") return Events(request, store);
  if (path == "/api/stories") return Stories(request, store);
  if (path.rfind("/api/articles/", 0) == 0) return Article(path.substr(14), store);
  return HttpResponse::Error(404, "no such API: " + path);
}

HttpResponse Api::Stats(store::Store* store) const {
  auto stats = store->Stats();
  if (!stats.ok()) return HttpResponse::Error(500, stats.status().message());
  return HttpResponse::Json(stats->ToJson());
}

HttpResponse Api::Search(const HttpRequest& request, store::Store* store) const {
  store::SearchFilters filters;
  filters.outlet = request.Param("outlet");
  filters.actor = request.Param("actor");
  filters.code = request.Param("code");
  auto window = ReadWindow(request, {20, 200, 1000000});
  if (!window.ok()) return HttpResponse::Error(400, window.status().message());
  filters.from = window->from;
  filters.to = window->to;
  filters.limit = window->limit;
  filters.offset = window->offset;
  const std::string query = request.Param("q");
  auto hits = store::Searcher(store).Search(query, filters);
  if (!hits.ok()) return HttpResponse::Error(400, hits.status().message());
  json out{{"query", query}, {"hits", json::array()}};
  for (const store::SearchHit& hit : *hits) out["hits"].push_back(store::SearchHitJson(hit));
  return HttpResponse::Json(Dump(out));
}

HttpResponse Api::Article(const std::string& id, store::Store* store) const {
  if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos) {
    return HttpResponse::Error(400, "an article id is a number");
  }
  auto row = store->db().Prepare(
      "SELECT record, text, duplicate_group, COALESCE(story, 0), COALESCE(url, ''),"
      " COALESCE(outlet, ''), COALESCE(title, ''), COALESCE(published, '') FROM articles"
      " WHERE id = ?1");
  if (!row.ok()) return HttpResponse::Error(500, row.status().message());
  row->Bind(1, static_cast<int64_t>(std::stoll(id)));
  if (!row->Step()) return HttpResponse::Error(404, "no article " + id);
  json out{{"store_id", std::stoll(id)}};
  json record = json::parse(row->Text(0), nullptr, false);
  out["analysis"] = record.is_discarded() ? json::object() : record;
  out["text"] = std::string(row->Text(1));
  out["duplicate_group"] = row->Int(2);
  out["story"] = row->Int(3);
  out["url"] = std::string(row->Text(4));
  out["outlet"] = std::string(row->Text(5));
  out["title"] = std::string(row->Text(6));
  out["published"] = std::string(row->Text(7));
  auto duplicates = store->db().Prepare(
      "SELECT id, COALESCE(outlet, ''), COALESCE(url, '') FROM articles"
      " WHERE duplicate_group = ?1 AND id != ?2 ORDER BY id LIMIT 50");
  if (duplicates.ok()) {
    duplicates->Bind(1, row->Int(2)).Bind(2, static_cast<int64_t>(std::stoll(id)));
    out["duplicates"] = json::array();
    while (duplicates->Step()) {
      out["duplicates"].push_back({{"store_id", duplicates->Int(0)},
                                   {"outlet", duplicates->Text(1)},
                                   {"url", duplicates->Text(2)}});
    }
  }
  return HttpResponse::Json(Dump(out));
}

HttpResponse Api::Events(const HttpRequest& request, store::Store* store) const {
  store::EventQuery query;
  query.code = request.Param("code");
  query.actor = request.Param("actor");
  auto window = ReadWindow(request, {100, 1000, 100000000});
  if (!window.ok()) return HttpResponse::Error(400, window.status().message());
  query.from = window->from;
  query.to = window->to;
  query.limit = window->limit;
  query.offset = window->offset;
  auto events = store::ReadEvents(store, query);
  if (!events.ok()) return HttpResponse::Error(500, events.status().message());
  json out{{"events", json::array()}};
  for (const store::EventRecord& event : *events) {
    out["events"].push_back(store::EventRecordJson(event));
  }
  return HttpResponse::Json(Dump(out));
}

HttpResponse Api::Stories(const HttpRequest& request, store::Store* store) const {
  auto limit = IntParam(request, "limit", 50, 500);
  if (!limit) return HttpResponse::Error(400, "limit is a number");
  auto stories = store->db().Prepare(
      "SELECT id, title, first_seen, last_seen, num_articles, num_outlets FROM stories"
      " ORDER BY num_articles DESC, id LIMIT ?1");
  auto members = store->db().Prepare(
      "SELECT id, doc_id, COALESCE(outlet, ''), COALESCE(published, ''), COALESCE(title, '')"
      " FROM articles WHERE story = ?1 ORDER BY published, id LIMIT 100");
  if (!stories.ok()) return HttpResponse::Error(500, stories.status().message());
  if (!members.ok()) return HttpResponse::Error(500, members.status().message());
  stories->Bind(1, int64_t{*limit});
  json out{{"stories", json::array()}};
  while (stories->Step()) {
    json story{{"id", stories->Int(0)},           {"title", stories->Text(1)},
               {"first_seen", stories->Text(2)},  {"last_seen", stories->Text(3)},
               {"num_articles", stories->Int(4)}, {"num_outlets", stories->Int(5)},
               {"articles", json::array()}};
    members->Bind(1, stories->Int(0));
    while (members->Step()) {
      story["articles"].push_back({{"store_id", members->Int(0)},
                                   {"id", members->Text(1)},
                                   {"outlet", members->Text(2)},
                                   {"published", members->Text(3)},
                                   {"title", members->Text(4)}});
    }
    members->Reset();
    out["stories"].push_back(std::move(story));
  }
  return HttpResponse::Json(Dump(out));
}

}  // namespace marsad::serve
