#include "serve/api.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <vector>

#include "store/ingester.h"
#include "store/store_test_base.h"

namespace marsad::serve {
namespace {

using nlohmann::json;
using store::testing::MakeAnalysis;

class ApiTest : public store::testing::StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (HasFatalFailure()) return;
    store::Ingester ingester(&*store_);
    ASSERT_TRUE(
        ingester.Add(MakeAnalysis("a", "استقبل الملك وزير الخارجية\nثم غادر", "http://x/1")).ok());
    ASSERT_TRUE(ingester.Finish().ok());
    auto stores = StorePool::OpenReadOnly(path_, text_.get(), 3);
    ASSERT_TRUE(stores.ok()) << stores.status().message();
    stores_.emplace(std::move(stores).value());
    api_ = std::make_unique<Api>(&*stores_, StaticFiles(std::string(MARSAD_SOURCE_DIR) + "/web"),
                                 pipeline::ResolveDataDir("") + "/codebooks/cameo-codes.csv");
  }
  void TearDown() override {
    api_.reset();
    stores_.reset();
    StoreTestBase::TearDown();
  }
  HttpResponse Get(const std::string& path, std::map<std::string, std::string> params = {}) {
    return api_->Handle(HttpRequest{"GET", path, std::move(params)});
  }
  std::optional<StorePool> stores_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, StatsSearchArticleEvents) {
  json stats = json::parse(Get("/api/stats").body);
  EXPECT_EQ(stats["articles"], 1);
  HttpResponse search = Get("/api/search", {{"q", "الخارجية"}});
  ASSERT_EQ(search.status, 200) << search.body;
  json hits = json::parse(search.body)["hits"];
  ASSERT_EQ(hits.size(), 1u);
  const int64_t id = hits[0]["store_id"];
  json article = json::parse(Get("/api/articles/" + std::to_string(id)).body);
  EXPECT_EQ(article["text"], "استقبل الملك وزير الخارجية\nثم غادر");
  EXPECT_EQ(article["analysis"]["events"][0]["code"], "040");
  json events = json::parse(Get("/api/events", {{"actor", "SAU"}, {"limit", "10"}}).body)["events"];
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["article_id"], id);
  EXPECT_EQ(json::parse(Get("/api/stories").body)["stories"].size(), 0u);
}

TEST_F(ApiTest, BadInputIsA4xxWithAMessage) {
  EXPECT_EQ(Get("/api/search", {{"q", "\"open"}}).status, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "a"}, {"limit", "-1"}}).status, 400);
  EXPECT_EQ(Get("/api/search", {{"q", "a"}, {"from", "yesterday"}}).status, 400);
  EXPECT_EQ(Get("/api/events", {{"offset", "1e3"}}).status, 400);
  EXPECT_EQ(Get("/api/articles/1 OR 1=1").status, 400);
  EXPECT_EQ(Get("/api/articles/999").status, 404);
  EXPECT_EQ(Get("/api/nothing").status, 404);
  EXPECT_TRUE(json::parse(Get("/api/search", {{"q", "\"open"}}).body).contains("error"));
}

TEST_F(ApiTest, CameoNamesAndTheWebUi) {
  json cameo = json::parse(Get("/api/cameo").body);
  if (!cameo.empty()) {
    EXPECT_EQ(cameo["19"]["en"], "FIGHT");
  }
  HttpResponse index = Get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("dir=\"rtl\""), std::string::npos);
  EXPECT_EQ(Get("/../../etc/passwd").status, 404);
}

// More callers than pooled connections: each API call has a connection to itself.
TEST_F(ApiTest, AnswersFromSeveralThreadsAtOnce) {
  constexpr int kThreads = 6;
  constexpr int kRounds = 20;
  std::atomic<int> right{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < kThreads; ++t) {
    callers.emplace_back([&] {
      for (int round = 0; round < kRounds; ++round) {
        HttpResponse search = Get("/api/search", {{"q", "الخارجية"}});
        HttpResponse stats = Get("/api/stats");
        if (search.status == 200 && json::parse(search.body)["hits"].size() == 1 &&
            stats.status == 200 && json::parse(stats.body)["articles"] == 1) {
          ++right;
        }
      }
    });
  }
  for (std::thread& caller : callers) caller.join();
  EXPECT_EQ(right, kThreads * kRounds);
}

}  // namespace
}  // namespace marsad::serve
