// Throughput of the per-article stages (text; text+actors; everything) on one core, over the
// bundled seed articles. The corpus-scale figures come from bench/run-all.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "pipeline/analyzer.h"

namespace {

std::vector<marsad::Article> LoadSeeds() {
  std::vector<marsad::Article> articles;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(MARSAD_SOURCE_DIR) + "/samples/seeds")) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    marsad::Article article;
    article.id = path.stem().string();
    article.input = path.string();
    article.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    articles.push_back(std::move(article));
  }
  return articles;
}

void RunStage(benchmark::State& state, marsad::pipeline::Depth depth) {
  static const auto analyzer =
      marsad::pipeline::Analyzer::Load(marsad::pipeline::ResolveDataDir(""));
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().message().c_str());
    return;
  }
  const std::vector<marsad::Article> seeds = LoadSeeds();
  size_t bytes = 0;
  size_t sentences = 0;
  for (auto _ : state) {
    for (const auto& article : seeds) {
      marsad::Analysis analysis = analyzer->Analyze(article, depth);
      bytes += article.text.size();
      sentences += analysis.sentences.size();
      benchmark::DoNotOptimize(analysis.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_TextStage(benchmark::State& state) { RunStage(state, marsad::pipeline::Depth::kText); }
void BM_TextAndActors(benchmark::State& state) {
  RunStage(state, marsad::pipeline::Depth::kActors);
}
void BM_FullAnalysis(benchmark::State& state) { RunStage(state, marsad::pipeline::Depth::kEvents); }

BENCHMARK(BM_TextStage);
BENCHMARK(BM_TextAndActors);
BENCHMARK(BM_FullAnalysis);

}  // namespace

BENCHMARK_MAIN();
