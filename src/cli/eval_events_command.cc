// `marsad eval events GOLD.jsonl PATH...`: codes the articles under PATH and scores their
// events against the gold file with the rules of docs/EVENTS.md (events/event_scorer.h).
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "events/csv_table.h"
#include "events/event_scorer.h"
#include "pipeline/analyzer.h"
#include "read/reader.h"

namespace marsad::cli {
namespace {

struct EvalEventsOptions {
  std::string gold;
  std::vector<std::string> paths;
  std::string published;
  bool explain = false;
};

// The document name gold files use: the input's file stem (its id for items of a collection).
std::string DocumentName(const Article& article) {
  if (article.input.empty() || article.input == "-" ||
      article.input.find('#') != std::string::npos) {
    return article.id;
  }
  return std::filesystem::path(article.input).stem().string();
}

void PrintPrf(const char* level, const events::Prf& prf) {
  std::printf("%-6s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n", level, prf.precision(),
              prf.recall(), prf.f1(), prf.true_positives, prf.false_positives, prf.false_negatives);
}

int Run(const EvalEventsOptions& options, const CliContext& context) {
  auto text = ReadWholeFile(options.gold);
  if (!text.ok()) {
    std::fprintf(stderr, "marsad eval events: %s\n", text.status().message().c_str());
    return 2;
  }
  auto gold = events::ParseGoldEvents(*text);
  if (!gold.ok()) {
    std::fprintf(stderr, "marsad eval events: %s: %s\n", options.gold.c_str(),
                 gold.status().message().c_str());
    return 2;
  }
  auto analyzer = pipeline::Analyzer::Load(pipeline::ResolveDataDir(context.data_dir_flag));
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad eval events: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  events::EventScorer scorer(std::move(gold).value());
  read::ReadOptions read_options;
  read_options.published = options.published;
  read::Reader reader(read_options);
  int failures = 0;
  for (const std::string& path : options.paths) {
    reader.ReadPath(path, [&](ReadResult&& result) {
      if (auto* article = std::get_if<Article>(&result)) {
        const std::string doc = DocumentName(*article);
        const Analysis analysis = analyzer->Analyze(std::move(*article));
        scorer.AddDocument(doc, analysis);
      } else {
        const auto& failure = std::get<ReadFailure>(result);
        std::fprintf(stderr, "marsad eval events: %s: %s\n", failure.input.c_str(),
                     failure.reason.c_str());
        ++failures;
      }
    });
  }
  const events::EventScores scores = scorer.Score();
  std::printf("documents: %d   gold records of other documents (not scored): %d\n",
              scores.documents, scores.gold_without_document);
  PrintPrf("root", scores.root);
  PrintPrf("full", scores.full);
  if (options.explain) std::printf("%s", scorer.Explain().c_str());
  return scores.documents == 0 ? 1 : 0;
}

}  // namespace

void AddEvalEventsCommand(CLI::App* eval, CliContext* context) {
  auto options = std::make_shared<EvalEventsOptions>();
  auto* cmd = eval->add_subcommand(
      "events", "Event precision/recall/F1 against a gold JSONL file (docs/EVENTS.md scoring)");
  cmd->add_option("GOLD", options->gold, "Gold events, one JSON object a line")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("paths", options->paths, "Articles to code (files or folders)")->required();
  cmd->add_option("--published", options->published,
                  "Publication date YYYY-MM-DD for inputs that carry none");
  cmd->add_flag("--explain", options->explain,
                "List each gold record as hit/root/MISS and each unmatched prediction as FP");
  cmd->callback([options, context] { context->exit_code = Run(*options, *context); });
}

}  // namespace marsad::cli
