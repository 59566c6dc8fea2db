#include "store/search_query.h"

#include <gtest/gtest.h>

namespace marsad::store {
namespace {

std::string Fts(std::string_view input) {
  auto query = ParseSearchQuery(input);
  EXPECT_TRUE(query.ok()) << query.status().message();
  return query.ok() ? query->ToFts5() : "";
}

TEST(SearchQueryTest, WordsAreQuotedAndJoinedByAnd) {
  EXPECT_EQ(Fts("الحكومة  السعودية"), "\"الحكومة\" AND \"السعودية\"");
}

TEST(SearchQueryTest, PhrasesOrAndExclusions) {
  EXPECT_EQ(Fts("\"مجلس الشورى\" إيران OR العراق -داعش"),
            "(\"مجلس الشورى\" AND (\"إيران\" OR \"العراق\")) NOT \"داعش\"");
  EXPECT_EQ(Fts("a -\"b c\""), "(\"a\") NOT \"b c\"");
}

TEST(SearchQueryTest, Fts5SyntaxInUserInputStaysLiteral) {
  EXPECT_EQ(Fts("NEAR(a b) col:x *"), "\"NEAR(a\" AND \"b)\" AND \"col:x\"");
  EXPECT_EQ(Fts("a\"b\" c"), "\"a\" AND \"b\" AND \"c\"");
  EXPECT_EQ(QuoteFts5("x\"y"), "\"x\"\"y\"");
  EXPECT_EQ(Fts("and not or"), "\"and\" AND \"not\" AND \"or\"");
}

TEST(SearchQueryTest, BadSyntaxIsAClearError) {
  for (const char* bad : {"", "   ", "\"unterminated", "OR a", "a OR", "a OR OR b", "-a", "\"\"",
                          "a OR -b", "- . ,"}) {
    auto query = ParseSearchQuery(bad);
    EXPECT_FALSE(query.ok()) << bad;
    if (!query.ok()) {
      EXPECT_FALSE(query.status().message().empty());
    }
  }
}

}  // namespace
}  // namespace marsad::store
