#include "link/link_words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace marsad::link {
namespace {

using ::testing::ElementsAre;

TEST(WordsOfTextTest, SplitsOnSpacesAndPunctuation) {
  // Words chosen so that normalisation leaves them as they are.
  EXPECT_THAT(WordsOfText("قال الوزير، ان «السعودي» يرحب؛ 2015!"),
              ElementsAre("قال", "الوزير", "ان", "السعودي", "يرحب", "2015"));
}

TEST(WordsOfTextTest, DropsDiacriticsAndTatweelInsideWords) {
  EXPECT_THAT(WordsOfText("مُحَمَّد الـرياض"), ElementsAre("محمد", "الرياض"));
}

TEST(WordsOfTextTest, KeepsLatinWords) {
  EXPECT_THAT(WordsOfText("opec - meeting"), ElementsAre("opec", "meeting"));
}

TEST(WordsOfTextTest, EmptyTextHasNoWords) { EXPECT_TRUE(WordsOfText(" ،. ").empty()); }

TEST(WordsOfAnalysisTest, SkipsPunctuationAndBoilerplate) {
  Analysis analysis;
  analysis.article.text = "قال الوزير. اقرأ أيضا";
  analysis.sentences = {{{0, 20}, false, 0, 3}, {{21, 40}, true, 3, 5}};
  auto token = [&](uint32_t start, uint32_t end, TokenKind kind, uint32_t sentence,
                   std::string_view norm) {
    Token t;
    t.span = {start, end};
    t.kind = kind;
    t.sentence = sentence;
    t.norm = analysis.norms.Keep(norm);
    return t;
  };
  analysis.tokens = {
      token(0, 6, TokenKind::kWord, 0, "قال"), token(7, 19, TokenKind::kWord, 0, "الوزير"),
      token(19, 20, TokenKind::kPunct, 0, "."), token(21, 29, TokenKind::kWord, 1, "اقرا"),
      token(30, 38, TokenKind::kWord, 1, "ايضا")};
  EXPECT_THAT(WordsOfAnalysis(analysis), ElementsAre("قال", "الوزير"));
}

TEST(WordsOfAnalysisTest, FallsBackToTextWithoutTokens) {
  Analysis analysis;
  analysis.article.text = "خبر عاجل";
  EXPECT_THAT(WordsOfAnalysis(analysis), ElementsAre("خبر", "عاجل"));
}

TEST(HashOfWordsTest, EqualOnlyForEqualSequences) {
  EXPECT_EQ(HashOfWords({"a", "b"}), HashOfWords({"a", "b"}));
  EXPECT_NE(HashOfWords({"a", "b"}), HashOfWords({"b", "a"}));
  EXPECT_NE(HashOfWords({"ab"}), HashOfWords({"a", "b"}));
  EXPECT_EQ(HashOfWords({}), 0u);
  EXPECT_NE(HashOfWords({""}), 0u);
}

}  // namespace
}  // namespace marsad::link
