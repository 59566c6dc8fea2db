#include "text/segmentation_scorer.h"

#include <gtest/gtest.h>

#include "text/conllu_reader.h"

namespace marsad::text {
namespace {

constexpr char kConllu[] =
    "# sent_id = s1\n"
    "# text = وقال: نشرتها.\n"
    "1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No\n"
    "2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t:\t:\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "4\tنشرت\tنشر\tVERB\t_\t_\t2\tccomp\t_\tSpaceAfter=No\n"
    "5\tها\tهو\tPRON\t_\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n";

Token MakeToken(uint32_t start, uint32_t end, std::vector<uint32_t> cuts) {
  Token token;
  token.span = {start, end};
  uint32_t from = start;
  for (uint32_t cut : cuts) {
    token.segments.push_back({{from, cut}, {}});
    from = cut;
  }
  token.segments.push_back({{from, end}, {}});
  return token;
}

TEST(ConlluReaderTest, ReadsTextAndWords) {
  auto sentences = ParseConllu(kConllu);
  ASSERT_TRUE(sentences.ok());
  ASSERT_EQ(sentences->size(), 1u);
  const ConlluSentence& s = (*sentences)[0];
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.text, "وقال: نشرتها.");
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[0].form, "و");
  EXPECT_FALSE(s.words[0].space_after);
  EXPECT_TRUE(s.words[2].space_after);
  EXPECT_EQ(s.words[2].upos, "PUNCT");
  EXPECT_FALSE(ParseConllu("1\tonly\tthree\n").ok());
}

TEST(SegmentationScorerTest, GoldTokensJoinClitics) {
  auto sentences = ParseConllu(kConllu);
  ASSERT_TRUE(sentences.ok());
  auto gold = AlignGoldTokens((*sentences)[0]);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 4u);  // وقال : نشرتها .
  EXPECT_EQ((*gold)[0].span, (Span{0, 8}));
  EXPECT_EQ((*gold)[0].words.size(), 2u);
  EXPECT_EQ((*gold)[1].span, (Span{8, 9}));
  EXPECT_EQ((*gold)[2].span, (Span{10, 22}));
  EXPECT_EQ((*gold)[3].words.size(), 1u);
}

TEST(SegmentationScorerTest, ScoresTokensAndWords) {
  auto sentences = ParseConllu(kConllu);
  ASSERT_TRUE(sentences.ok());
  // وقال split right, نشرتها left whole.
  std::vector<Token> predicted = {MakeToken(0, 8, {2}), MakeToken(8, 9, {}), MakeToken(10, 22, {}),
                                  MakeToken(22, 23, {})};
  SegmentationScorer scorer;
  std::vector<std::string> errors;
  scorer.Add((*sentences)[0], predicted, &errors);
  const SegmentationCounts& c = scorer.counts();
  EXPECT_EQ(c.gold_tokens, 4u);
  EXPECT_EQ(c.correct_tokens, 3u);
  EXPECT_EQ(c.gold_words, 6u);
  EXPECT_EQ(c.predicted_words, 5u);
  EXPECT_EQ(c.matched_words, 4u);
  EXPECT_DOUBLE_EQ(c.TokenAccuracy(), 0.75);
  EXPECT_DOUBLE_EQ(c.Precision(), 0.8);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "نشرت+ها | نشرتها");
}

TEST(SegmentationScorerTest, UnfoundWordsCountAsWrong) {
  ConlluSentence sentence;
  sentence.id = "x";
  sentence.text = "abc";
  sentence.words = {{"xyz", "NOUN", true}};
  SegmentationScorer scorer;
  scorer.Add(sentence, {MakeToken(0, 3, {})});
  EXPECT_EQ(scorer.counts().unaligned_sentences, 1u);
  EXPECT_EQ(scorer.counts().correct_tokens, 0u);
  EXPECT_EQ(scorer.counts().gold_tokens, 1u);
}

}  // namespace
}  // namespace marsad::text
