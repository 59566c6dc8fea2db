#include "events/codebook.h"

#include <gtest/gtest.h>

#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

TEST(CodebookTest, LoadsGoldsteinQuadClassAndPlover) {
  auto book = Codebook::Load(TestDataDir());
  ASSERT_TRUE(book.ok()) << book.status().message();
  const CodeInfo* deny = book->Find("016");
  ASSERT_NE(deny, nullptr);
  EXPECT_EQ(deny->quad_class, 1);
  EXPECT_EQ(deny->name, "Deny responsibility");
  const CodeInfo* protest = book->Find("141");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(protest->plover, "PROTEST");
  EXPECT_EQ(protest->quad_class, 4);
  EXPECT_DOUBLE_EQ(protest->goldstein, -6.5);
  EXPECT_EQ(book->Find("195")->plover, "ASSAULT");
  EXPECT_EQ(book->Find("0312")->plover, "AGREE");
  EXPECT_EQ(book->Find("020")->plover, "REQUEST");  // from the supplement
  EXPECT_EQ(book->Find("010")->plover, "");         // PLOVER has no statements
  // The supplement overrides the PLOVER table: destroying property is COERCE, not ASSAULT.
  EXPECT_EQ(book->Find("1712")->plover, "COERCE");
  EXPECT_EQ(book->Find("1711")->plover, "COERCE");
  EXPECT_EQ(book->Find("175")->plover, "COERCE");  // violent repression, left out by PLOVER
  EXPECT_EQ(book->Find("1823")->plover, "ASSAULT");
}

TEST(CodebookTest, UnknownCodeFallsBackToParent) {
  auto book = Codebook::Load(TestDataDir());
  ASSERT_TRUE(book.ok());
  EXPECT_FALSE(book->Knows("0319"));
  ASSERT_NE(book->Find("0319"), nullptr);
  EXPECT_EQ(book->Find("0319"), book->Find("031"));
  EXPECT_EQ(book->Find("99"), nullptr);
}

TEST(CodebookTest, QuadClassOfRoots) {
  EXPECT_EQ(Codebook::QuadClass("051"), 1);
  EXPECT_EQ(Codebook::QuadClass("064"), 2);
  EXPECT_EQ(Codebook::QuadClass("112"), 3);
  EXPECT_EQ(Codebook::QuadClass("2041"), 4);
  EXPECT_EQ(Codebook::QuadClass("21"), 0);
  EXPECT_EQ(Codebook::QuadClass("x"), 0);
}

TEST(CodebookTest, MissingDirectoryIsAnError) { EXPECT_FALSE(Codebook::Load("/nonexistent").ok()); }

}  // namespace
}  // namespace marsad::events
