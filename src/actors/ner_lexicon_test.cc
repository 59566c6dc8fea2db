#include "actors/ner_lexicon.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

TEST(NerLexiconTest, CountsAndMerges) {
  NerLexicon a, b;
  a.Add(7, 0);
  a.Add(7, -1);
  b.Add(7, 0);
  b.Add(9, 2, 3);
  a.Merge(b, 1);
  EXPECT_EQ(a.Find(7).count, 3u);
  EXPECT_EQ(a.Find(7).in_type[0], 2u);
  EXPECT_EQ(a.Find(9).in_type[2], 3u);
  a.Merge(b, -1);
  EXPECT_EQ(a.Find(7).count, 2u);
  EXPECT_EQ(a.Find(9).count, 0u);
  EXPECT_EQ(a.size(), 1u);
}

TEST(NerLexiconTest, SerializeRoundTripsAndLeavesTheRest) {
  NerLexicon lexicon;
  lexicon.Add(0xabcdef, 1, 4);
  lexicon.Add(0x12, -1);
  const std::string text = lexicon.Serialize() + "after\n";
  std::string_view cursor = text;
  auto parsed = NerLexicon::ParsePrefix(&cursor);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(cursor, "after\n");
  EXPECT_EQ(parsed->Find(0xabcdef).in_type[1], 4u);
  EXPECT_EQ(parsed->Find(0x12).count, 1u);
  std::string_view bad = "lexicon 1\nzz 1 0 0 0 0\n";
  EXPECT_FALSE(NerLexicon::ParsePrefix(&bad).ok());
}

}  // namespace
}  // namespace marsad::actors
