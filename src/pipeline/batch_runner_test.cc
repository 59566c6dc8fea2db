#include "pipeline/batch_runner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::pipeline {
namespace {

const Analyzer& TestAnalyzer() {
  static const Expected<Analyzer> analyzer = Analyzer::Load(ResolveDataDir(""));
  return *analyzer;
}

std::vector<std::string> RunAll(size_t threads, size_t items) {
  std::vector<std::string> delivered;
  BatchRunner runner(TestAnalyzer(), Depth::kText, threads, [&](AnalysisResult&& result) {
    if (auto* analysis = std::get_if<Analysis>(&result)) {
      delivered.push_back(analysis->article.id);
    } else {
      delivered.push_back("failed:" + std::get<ReadFailure>(result).input);
    }
  });
  for (size_t i = 0; i < items; ++i) {
    if (i % 7 == 3) {
      runner.Submit(ReadFailure{"bad" + std::to_string(i), "test failure"});
      continue;
    }
    Article article;
    article.id = "a" + std::to_string(i);
    // Articles of very different lengths finish out of order on several threads.
    article.text = std::string((i % 5) * 2000 + 10, 'x');
    runner.Submit(std::move(article));
  }
  runner.Finish();
  return delivered;
}

std::vector<std::string> ExpectedIds(size_t items) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < items; ++i) {
    ids.push_back(i % 7 == 3 ? "failed:bad" + std::to_string(i) : "a" + std::to_string(i));
  }
  return ids;
}

TEST(BatchRunnerTest, SingleThreadKeepsInputOrder) { EXPECT_EQ(RunAll(1, 50), ExpectedIds(50)); }

TEST(BatchRunnerTest, SeveralThreadsKeepInputOrderAndLoseNothing) {
  EXPECT_EQ(RunAll(4, 300), ExpectedIds(300));
}

TEST(BatchRunnerTest, FinishWithNothingSubmittedDeliversNothing) {
  EXPECT_TRUE(RunAll(3, 0).empty());
}

}  // namespace
}  // namespace marsad::pipeline
