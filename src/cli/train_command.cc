// `marsad train ner`: trains the entity tagger on a NewsFANE/ANERcorp-format corpus, holding
// out the last part of its sentences, and writes the model (and the held-out part).
#include <chrono>
#include <cstdio>
#include <fstream>

#include "actors/ner_corpus.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_scorer.h"
#include "actors/ner_tagger.h"
#include "actors/ner_training.h"
#include "actors/ner_word_scores.h"
#include "cli/commands.h"
#include "pipeline/analyzer.h"

namespace marsad::cli {
namespace {

struct TrainNerOptions {
  std::string corpus;
  std::string output;
  std::string heldout_out;
  std::string classes;  // default: <data>/models/ner.classes.tsv
  size_t heldout_block = 50;
  size_t heldout_every = 10;
  int epochs = 10;
  uint32_t min_count = 2;
  double min_weight = 0.01;
  bool attach_clitics = true;
};

bool WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int RunTrainNer(const TrainNerOptions& options, const CliContext& context) {
  const std::string classes_path =
      options.classes.empty()
          ? pipeline::ResolveDataDir(context.data_dir_flag) + "/models/ner.classes.tsv"
          : options.classes;
  auto classes = actors::NerClassMap::Load(classes_path);
  if (!classes.ok()) {
    std::fprintf(stderr, "marsad train ner: %s\n", classes.status().message().c_str());
    return 2;
  }
  auto corpus = actors::ReadTaggedFile(options.corpus, *classes);
  if (!corpus.ok()) {
    std::fprintf(stderr, "marsad train ner: %s\n", corpus.status().message().c_str());
    return 2;
  }
  actors::NerSplit split =
      actors::SplitHeldOut(std::move(corpus).value(), options.heldout_block, options.heldout_every);
  std::fprintf(stderr, "marsad train ner: %zu training sentences, %zu held out\n",
               split.train.size(), split.heldout.size());

  actors::NerTrainingOptions training;
  training.perceptron.epochs = options.epochs;
  training.perceptron.min_count = options.min_count;
  training.perceptron.min_weight = options.min_weight;
  training.attach_clitics = options.attach_clitics;
  const auto started = std::chrono::steady_clock::now();
  actors::NerTrainedModel model =
      actors::TrainNerModel(split.train, training, [](int epoch, double accuracy) {
        std::fprintf(stderr, "  epoch %d: training token accuracy %.4f\n", epoch, accuracy);
      });
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "marsad train ner: trained in %.1f s, %zu features, %zu lexicon words\n",
               seconds, model.perceptron.FeatureCount(), model.lexicon.size());

  // Score the held-out part before writing, so that the figure travels with the model.
  actors::NerTagger tagger =
      actors::NerTagger::FromModel(model.perceptron, model.lexicon, model.vocabulary);
  actors::NerScorer scorer;
  for (const actors::TaggedSentence& sentence : split.heldout) {
    scorer.Add(sentence.tags, tagger.TagWords(sentence.words));
  }
  const std::string report = scorer.Report();
  std::fprintf(stderr, "held-out:\n%s", report.c_str());

  std::string header =
      "marsad entity tagger (averaged structured perceptron, BIO over PER/ORG/LOC/MISC)\n"
      "trained by: marsad train ner --corpus " +
      BaseName(options.corpus) +
      " (see ner.model.md for provenance and licence: CC BY-SA 3.0)\n"
      "classes: " +
      BaseName(classes_path) + "; held out: every " + std::to_string(options.heldout_every) +
      "th block of " + std::to_string(options.heldout_block) + " sentences, " +
      std::to_string(split.heldout.size()) + " of " +
      std::to_string(split.train.size() + split.heldout.size()) +
      " sentences\n"
      "epochs " +
      std::to_string(options.epochs) + ", min count " + std::to_string(options.min_count) +
      ", min weight " + std::to_string(options.min_weight) + ", clitic attachment " +
      (options.attach_clitics ? "on" : "off") +
      "\n"
      "held-out micro F1 " +
      std::to_string(scorer.Total().F1()) + "\n";
  if (!WriteFile(options.output,
                 model.perceptron.Serialize(header) + model.lexicon.Serialize() +
                     actors::NerWordScores::SerializeVocabulary(model.vocabulary))) {
    std::fprintf(stderr, "marsad train ner: cannot write %s\n", options.output.c_str());
    return 2;
  }
  if (!options.heldout_out.empty() &&
      !WriteFile(options.heldout_out, actors::FormatAnercorp(split.heldout))) {
    std::fprintf(stderr, "marsad train ner: cannot write %s\n", options.heldout_out.c_str());
    return 2;
  }
  return 0;
}

}  // namespace

void AddTrainCommands(CLI::App* app, CliContext* context) {
  auto* train = app->add_subcommand("train", "Train marsad's statistical models");
  train->require_subcommand(1);
  auto* ner = train->add_subcommand("ner", "Train the entity tagger");
  auto options = std::make_shared<TrainNerOptions>();
  ner->add_option("--corpus", options->corpus, "NewsFANE or ANERcorp-format training corpus")
      ->required()
      ->check(CLI::ExistingFile);
  ner->add_option("--output", options->output, "Where to write the model")->required();
  ner->add_option("--heldout-out", options->heldout_out,
                  "Write the held-out sentences here, in ANERcorp format");
  ner->add_option("--classes", options->classes,
                  "Corpus class → PER/ORG/LOC/MISC map (default: <data>/models/ner.classes.tsv)");
  ner->add_option("--heldout-block", options->heldout_block,
                  "Sentences per block of the held-out split")
      ->capture_default_str();
  ner->add_option("--heldout-every", options->heldout_every,
                  "Hold out every N-th block (never trained on)")
      ->capture_default_str();
  ner->add_option("--epochs", options->epochs, "Perceptron epochs")->capture_default_str();
  ner->add_option("--min-count", options->min_count, "Drop features seen fewer times")
      ->capture_default_str();
  ner->add_option("--min-weight", options->min_weight,
                  "Prune features whose averaged weights are all smaller")
      ->capture_default_str();
  ner->add_flag("!--no-attach-clitics", options->attach_clitics,
                "Do not also train on sentences with their clitics re-attached");
  ner->callback([options, context] { context->exit_code = RunTrainNer(*options, *context); });
}

}  // namespace marsad::cli
