// `marsad analyze`: reads articles and prints one JSON record per article (docs/OUTPUT.md),
// or a short human-readable summary on a terminal.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "pipeline/analyzer.h"
#include "pipeline/batch_runner.h"
#include "pipeline/record_json.h"
#include "read/reader.h"

namespace marsad::cli {
namespace {

struct AnalyzeOptions {
  std::vector<std::string> paths;
  std::string format;  // jsonl | text | none; default by terminal
  std::string stage = "events";
  std::string unit = "article";
  std::string published;
  bool tokens = false;
  size_t threads = 0;
  bool quiet = false;
};

void PrintText(const Analysis& a, std::string* out) {
  std::string_view text = a.text();
  out->append("== ").append(a.article.id);
  if (!a.title.empty()) out->append("  ").append(a.title);
  out->append("\n   outlet: ").append(a.outlet.empty() ? "-" : a.outlet);
  out->append("  published: ").append(a.published.empty() ? "-" : a.published);
  out->append("  sentences: ").append(std::to_string(a.sentences.size()));
  out->append("  entities: ").append(std::to_string(a.entities.size()));
  out->append("  events: ").append(std::to_string(a.events.size())).append("\n");
  for (const Event& e : a.events) {
    out->append("   ").append(e.source.actor.empty() ? "---" : e.source.actor).append(" ");
    out->append(e.code).append(" ").append(e.target.actor.empty() ? "---" : e.target.actor);
    out->append("  [").append(e.polarity).append(", ").append(e.modality).append("]  ");
    out->append(e.cue.of(text)).append("\n");
  }
}

int Run(const AnalyzeOptions& options, const CliContext& context) {
  const std::string data_dir = pipeline::ResolveDataDir(context.data_dir_flag);
  const pipeline::Depth depth = options.stage == "text"     ? pipeline::Depth::kText
                                : options.stage == "actors" ? pipeline::Depth::kActors
                                                            : pipeline::Depth::kEvents;
  auto analyzer = pipeline::Analyzer::Load(data_dir, depth);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad analyze: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  const bool jsonl = options.format.empty() ? !isatty(STDOUT_FILENO) : options.format == "jsonl";
  const bool silent = options.format == "none";
  read::ReadOptions read_options;
  read_options.unit_line = options.unit == "line";
  read_options.published = options.published;
  read::Reader reader(read_options);

  Progress progress("analyze", !options.quiet);
  size_t read_ok = 0;
  size_t failed = 0;
  size_t bytes = 0;
  size_t sentences = 0;
  pipeline::RecordOptions record_options{options.tokens};
  std::string buffer;
  auto flush = [&](bool force) {
    if (force || buffer.size() > (1u << 20)) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  };
  pipeline::BatchRunner runner(
      *analyzer, depth, options.threads, [&](pipeline::AnalysisResult&& r) {
        if (auto* a = std::get_if<Analysis>(&r)) {
          ++read_ok;
          bytes += a->article.text.size();
          sentences += a->sentences.size();
          progress.Add(1, a->article.text.size());
          if (silent) {
            // --format none: analyse only (benchmarks).
          } else if (jsonl) {
            pipeline::AppendRecordJson(*a, record_options, &buffer);
            buffer.push_back('\n');
          } else {
            PrintText(*a, &buffer);
          }
        } else {
          const auto& failure = std::get<ReadFailure>(r);
          ++failed;
          progress.Add(1, 0);
          if (silent) {
            std::fprintf(stderr, "marsad analyze: %s: %s\n", failure.input.c_str(),
                         failure.reason.c_str());
          } else if (jsonl) {
            pipeline::AppendErrorJson(failure, &buffer);
            buffer.push_back('\n');
          } else {
            buffer.append("!! ").append(failure.input).append(": ").append(failure.reason);
            buffer.push_back('\n');
          }
        }
        flush(false);
      });
  auto submit = [&](ReadResult&& item) { runner.Submit(std::move(item)); };
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  for (const std::string& path : paths) reader.ReadPath(path, submit);
  runner.Finish();
  flush(true);
  std::fflush(stdout);
  progress.Done();
  if (!options.quiet || silent) {
    const double seconds = progress.Seconds();
    std::fprintf(stderr,
                 "marsad analyze: %zu articles analysed, %zu inputs could not be read; "
                 "%.1f MB, %zu sentences in %.2f s (%.1f MB/s, %.0f sentences/s)\n",
                 read_ok, failed, static_cast<double>(bytes) / 1e6, sentences, seconds,
                 static_cast<double>(bytes) / 1e6 / seconds,
                 static_cast<double>(sentences) / seconds);
  }
  return read_ok == 0 && failed > 0 ? 1 : 0;
}

}  // namespace

void AddAnalyzeCommand(CLI::App* app, CliContext* context) {
  auto options = std::make_shared<AnalyzeOptions>();
  auto* cmd = app->add_subcommand(
      "analyze",
      "Analyse articles: sentences, dates, entities, quotes and CAMEO events as JSON Lines");
  cmd->add_option("paths", options->paths,
                  "Files or folders (.txt .html .json .jsonl .zip); none or - reads stdin");
  cmd->add_option("--format", options->format,
                  "jsonl (default when stdout is not a terminal), text, or none (analyse and "
                  "print only the summary, for benchmarks)")
      ->check(CLI::IsMember({"jsonl", "text", "none"}));
  cmd->add_option("--stage", options->stage,
                  "Last stage to run: text, actors or events (default); for benchmarks")
      ->check(CLI::IsMember({"text", "actors", "events"}));
  cmd->add_option("--unit", options->unit, "article (default) or line: every line an article")
      ->check(CLI::IsMember({"article", "line"}));
  cmd->add_option("--published", options->published,
                  "Publication date YYYY-MM-DD for inputs that carry none");
  cmd->add_flag("--tokens", options->tokens, "Include tokens with their clitic segments");
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: all cores)");
  cmd->add_flag("-q,--quiet", options->quiet, "No progress or summary on stderr");
  cmd->callback([options, context] { context->exit_code = Run(*options, *context); });
}

}  // namespace marsad::cli
