// The corpus commands: `marsad ingest` (analyse articles into the embedded store, then link
// them), `marsad search`, `marsad stories`, `marsad stats` and `marsad export`.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/progress.h"
#include "pipeline/analyzer.h"
#include "pipeline/batch_runner.h"
#include "read/reader.h"
#include "store/exporter.h"
#include "store/ingester.h"
#include "store/link_pass.h"
#include "store/searcher.h"
#include "store/store.h"

namespace marsad::cli {
namespace {

constexpr const char* kDefaultDb = "marsad.db";

std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

double FileMegabytes(const std::string& path) {
  double total = 0;
  for (const char* suffix : {"", "-wal"}) {
    struct stat info;
    if (stat((path + suffix).c_str(), &info) == 0) total += static_cast<double>(info.st_size);
  }
  return total / 1e6;
}

// Total bytes of the inputs, for the ETA; 0 (no ETA) when archives make it meaningless.
size_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code error;
  for (const std::string& path : paths) {
    std::vector<fs::path> files;
    if (fs::is_directory(path, error)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
        if (entry.is_regular_file(error)) files.push_back(entry.path());
      }
    } else {
      files.emplace_back(path);
    }
    for (const fs::path& file : files) {
      if (file.extension() == ".zip" || file == "-") return 0;
      total += static_cast<size_t>(fs::file_size(file, error));
    }
  }
  return total;
}

// The text stage alone (for the search tokenizer), loaded from the data directory.
Expected<text::TextAnalyzer> LoadText(const CliContext& context) {
  return text::TextAnalyzer::Load(pipeline::ResolveDataDir(context.data_dir_flag));
}

// ---- ingest --------------------------------------------------------------------------------

struct IngestOptions {
  std::vector<std::string> paths;
  std::string db = kDefaultDb;
  std::string published;
  size_t threads = 0;
  size_t batch = 500;
  bool no_link = false;
  bool quiet = false;
};

int RunIngest(const IngestOptions& options, const CliContext& context) {
  auto analyzer = pipeline::Analyzer::Load(pipeline::ResolveDataDir(context.data_dir_flag));
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad ingest: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  auto store = store::Store::Open(options.db, &analyzer->text());
  if (!store.ok()) {
    std::fprintf(stderr, "marsad ingest: %s\n", store.status().message().c_str());
    return 2;
  }
  read::ReadOptions read_options;
  read_options.published = options.published;
  read::Reader reader(read_options);
  store::Ingester ingester(&*store, std::max<size_t>(options.batch, 1));
  Progress progress("ingest", !options.quiet);
  progress.SetTotalBytes(InputBytes(options.paths));
  Status failure;
  size_t already = 0;
  pipeline::BatchRunner runner(*analyzer, pipeline::Depth::kEvents, options.threads,
                               [&](pipeline::AnalysisResult&& result) {
                                 if (!failure.ok()) return;
                                 if (auto* a = std::get_if<Analysis>(&result)) {
                                   progress.Add(1, a->article.text.size());
                                   failure = ingester.Add(*a);
                                 } else {
                                   progress.Add(1, 0);
                                   failure = ingester.AddFailure(std::get<ReadFailure>(result));
                                 }
                               });
  auto submit = [&](ReadResult&& item) {
    if (!failure.ok()) return;
    if (auto* article = std::get_if<Article>(&item); article && ingester.IsStored(*article)) {
      ++already;
      progress.Add(1, article->text.size());
      return;
    }
    runner.Submit(std::move(item));
  };
  for (const std::string& path : options.paths) reader.ReadPath(path, submit);
  runner.Finish();
  if (failure.ok()) failure = ingester.Finish();
  progress.Done();
  const double seconds = progress.Seconds();
  if (!failure.ok()) {
    std::fprintf(stderr, "marsad ingest: %s\n", failure.message().c_str());
    return 2;
  }
  const store::IngestCounts& counts = ingester.counts();
  if (!options.quiet) {
    std::fprintf(stderr,
                 "marsad ingest: %zu articles stored, %zu already in the store, %zu inputs "
                 "could not be read; %.1f MB in %.1f s (%.1f MB/s)\n",
                 counts.stored, counts.skipped + already, counts.failed, counts.bytes / 1e6,
                 seconds, seconds > 0 ? counts.bytes / 1e6 / seconds : 0.0);
  }
  if (!options.no_link) {
    auto start = std::chrono::steady_clock::now();
    auto linked = store::RunLinkPass(&*store);
    if (!linked.ok()) {
      std::fprintf(stderr, "marsad ingest: linking failed: %s\n",
                   linked.status().message().c_str());
      return 2;
    }
    if (!options.quiet) {
      std::fprintf(stderr,
                   "marsad ingest: linked %zu articles: %zu duplicate groups, %zu stories, %zu "
                   "corpus events, %zu contradictions in %.1f s\n",
                   linked->articles, linked->duplicate_groups, linked->stories,
                   linked->corpus_events, linked->contradictions,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
  }
  (void)store->db().Execute("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!options.quiet) {
    std::fprintf(stderr, "marsad ingest: store %s (%.1f MB)\n", options.db.c_str(),
                 FileMegabytes(options.db));
  }
  return counts.stored + counts.skipped + already == 0 && counts.failed > 0 ? 1 : 0;
}

// ---- search --------------------------------------------------------------------------------

struct SearchOptions {
  std::string query;
  std::string db = kDefaultDb;
  store::SearchFilters filters;
  std::string format;
  std::string queries_file;
};

std::string MarkSnippet(const std::string& snippet, const char* open, const char* close) {
  std::string out;
  for (char c : snippet) {
    if (c == store::kHighlightOpen[0]) {
      out += open;
    } else if (c == store::kHighlightClose[0]) {
      out += close;
    } else {
      out.push_back(c == '\n' ? ' ' : c);
    }
  }
  return out;
}

// Runs every line of a file as a query and prints latency percentiles as JSON.
int RunQueryFile(store::Searcher& searcher, const SearchOptions& options) {
  std::ifstream in(options.queries_file);
  if (!in) {
    std::fprintf(stderr, "marsad search: cannot read %s\n", options.queries_file.c_str());
    return 2;
  }
  std::vector<double> millis;
  size_t hits = 0;
  size_t errors = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto start = std::chrono::steady_clock::now();
    auto result = searcher.Search(line, options.filters);
    millis.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    if (result.ok()) {
      hits += result->size();
    } else {
      ++errors;
    }
  }
  std::sort(millis.begin(), millis.end());
  auto percentile = [&](double p) {
    if (millis.empty()) return 0.0;
    size_t index = static_cast<size_t>(std::lround(p * static_cast<double>(millis.size() - 1)));
    return millis[std::min(index, millis.size() - 1)];
  };
  nlohmann::json report{{"queries", millis.size()},
                        {"errors", errors},
                        {"hits", hits},
                        {"p50_ms", percentile(0.5)},
                        {"p95_ms", percentile(0.95)},
                        {"max_ms", millis.empty() ? 0.0 : millis.back()}};
  std::printf("%s\n", Dump(report).c_str());
  return 0;
}

int RunSearch(const SearchOptions& options, const CliContext& context) {
  auto text = LoadText(context);
  if (!text.ok()) {
    std::fprintf(stderr, "marsad search: %s\n", text.status().message().c_str());
    return 2;
  }
  auto store = store::Store::Open(options.db, &*text, store::Store::Mode::kReadOnly);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad search: %s\n", store.status().message().c_str());
    return 2;
  }
  store::Searcher searcher(&*store);
  if (!options.queries_file.empty()) return RunQueryFile(searcher, options);
  auto hits = searcher.Search(options.query, options.filters);
  if (!hits.ok()) {
    std::fprintf(stderr, "marsad search: %s\n", hits.status().message().c_str());
    return 2;
  }
  const bool jsonl = options.format.empty() ? !isatty(STDOUT_FILENO) : options.format == "jsonl";
  const bool tty = isatty(STDOUT_FILENO);
  for (const store::SearchHit& hit : *hits) {
    if (jsonl) {
      nlohmann::json record = store::SearchHitJson(hit);
      record["snippet"] = MarkSnippet(hit.snippet, "«", "»");
      std::printf("%s\n", Dump(record).c_str());
    } else {
      std::printf("[%s %s] %s\n   %s\n   %s\n", hit.outlet.empty() ? "-" : hit.outlet.c_str(),
                  hit.published.empty() ? "-" : hit.published.c_str(),
                  hit.title.empty() ? hit.doc_id.c_str() : hit.title.c_str(),
                  MarkSnippet(hit.snippet, tty ? "\033[1m" : "«", tty ? "\033[0m" : "»").c_str(),
                  hit.url.empty() ? hit.doc_id.c_str() : hit.url.c_str());
    }
  }
  if (!jsonl && hits->empty()) std::fprintf(stderr, "marsad search: no match\n");
  return 0;
}

// ---- stories, stats, export ----------------------------------------------------------------

struct StoriesOptions {
  std::string db = kDefaultDb;
  int limit = 20;
  std::string format;
};

int RunStories(const StoriesOptions& options) {
  auto store = store::Store::Open(options.db, nullptr, store::Store::Mode::kReadOnly);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad stories: %s\n", store.status().message().c_str());
    return 2;
  }
  auto stories = store->db().Prepare(
      "SELECT id, title, first_seen, last_seen, num_articles, num_outlets FROM stories"
      " ORDER BY num_articles DESC, id LIMIT ?1");
  auto articles = store->db().Prepare(
      "SELECT doc_id, COALESCE(outlet, ''), COALESCE(published, ''), COALESCE(title, ''),"
      " COALESCE(url, '') FROM articles WHERE story = ?1 ORDER BY published, id");
  if (!stories.ok() || !articles.ok()) {
    std::fprintf(stderr, "marsad stories: %s\n",
                 (!stories.ok() ? stories.status() : articles.status()).message().c_str());
    return 2;
  }
  const bool jsonl = options.format.empty() ? !isatty(STDOUT_FILENO) : options.format == "jsonl";
  stories->Bind(1, int64_t{options.limit});
  while (stories->Step()) {
    nlohmann::json story{{"id", stories->Int(0)},          {"title", stories->Text(1)},
                         {"first_seen", stories->Text(2)}, {"last_seen", stories->Text(3)},
                         {"articles", stories->Int(4)},    {"outlets", stories->Int(5)}};
    nlohmann::json members = nlohmann::json::array();
    articles->Bind(1, stories->Int(0));
    while (articles->Step()) {
      members.push_back({{"id", articles->Text(0)},
                         {"outlet", articles->Text(1)},
                         {"published", articles->Text(2)},
                         {"title", articles->Text(3)},
                         {"url", articles->Text(4)}});
    }
    articles->Reset();
    if (jsonl) {
      story["members"] = members;
      std::printf("%s\n", Dump(story).c_str());
    } else {
      std::printf("#%lld %s — %s..%s, %lld articles from %lld outlets\n",
                  static_cast<long long>(stories->Int(0)), std::string(stories->Text(1)).c_str(),
                  std::string(stories->Text(2)).c_str(), std::string(stories->Text(3)).c_str(),
                  static_cast<long long>(stories->Int(4)), static_cast<long long>(stories->Int(5)));
      for (const auto& m : members) {
        std::printf("   [%s %s] %s\n", m["outlet"].get<std::string>().c_str(),
                    m["published"].get<std::string>().c_str(),
                    m["title"].get<std::string>().c_str());
      }
    }
  }
  return 0;
}

int RunStats(const std::string& db) {
  auto store = store::Store::Open(db, nullptr, store::Store::Mode::kReadOnly);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad stats: %s\n", store.status().message().c_str());
    return 2;
  }
  auto stats = store->Stats();
  if (!stats.ok()) {
    std::fprintf(stderr, "marsad stats: %s\n", stats.status().message().c_str());
    return 2;
  }
  std::printf("%s\n", stats->ToJson().c_str());
  return 0;
}

int RunReindex(const std::string& db, const CliContext& context) {
  auto text = LoadText(context);
  if (!text.ok()) {
    std::fprintf(stderr, "marsad reindex: %s\n", text.status().message().c_str());
    return 2;
  }
  auto store = store::Store::Open(db, &*text);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad reindex: %s\n", store.status().message().c_str());
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  Status status = store->RebuildFullText();
  if (!status.ok()) {
    std::fprintf(stderr, "marsad reindex: %s\n", status.message().c_str());
    return 2;
  }
  (void)store->db().Execute("PRAGMA wal_checkpoint(TRUNCATE)");
  std::fprintf(stderr, "marsad reindex: full-text index of %s rebuilt in %.1f s\n", db.c_str(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}

struct ExportOptions {
  std::string table;
  std::string format = "jsonl";
  std::string db = kDefaultDb;
  std::string output;
};

int RunExport(const ExportOptions& options) {
  auto table = store::ParseExportTable(options.table);
  auto format = store::ParseExportFormat(options.format);
  if (!table.ok() || !format.ok()) {
    std::fprintf(stderr, "marsad export: %s\n",
                 (!table.ok() ? table.status() : format.status()).message().c_str());
    return 2;
  }
  auto store = store::Store::Open(options.db, nullptr, store::Store::Mode::kReadOnly);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad export: %s\n", store.status().message().c_str());
    return 2;
  }
  std::FILE* out = stdout;
  if (!options.output.empty() && options.output != "-") {
    out = std::fopen(options.output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "marsad export: cannot write %s\n", options.output.c_str());
      return 2;
    }
  }
  auto rows = store::Export(&*store, *table, *format, out);
  const bool written = std::fflush(out) == 0;
  if (out != stdout) std::fclose(out);
  if (!rows.ok() || !written) {
    std::fprintf(stderr, "marsad export: %s\n",
                 rows.ok() ? "write failed" : rows.status().message().c_str());
    return 2;
  }
  if (out != stdout) {
    std::fprintf(stderr, "marsad export: %zu %s written to %s\n", *rows, options.table.c_str(),
                 options.output.c_str());
  }
  return 0;
}

}  // namespace

void AddStoreCommands(CLI::App* app, CliContext* context) {
  auto ingest = std::make_shared<IngestOptions>();
  auto* cmd = app->add_subcommand(
      "ingest", "Analyse articles into the embedded store (SQLite), then link them");
  cmd->add_option("paths", ingest->paths, "Files or folders (.txt .html .json .jsonl .zip)")
      ->required();
  cmd->add_option("--db", ingest->db, "Store file (default: ./marsad.db)");
  cmd->add_option("--published", ingest->published,
                  "Publication date YYYY-MM-DD for inputs that carry none");
  cmd->add_option("-j,--threads", ingest->threads, "Analysis threads (default: all cores)");
  cmd->add_option("--batch", ingest->batch, "Articles per transaction (default: 500)");
  cmd->add_flag("--no-link", ingest->no_link,
                "Skip recomputing duplicate groups, stories and corpus events");
  cmd->add_flag("-q,--quiet", ingest->quiet, "No progress or summary on stderr");
  cmd->callback([ingest, context] { context->exit_code = RunIngest(*ingest, *context); });

  auto search = std::make_shared<SearchOptions>();
  cmd = app->add_subcommand(
      "search",
      "Full-text search (BM25) of the store. Query: words, \"phrases\", a OR b, -excluded");
  cmd->add_option("query", search->query, "The query; empty lists articles by the filters");
  cmd->add_option("--db", search->db, "Store file (default: ./marsad.db)");
  cmd->add_option("--outlet", search->filters.outlet, "Only this outlet, e.g. sabq");
  cmd->add_option("--from", search->filters.from, "Published on or after YYYY-MM-DD");
  cmd->add_option("--to", search->filters.to, "Published on or before YYYY-MM-DD");
  cmd->add_option("--actor", search->filters.actor, "Names this actor code (prefix), e.g. SAU");
  cmd->add_option("--code", search->filters.code, "Has an event with this CAMEO code (prefix)");
  cmd->add_option("--limit", search->filters.limit, "Number of results (default: 20)")
      ->check(CLI::Range(1, 10000));
  cmd->add_option("--format", search->format, "text (default on a terminal) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--queries", search->queries_file,
                  "Run every line of FILE as a query and print latency percentiles (JSON)");
  cmd->callback([search, context] { context->exit_code = RunSearch(*search, *context); });

  auto stories = std::make_shared<StoriesOptions>();
  cmd = app->add_subcommand("stories", "List the stories (articles of one happening)");
  cmd->add_option("--db", stories->db, "Store file (default: ./marsad.db)");
  cmd->add_option("--limit", stories->limit, "Number of stories (default: 20)");
  cmd->add_option("--format", stories->format, "text (default on a terminal) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([stories, context] { context->exit_code = RunStories(*stories); });

  auto stats_db = std::make_shared<std::string>(kDefaultDb);
  cmd = app->add_subcommand("stats", "Print the store's counts as one JSON object");
  cmd->add_option("--db", *stats_db, "Store file (default: ./marsad.db)");
  cmd->callback([stats_db, context] { context->exit_code = RunStats(*stats_db); });

  auto reindex_db = std::make_shared<std::string>(kDefaultDb);
  cmd = app->add_subcommand(
      "reindex", "Rebuild the full-text index from the stored texts (after a tokenizer change)");
  cmd->add_option("--db", *reindex_db, "Store file (default: ./marsad.db)");
  cmd->callback([reindex_db, context] { context->exit_code = RunReindex(*reindex_db, *context); });

  auto exports = std::make_shared<ExportOptions>();
  cmd = app->add_subcommand("export", "Export events, articles or quotes");
  cmd->add_option("table", exports->table, "events, articles or quotes")
      ->required()
      ->check(CLI::IsMember({"events", "articles", "quotes"}));
  cmd->add_option("--format", exports->format,
                  "jsonl (default), csv, or gdelt (GDELT 2.0 event table, events only)")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt"}));
  cmd->add_option("--db", exports->db, "Store file (default: ./marsad.db)");
  cmd->add_option("-o,--output", exports->output, "Output file (default: standard output)");
  cmd->callback([exports, context] { context->exit_code = RunExport(*exports); });
}

}  // namespace marsad::cli
