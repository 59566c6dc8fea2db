#include "text/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace marsad::text {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& sentence : SplitSentences(text, &tokens)) {
    out.emplace_back(sentence.span.of(text));
  }
  return out;
}

using ::testing::ElementsAre;

TEST(SentenceSplitterTest, EndsAtTerminators) {
  EXPECT_THAT(Sentences("قال الرئيس. هل حدث ذلك؟ نعم! انتهى…"),
              ElementsAre("قال الرئيس.", "هل حدث ذلك؟", "نعم!", "انتهى…"));
}

TEST(SentenceSplitterTest, LineBreaksEndHeadlines) {
  EXPECT_THAT(Sentences("الملك يستقبل الرئيس\nقال الملك اليوم"),
              ElementsAre("الملك يستقبل الرئيس", "قال الملك اليوم"));
}

TEST(SentenceSplitterTest, HeadlinesGluedToABodyLineEndAtTheJoin) {
  EXPECT_THAT(Sentences("نص.\nواشنطن مستعدة لمحاربة \"داعش\" مع موسكو بغداد تطالب بشن غارات على "
                        "\"داعش\"وأشار بيسكوف إلى ذلك."),
              ElementsAre("نص.",
                          "واشنطن مستعدة لمحاربة \"داعش\" مع موسكو بغداد تطالب بشن غارات على "
                          "\"داعش\"",
                          "وأشار بيسكوف إلى ذلك."));
  // Not after punctuation, nor before «وال...» (a noun), nor with a space at the join.
  EXPECT_THAT(Sentences("قال المتحدث، إن \"داعش\"وأشار إلى ذلك."),
              ElementsAre("قال المتحدث، إن \"داعش\"وأشار إلى ذلك."));
  EXPECT_THAT(Sentences("وصل وزير الاقتصاد «زيجمار»والكل يتداعى"),
              ElementsAre("وصل وزير الاقتصاد «زيجمار»والكل يتداعى"));
  EXPECT_THAT(Sentences("وصل وزير الاقتصاد «زيجمار» وأشار إلى ذلك"),
              ElementsAre("وصل وزير الاقتصاد «زيجمار» وأشار إلى ذلك"));
}

TEST(SentenceSplitterTest, NotInsideQuotesClosedOnTheSameLine) {
  EXPECT_THAT(Sentences("قال: «لن نتراجع. أبدا» وأضاف كلاما. ثم غادر."),
              ElementsAre("قال: «لن نتراجع. أبدا» وأضاف كلاما.", "ثم غادر."));
  EXPECT_THAT(Sentences("قال \"لا. لن\" ثم سكت. انتهى"),
              ElementsAre("قال \"لا. لن\" ثم سكت.", "انتهى"));
  // A quotation whose last word ends a sentence ends it.
  EXPECT_THAT(Sentences("قال: «سنفعل ذلك.» وغادر."), ElementsAre("قال: «سنفعل ذلك.»", "وغادر."));
  // An unclosed quote does not hold the sentence open.
  EXPECT_THAT(Sentences("قال: «لن نتراجع. أبدا"), ElementsAre("قال: «لن نتراجع.", "أبدا"));
}

TEST(SentenceSplitterTest, NotAfterDatesDecimalsInitialsAbbreviations) {
  EXPECT_THAT(Sentences("في 25.9.2015 ارتفع 1.5 بالمئة. قال د. محمد وU.S. officials كذلك."),
              ElementsAre("في 25.9.2015 ارتفع 1.5 بالمئة.", "قال د. محمد وU.S. officials كذلك."));
}

TEST(SentenceSplitterTest, ClosingMarksStayWithTheSentence) {
  EXPECT_THAT(Sentences("(حدث ذلك.) ثم؟! انتهى"), ElementsAre("(حدث ذلك.)", "ثم؟!", "انتهى"));
}

TEST(SentenceSplitterTest, TokensKnowTheirSentence) {
  const std::string text = "أب جد. هو د\nه";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> sentences = SplitSentences(text, &tokens);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].first_token, 0u);
  EXPECT_EQ(sentences[0].end_token, 3u);
  EXPECT_EQ(sentences[1].first_token, 3u);
  EXPECT_EQ(sentences[1].end_token, 5u);
  EXPECT_EQ(sentences[2].end_token, 6u);
  EXPECT_EQ(tokens[4].sentence, 1u);
  EXPECT_EQ(tokens[5].sentence, 2u);
  std::vector<Token> none;
  EXPECT_TRUE(SplitSentences("", &none).empty());
}

}  // namespace
}  // namespace marsad::text
