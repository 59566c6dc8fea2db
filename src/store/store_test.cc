#include "store/store.h"

#include <gtest/gtest.h>

#include "pipeline/analyzer.h"
#include "store/ingester.h"
#include "store/test_fixtures.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto text = text::TextAnalyzer::Load(pipeline::ResolveDataDir(""));
    ASSERT_TRUE(text.ok()) << text.status().message();
    text_ = std::make_unique<text::TextAnalyzer>(std::move(text).value());
    path_ = testing::TempDbPath("store");
  }
  void TearDown() override { testing::RemoveDb(path_); }
  std::unique_ptr<text::TextAnalyzer> text_;
  std::string path_;
};

TEST_F(StoreTest, ReadOnlyOpenOfAMissingFileFails) {
  auto store = Store::Open(path_, text_.get(), Store::Mode::kReadOnly);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("no store"), std::string::npos);
}

TEST_F(StoreTest, NewStoreIsEmptyAndUsesWal) {
  auto store = Store::Open(path_, text_.get());
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->ToJson(),
            "{\"articles\": 0, \"sentences\": 0, \"entities\": 0, \"quotes\": 0, \"events\": 0, "
            "\"corpus_events\": 0, \"duplicate_groups\": 0, \"stories\": 0, \"errors\": 0}");
  auto mode = store->db().Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(mode->Step());
  EXPECT_EQ(mode->Text(0), "wal");
}

TEST_F(StoreTest, StatsCountWhatWasIngested) {
  {
    auto store = Store::Open(path_, text_.get());
    ASSERT_TRUE(store.ok());
    Ingester ingester(&*store);
    ASSERT_TRUE(ingester.Add(MakeAnalysis("a", "السطر الأول\nالسطر الثاني", "http://x/1")).ok());
    ASSERT_TRUE(ingester.AddFailure({"bad.txt", "empty file"}).ok());
    ASSERT_TRUE(ingester.Finish().ok());
  }
  auto store = Store::Open(path_, nullptr, Store::Mode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->sentences, 2);
  EXPECT_EQ(stats->entities, 1);
  EXPECT_EQ(stats->quotes, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_EQ(stats->errors, 1);
}

}  // namespace
}  // namespace marsad::store
