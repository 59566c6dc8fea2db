#include "actors/ner_model_text.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

TEST(NerModelTextTest, TakesLinesInOrder) {
  std::string_view text = "a b\nc\n\nd";
  EXPECT_EQ(TakeLine(&text), "a b");
  EXPECT_EQ(TakeLine(&text), "c");
  EXPECT_EQ(TakeLine(&text), "");
  EXPECT_EQ(TakeLine(&text), "d");
  EXPECT_TRUE(text.empty());
}

TEST(NerModelTextTest, ReadsTheCountOfANamedSection) {
  std::string_view text = "vocabulary 3\nx\n";
  auto count = TakeSectionHeader("vocabulary", &text);
  ASSERT_TRUE(count.ok()) << count.status().message();
  EXPECT_EQ(*count, 3u);
  EXPECT_EQ(text, "x\n");
}

TEST(NerModelTextTest, RejectsAnotherSectionOrAMissingCount) {
  std::string_view other = "lexicon 3\n";
  EXPECT_FALSE(TakeSectionHeader("vocabulary", &other).ok());
  std::string_view no_count = "lexicon\n";
  auto result = TakeSectionHeader("lexicon", &no_count);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("lexicon"), std::string::npos);
  std::string_view longer_name = "lexicons 3\n";
  EXPECT_FALSE(TakeSectionHeader("lexicon", &longer_name).ok());
}

}  // namespace
}  // namespace marsad::actors
