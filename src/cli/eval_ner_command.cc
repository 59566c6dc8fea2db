// `marsad eval ner FILE`: runs the entity tagger over the words of an ANERcorp-format file
// and prints conlleval-style entity precision/recall/F1 per type and micro-averaged.
#include <chrono>
#include <cstdio>
#include <fstream>

#include "actors/ner_corpus.h"
#include "actors/ner_scorer.h"
#include "actors/ner_tagger.h"
#include "cli/commands.h"
#include "pipeline/analyzer.h"

namespace marsad::cli {
namespace {

struct EvalNerOptions {
  std::string file;
  std::string classes;      // extra class map for corpora with fine classes
  std::string predictions;  // optional ANERcorp output of the tagger's tags
};

int RunEvalNer(const EvalNerOptions& options, const CliContext& context) {
  const std::string data_dir = pipeline::ResolveDataDir(context.data_dir_flag);
  actors::NerClassMap classes;
  if (!options.classes.empty()) {
    auto loaded = actors::NerClassMap::Load(options.classes);
    if (!loaded.ok()) {
      std::fprintf(stderr, "marsad eval ner: %s\n", loaded.status().message().c_str());
      return 2;
    }
    classes = std::move(loaded).value();
  }
  auto gold = actors::ReadTaggedFile(options.file, classes);
  if (!gold.ok()) {
    std::fprintf(stderr, "marsad eval ner: %s\n", gold.status().message().c_str());
    return 2;
  }
  const auto load_started = std::chrono::steady_clock::now();
  auto tagger = actors::NerTagger::Load(data_dir);
  if (!tagger.ok()) {
    std::fprintf(stderr, "marsad eval ner: %s\n", tagger.status().message().c_str());
    return 2;
  }
  const auto tag_started = std::chrono::steady_clock::now();
  actors::NerScorer scorer;
  std::vector<actors::TaggedSentence> predicted;
  size_t words = 0;
  for (const actors::TaggedSentence& sentence : *gold) {
    actors::TaggedSentence tagged{sentence.words, tagger->TagWords(sentence.words)};
    scorer.Add(sentence.tags, tagged.tags);
    words += sentence.words.size();
    if (!options.predictions.empty()) predicted.push_back(std::move(tagged));
  }
  const auto done = std::chrono::steady_clock::now();
  std::fputs(scorer.Report().c_str(), stdout);
  const double load_s = std::chrono::duration<double>(tag_started - load_started).count();
  const double tag_s = std::chrono::duration<double>(done - tag_started).count();
  std::fprintf(stderr, "model loaded in %.3f s; %zu words tagged in %.3f s (%.0f words/s)\n",
               load_s, words, tag_s, tag_s > 0 ? words / tag_s : 0.0);
  if (!options.predictions.empty()) {
    std::ofstream out(options.predictions, std::ios::binary);
    out << actors::FormatAnercorp(predicted);
    if (!out) {
      std::fprintf(stderr, "marsad eval ner: cannot write %s\n", options.predictions.c_str());
      return 2;
    }
  }
  return 0;
}

}  // namespace

void AddEvalNerCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("ner", "Entity precision/recall/F1 on an ANERcorp-format file");
  auto options = std::make_shared<EvalNerOptions>();
  cmd->add_option("FILE", options->file,
                  "ANERcorp-format gold: `word TAG` lines, blank line "
                  "between sentences")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--classes", options->classes,
                  "Map of the file's classes to PER/ORG/LOC/MISC, e.g. "
                  "data/models/ner.classes.tsv for raw NewsFANE");
  cmd->add_option("--predictions", options->predictions,
                  "Write the tagger's tags here in ANERcorp format");
  cmd->callback([options, context] { context->exit_code = RunEvalNer(*options, *context); });
}

}  // namespace marsad::cli
