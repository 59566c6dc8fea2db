// `marsad eval ner FILE`: runs the entity tagger over the words of an ANERcorp-format file
// and prints conlleval-style entity precision/recall/F1 per type and micro-averaged. The
// format marks no articles, so every block of N consecutive sentences (--document, 20 by
// default: a news article's length) is read as one document whose names are spread to their
// other mentions (ner_document_names.h), as the engine does in an article.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string_view>
#include <vector>

#include "actors/ner_corpus.h"
#include "actors/ner_document_names.h"
#include "actors/ner_perceptron.h"
#include "actors/ner_scorer.h"
#include "actors/ner_tagger.h"
#include "actors/ner_training.h"
#include "cli/commands.h"
#include "pipeline/analyzer.h"

namespace marsad::cli {
namespace {

struct EvalNerOptions {
  std::string file;
  std::string classes;      // extra class map for corpora with fine classes
  std::string predictions;  // optional ANERcorp output of the tagger's tags
  size_t document = 20;     // sentences a document (0: sentences are tagged alone)
};

// Spreads the names of each block of `block` sentences over the block (SpreadDocumentNames).
void SpreadNamesOverBlocks(size_t block, std::vector<actors::TaggedSentence>* tagged) {
  for (size_t start = 0; start < tagged->size(); start += block) {
    const size_t end = std::min(tagged->size(), start + block);
    std::vector<std::vector<std::string>> folded;
    std::vector<std::vector<std::string_view>> words;
    std::vector<std::vector<int>> tags;
    for (size_t s = start; s < end; ++s) {
      folded.push_back(actors::FoldWords((*tagged)[s].words));
      std::vector<int> ids;
      for (const std::string& tag : (*tagged)[s].tags) {
        ids.push_back(std::max(0, actors::NerTagIndex(tag)));
      }
      tags.push_back(std::move(ids));
    }
    words.reserve(folded.size());
    for (const auto& sentence : folded) words.emplace_back(sentence.begin(), sentence.end());
    actors::SpreadDocumentNames(words, &tags);
    for (size_t s = start; s < end; ++s) {
      std::vector<std::string>& out = (*tagged)[s].tags;
      for (size_t i = 0; i < out.size(); ++i) out[i] = actors::kNerTags[tags[s - start][i]];
    }
  }
}

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
  predicted.reserve(gold->size());
  size_t words = 0;
  for (const actors::TaggedSentence& sentence : *gold) {
    predicted.push_back({sentence.words, tagger->TagWords(sentence.words)});
    words += sentence.words.size();
  }
  if (options.document > 0) SpreadNamesOverBlocks(options.document, &predicted);
  for (size_t s = 0; s < gold->size(); ++s) scorer.Add((*gold)[s].tags, predicted[s].tags);
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
  cmd->add_option("--document", options->document,
                  "Read every N consecutive sentences as one document and spread its names to "
                  "their other mentions, as in an article (0: off)")
      ->capture_default_str();
  cmd->callback([options, context] { context->exit_code = RunEvalNer(*options, *context); });
}

}  // namespace marsad::cli
