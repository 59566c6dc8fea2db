// `marsad eval segment FILE.conllu`: runs the tokenizer and the clitic segmenter on every
// sentence's `# text` and scores them against the treebank's words (UD convention: clitics
// are words of their own, written with SpaceAfter=No). Prints token segmentation accuracy
// and word precision/recall/F1 (text/segmentation_scorer.h explains the rules).
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "pipeline/analyzer.h"
#include "text/conllu_reader.h"
#include "text/segmentation_scorer.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace marsad::cli {
namespace {

struct EvalSegmentOptions {
  std::string path;
  size_t from = 0;                      // first sentence (0-based)
  size_t to = static_cast<size_t>(-1);  // one past the last sentence
  size_t errors = 0;                    // wrong tokens to print
};

int Run(const EvalSegmentOptions& options, const CliContext& context) {
  const std::string data_dir = pipeline::ResolveDataDir(context.data_dir_flag);
  auto segmenter = text::Segmenter::Load(data_dir);
  if (!segmenter.ok()) {
    std::fprintf(stderr, "marsad eval segment: %s\n", segmenter.status().message().c_str());
    return 2;
  }
  auto sentences = text::ReadConllu(options.path);
  if (!sentences.ok()) {
    std::fprintf(stderr, "marsad eval segment: %s\n", sentences.status().message().c_str());
    return 2;
  }
  text::SegmentationScorer scorer;
  std::vector<std::string> errors;
  const size_t end = std::min(options.to, sentences->size());
  for (size_t i = options.from; i < end; ++i) {
    const text::ConlluSentence& sentence = (*sentences)[i];
    std::vector<Token> tokens = text::Tokenize(sentence.text);
    for (Token& token : tokens) {
      if (token.kind == TokenKind::kWord) {
        for (const Span& part : segmenter->Segment(sentence.text, token.span)) {
          token.segments.push_back({part, {}});
        }
      } else {
        token.segments.push_back({token.span, {}});
      }
    }
    scorer.Add(sentence, tokens, options.errors > 0 ? &errors : nullptr);
  }
  for (size_t i = 0; i < errors.size() && i < options.errors; ++i) {
    std::printf("error\t%s\n", errors[i].c_str());
  }
  const text::SegmentationCounts& c = scorer.counts();
  std::printf("sentences\t%zu\t(unaligned %zu)\n", c.sentences, c.unaligned_sentences);
  std::printf("token accuracy\t%.2f%%\t(%zu/%zu)\n", 100 * c.TokenAccuracy(), c.correct_tokens,
              c.gold_tokens);
  std::printf("word precision\t%.2f%%\t(%zu/%zu)\n", 100 * c.Precision(), c.matched_words,
              c.predicted_words);
  std::printf("word recall\t%.2f%%\t(%zu/%zu)\n", 100 * c.Recall(), c.matched_words, c.gold_words);
  std::printf("word F1\t%.2f%%\n", 100 * c.F1());
  return c.sentences == 0 ? 1 : 0;
}

}  // namespace

void AddEvalSegmentCommand(CLI::App* eval, CliContext* context) {
  auto options = std::make_shared<EvalSegmentOptions>();
  auto* cmd = eval->add_subcommand(
      "segment", "Clitic segmentation accuracy and word P/R/F1 on a CoNLL-U file");
  cmd->add_option("file", options->path, "CoNLL-U file (e.g. UD Arabic-PUD)")->required();
  cmd->add_option("--from", options->from, "First sentence to score (0-based; default 0)");
  cmd->add_option("--to", options->to, "Score sentences before this index (default: all)");
  cmd->add_option("--errors", options->errors, "Print up to N wrongly segmented tokens");
  cmd->callback([options, context] { context->exit_code = Run(*options, *context); });
}

}  // namespace marsad::cli
