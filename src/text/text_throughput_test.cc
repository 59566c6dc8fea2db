// A by-hand throughput measurement of the text core (normalise, tokenise, split sentences,
// segment clitics), disabled by default. Run it over any UTF-8 text file:
//   MARSAD_BENCH_TEXT=/tmp/saudinewsnet.txt build/text_test
//       --gtest_also_run_disabled_tests --gtest_filter='*Throughput*'
// (one command line).
#include <gtest/gtest.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentence_splitter.h"
#include "text/text_analyzer.h"
#include "text/tokenizer.h"

namespace marsad::text {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA")) return env;
  return std::string(MARSAD_SOURCE_DIR) + "/data";
}

TEST(TextThroughputTest, DISABLED_Throughput) {
  const char* path = std::getenv("MARSAD_BENCH_TEXT");
  if (path == nullptr) GTEST_SKIP() << "set MARSAD_BENCH_TEXT to a UTF-8 text file";
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  auto segmenter = Segmenter::Load(DataDir());
  ASSERT_TRUE(segmenter.ok()) << segmenter.status().message();
  Normalizer normalizer;

  // Each stage over the whole text, timed on its own (CPU time of this thread).
  // CPU time, not wall time: the figure must not depend on what else runs on the machine.
  auto now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  auto seconds_since = [&](double t) { return now() - t; };
  auto t = now();
  std::vector<Token> tokens = Tokenize(text);
  const double tokenize = seconds_since(t);
  t = now();
  const size_t sentences = SplitSentences(text, &tokens).size();
  const double split = seconds_since(t);
  t = now();
  NormStore norms;
  for (Token& token : tokens) {
    token.norm = norms.Keep(normalizer.NormalizeString(token.span.of(text)));
  }
  const double normalize = seconds_since(t);
  t = now();
  size_t segments = 0;
  std::vector<Span> parts;
  for (Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    segmenter->Segment(text, token.span, &parts);
    segments += parts.size();
  }
  const double segment = seconds_since(t);
  // Segmenting and normalising every segment together, as TextAnalyzer::Apply does.
  t = now();
  size_t norm_bytes = 0;
  NormStore segment_norms;
  std::string norm;
  std::vector<size_t> norm_ends;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& token = tokens[i];
    if (token.kind == TokenKind::kWord) {
      segmenter->Segment(text, token.span, &parts);
    } else {
      parts.assign(1, token.span);
    }
    token.segments.resize(parts.size());
    norm.clear();
    norm_ends.clear();
    for (size_t i = 0; i < parts.size(); ++i) {
      token.segments[i].span = parts[i];
      normalizer.NormalizeAppend(parts[i].of(text), 0, &norm, nullptr);
      norm_ends.push_back(norm.size());
    }
    token.norm = segment_norms.Keep(norm);
    for (size_t i = 0, start = 0; i < parts.size(); start = norm_ends[i++]) {
      token.segments[i].norm = token.norm.substr(start, norm_ends[i] - start);
    }
    norm_bytes += token.norm.size();
  }
  const double segment_and_normalize = seconds_since(t);
  // The whole text stage as the pipeline runs it, over articles cut at blank lines.
  auto analyzer = TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  std::vector<Analysis> articles;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find("\n\n", start + 4096);
    end = end == std::string::npos ? text.size() : end + 2;
    articles.emplace_back().article.text = text.substr(start, end - start);
    start = end;
  }
  // The best of three passes: the least disturbed by other work on the machine.
  double stage = 1e9;
  size_t stage_tokens = 0;
  for (int pass = 0; pass < 3; ++pass) {
    t = now();
    stage_tokens = 0;
    for (Analysis& analysis : articles) {
      analyzer->Apply(&analysis);
      stage_tokens += analysis.tokens.size();
    }
    stage = std::min(stage, seconds_since(t));
  }
  EXPECT_GT(stage_tokens, 0u);
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("%.1f MB, %zu sentences, %zu tokens, %zu word segments\n", mb, sentences,
              tokens.size(), segments);
  std::printf(
      "tokenize %.1f MB/s, split %.1f MB/s, normalize tokens %.1f MB/s, segment %.1f MB/s,"
      " all %.1f MB/s\n",
      mb / tokenize, mb / split, mb / normalize, mb / segment,
      mb / (tokenize + split + normalize + segment));
  std::printf(
      "segment+normalize segments together %.1f MB/s; tokenize+split+that (the text core as "
      "TextAnalyzer runs it) %.1f MB/s\n",
      mb / segment_and_normalize, mb / (tokenize + split + segment_and_normalize));
  std::printf("TextAnalyzer::Apply (dates included) over %zu articles: %.1f MB/s\n",
              articles.size(), mb / stage);
  EXPECT_GT(norm_bytes, 0u);
  const size_t tokens_seen = tokens.size();
  EXPECT_GT(tokens_seen, 0u);
}

}  // namespace
}  // namespace marsad::text
