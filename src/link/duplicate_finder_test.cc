#include "link/duplicate_finder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/link_words.h"

namespace marsad::link {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A news-like text of `count` distinct words drawn from a vocabulary by a fixed stride.
std::string Article(int count, int seed) {
  static const char* kWords[] = {"الرياض",  "وزير",  "الخارجية", "اجتماع", "مجلس",  "التعاون",
                                 "الخليجي", "اليمن", "الحوثيين", "قصف",    "طيران", "التحالف",
                                 "مدينة",   "عدن",   "السفير",   "اعلن",   "اليوم", "مؤتمر",
                                 "صحفي",    "النفط", "اسعار",    "سوق",    "الاسهم"};
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += kWords[(i * 7 + seed * 13 + i / 5) % 23];
    text += std::to_string((i * 31 + seed * 101) % 997);
    text += ' ';
  }
  return text;
}

class DuplicateFinderTest : public ::testing::Test {
 protected:
  void AddText(const std::string& text) {
    const auto words = WordsOfText(text);
    finder_.Add(hasher_.Sign(words), HashOfWords(words));
  }
  MinHasher hasher_;
  DuplicateFinder finder_;
};

TEST_F(DuplicateFinderTest, IdenticalTextsAreGrouped) {
  AddText(Article(200, 1));
  AddText(Article(200, 2));
  AddText(Article(200, 1));
  const DuplicateResult result = finder_.Find();
  ASSERT_EQ(result.pairs.size(), 1u);
  EXPECT_EQ(result.pairs[0].first, 0u);
  EXPECT_EQ(result.pairs[0].second, 2u);
  EXPECT_TRUE(result.pairs[0].exact);
  ASSERT_EQ(result.groups.size(), 1u);
  EXPECT_THAT(result.groups[0].docs, ElementsAre(0u, 2u));
}

TEST_F(DuplicateFinderTest, PunctuationAndSpacingDoNotMatter) {
  std::string plain, punctuated;
  for (int i = 0; i < 6; ++i) {
    plain += "قال الوزير ان الاجتماع ناجح" + std::to_string(i) + " ";
    punctuated += "قال  الوزير: ان «الاجتماع»، ناجح" + std::to_string(i) + ".\n";
  }
  AddText(plain);
  AddText(punctuated);
  const DuplicateResult result = finder_.Find();
  ASSERT_EQ(result.pairs.size(), 1u);
  EXPECT_TRUE(result.pairs[0].exact);
}

TEST_F(DuplicateFinderTest, OneWordEditIsStillGrouped) {
  const std::string original = Article(300, 3);
  std::string edited = original;
  edited.replace(edited.find(' ', edited.size() / 2) + 1, 0, "وأضاف ");
  AddText(original);
  AddText(edited);
  const DuplicateResult result = finder_.Find();
  ASSERT_EQ(result.pairs.size(), 1u);
  EXPECT_FALSE(result.pairs[0].exact);
  EXPECT_GE(result.pairs[0].similarity, 0.8);
  EXPECT_LT(result.pairs[0].similarity, 1.0);
}

TEST_F(DuplicateFinderTest, UnrelatedTextsAreNotGrouped) {
  for (int seed = 0; seed < 20; ++seed) AddText(Article(150, seed));
  const DuplicateResult result = finder_.Find();
  EXPECT_THAT(result.pairs, IsEmpty());
  EXPECT_THAT(result.groups, IsEmpty());
}

TEST_F(DuplicateFinderTest, HalfSharedTextIsBelowThreshold) {
  const std::string first = Article(200, 4);
  const std::string second = first.substr(0, first.size() / 2) + Article(100, 5);
  AddText(first);
  AddText(second);
  EXPECT_THAT(finder_.Find().pairs, IsEmpty());
}

TEST_F(DuplicateFinderTest, GroupsAreTransitive) {
  const std::string text = Article(300, 6);
  AddText(Article(100, 7));
  AddText(text);
  AddText(text + " خاتمة");
  AddText(text);
  const DuplicateResult result = finder_.Find();
  ASSERT_EQ(result.groups.size(), 1u);
  EXPECT_THAT(result.groups[0].docs, ElementsAre(1u, 2u, 3u));
  EXPECT_EQ(finder_.size(), 4u);
}

TEST_F(DuplicateFinderTest, EmptyDocumentsAreNeverGrouped) {
  AddText("");
  AddText("...");
  EXPECT_THAT(finder_.Find().pairs, IsEmpty());
}

TEST_F(DuplicateFinderTest, ShortDocumentsAreGroupedOnlyWhenIdentical) {
  AddText("صور اقتصادية من الرياض");
  AddText("صور اقتصادية من الرياض");
  AddText("صور اقتصادية من جدة");
  const DuplicateResult result = finder_.Find();
  ASSERT_EQ(result.pairs.size(), 1u);
  EXPECT_TRUE(result.pairs[0].exact);
  EXPECT_EQ(result.pairs[0].second, 1u);
}

}  // namespace
}  // namespace marsad::link
