#include "store/searcher.h"

#include <gtest/gtest.h>

#include "store/ingester.h"
#include "store/store_test_base.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class SearcherTest : public testing::StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (HasFatalFailure()) return;
    Ingester ingester(&*store_);
    ASSERT_TRUE(ingester
                    .Add(MakeAnalysis("gov", "أعلنت الحكومة السعودية خطة جديدة\nوقال الوزير",
                                      "http://x/1", "sabq", "2015-07-21"))
                    .ok());
    ASSERT_TRUE(ingester
                    .Add(MakeAnalysis("iran", "إيران ترفض الاتفاق\nوالحكومة تنفي", "http://x/2",
                                      "okaz", "2015-08-02"))
                    .ok());
    ASSERT_TRUE(ingester
                    .Add(MakeAnalysis("sport", "فوز الهلال في المباراة", "http://x/3", "sabq",
                                      "2015-07-25"))
                    .ok());
    ASSERT_TRUE(ingester.Finish().ok());
  }
  std::vector<std::string> Ids(const std::string& query, SearchFilters filters = {}) {
    auto hits = Searcher(&*store_).Search(query, filters);
    EXPECT_TRUE(hits.ok()) << hits.status().message();
    std::vector<std::string> ids;
    if (hits.ok()) {
      for (const SearchHit& hit : *hits) ids.push_back(hit.doc_id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

TEST_F(SearcherTest, FindsWordsThroughNormalisation) {
  EXPECT_EQ(Ids("الاتفاق"), std::vector<std::string>{"iran"});
  EXPECT_EQ(Ids("ايران"), std::vector<std::string>{"iran"});  // hamza folded
  EXPECT_EQ(Ids("الهلال OR الاتفاق"), (std::vector<std::string>{"iran", "sport"}));
  EXPECT_EQ(Ids("\"الحكومة السعودية\""), std::vector<std::string>{"gov"});
  EXPECT_TRUE(Ids("\"السعودية الحكومة\"").empty());
}

TEST_F(SearcherTest, ClitickedWordsMatchTheBareWord) {
  const std::string word = "والحكومة";
  if (text_->segmenter().Segment(word, Span{0, static_cast<uint32_t>(word.size())}).size() < 2) {
    GTEST_SKIP() << "the segmenter does not split والحكومة yet";
  }
  EXPECT_EQ(Ids("الحكومة"), (std::vector<std::string>{"gov", "iran"}));
  EXPECT_EQ(Ids("الحكومة -إيران"), std::vector<std::string>{"gov"});
}

TEST_F(SearcherTest, FiltersAndSnippets) {
  SearchFilters filters;
  filters.outlet = "sabq";
  EXPECT_EQ(Ids("", filters), (std::vector<std::string>{"gov", "sport"}));
  filters = {};
  filters.from = "2015-07-22";
  filters.to = "2015-07-31";
  EXPECT_EQ(Ids("", filters), std::vector<std::string>{"sport"});
  filters = {};
  filters.code = "04";
  filters.actor = "SAU";
  EXPECT_EQ(Ids("الهلال", filters), std::vector<std::string>{"sport"});
  filters.code = "19";
  EXPECT_TRUE(Ids("الهلال", filters).empty());
  auto hits = Searcher(&*store_).Search("الهلال", {});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE(hits->front().snippet.find(std::string(kHighlightOpen) + "الهلال" + kHighlightClose),
            std::string::npos);
}

TEST_F(SearcherTest, HostileQueriesAreErrorsOrLiteralNeverCrashes) {
  for (const char* query : {"\"", "OR", "-x", "NEAR(a b)", "a:b", "*", "^x", "'; DROP TABLE x",
                            "\"a\"\"b\"", "(((", "\xff\xfe"}) {
    auto hits = Searcher(&*store_).Search(query, {});
    if (hits.ok()) {
      EXPECT_TRUE(hits->empty()) << query;
    }
  }
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 3);
  auto bad = Searcher(&*store_).Search("\"unterminated", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("quote"), std::string::npos);
}

}  // namespace
}  // namespace marsad::store
