#include "store/ingester.h"

#include <gtest/gtest.h>

#include "store/store_test_base.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class IngesterTest : public testing::StoreTestBase {};

TEST_F(IngesterTest, SameUrlOrSameTextWithoutUrlIsStoredOnce) {
  Ingester ingester(&*store_, 2);
  ASSERT_TRUE(ingester.Add(MakeAnalysis("a", "نص أول\nسطر", "http://x/1")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("a2", "نص مختلف", "http://x/1")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("b", "نص بلا رابط", "")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("b2", "نص بلا رابط", "")).ok());
  ASSERT_TRUE(ingester.Finish().ok());
  EXPECT_EQ(ingester.counts().stored, 2u);
  EXPECT_EQ(ingester.counts().skipped, 2u);
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 2);
}

TEST_F(IngesterTest, SameTextUnderTwoUrlsIsTwoArticlesInOneDuplicateGroup) {
  Ingester ingester(&*store_);
  ASSERT_TRUE(ingester.Add(MakeAnalysis("a", "خبر واحد", "http://x/1")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("b", "خبر واحد", "http://y/1")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("c", "خبر آخر", "http://y/2")).ok());
  ASSERT_TRUE(ingester.Finish().ok());
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Count("SELECT count(DISTINCT duplicate_group) FROM articles"), 2);
  EXPECT_EQ(Count("SELECT duplicate_group FROM articles WHERE doc_id = 'b'"),
            Count("SELECT id FROM articles WHERE doc_id = 'a'"));
}

TEST_F(IngesterTest, RerunAfterAnUncommittedBatchStoresEachArticleOnce) {
  {
    Ingester interrupted(&*store_, 2);
    ASSERT_TRUE(interrupted.Add(MakeAnalysis("1", "الأول", "http://x/1")).ok());
    ASSERT_TRUE(interrupted.Add(MakeAnalysis("2", "الثاني", "http://x/2")).ok());  // committed
    ASSERT_TRUE(interrupted.Add(MakeAnalysis("3", "الثالث", "http://x/3")).ok());
    // Destroyed without Finish: the open batch is rolled back, as after a crash.
  }
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
  Ingester rerun(&*store_, 2);
  for (const char* n : {"1", "2", "3"}) {
    ASSERT_TRUE(
        rerun.Add(MakeAnalysis(n, std::string("نص ") + n, std::string("http://x/") + n)).ok());
  }
  ASSERT_TRUE(rerun.Finish().ok());
  EXPECT_EQ(rerun.counts().stored, 1u);
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 3);
  EXPECT_EQ(Count("SELECT count(DISTINCT url) FROM articles"), 3);
}

TEST_F(IngesterTest, ReadFailuresAreKeptOnce) {
  Ingester ingester(&*store_);
  ASSERT_TRUE(ingester.AddFailure({"x.txt", "empty file"}).ok());
  ASSERT_TRUE(ingester.AddFailure({"x.txt", "empty file"}).ok());
  ASSERT_TRUE(ingester.Finish().ok());
  EXPECT_EQ(Count("SELECT count(*) FROM errors"), 1);
}

TEST(ContentHashTest, DependsOnTheBytes) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("abc").size(), 16u);
}

}  // namespace
}  // namespace marsad::store
