#include "actors/ner_corpus.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

TEST(NerCorpusTest, ReadsAnercorpSentencesAndMapsPers) {
  const NerClassMap classes;
  auto parsed = ParseTaggedSentences(
      "قال O\nالرئيس O\nباراك B-PERS\nأوباما I-PERS\n\nفي O\nواشنطن B-LOC\n", classes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].words, (std::vector<std::string>{"قال", "الرئيس", "باراك", "أوباما"}));
  EXPECT_EQ((*parsed)[0].tags, (std::vector<std::string>{"O", "O", "B-PER", "I-PER"}));
  EXPECT_EQ((*parsed)[1].tags, (std::vector<std::string>{"O", "B-LOC"}));
}

TEST(NerCorpusTest, ReadsNewsFaneWithMarksAndFineClasses) {
  auto classes = NerClassMap::Load(std::string(MARSAD_SOURCE_DIR) + "/data/models/ner.classes.tsv");
  ASSERT_TRUE(classes.ok()) << classes.status().message();
  // BOM, LRM marks and CRLF as in the NewsFANE file; "\t" alone ends a sentence.
  const std::string content =
      "\xEF\xBB\xBF\xE2\x80\x8Eفرانكفورت\tB-Population-Center\r\n"
      "\xE2\x80\x8Eاعلن\tO\r\n\t\r\n"
      "\xE2\x80\x8Eبرند\tB-Other_PER\r\n\xE2\x80\x8Eجوتشولك\tI-Other_PER\r\n";
  auto parsed = ParseTaggedSentences(content, *classes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].words, (std::vector<std::string>{"فرانكفورت", "اعلن"}));
  EXPECT_EQ((*parsed)[0].tags, (std::vector<std::string>{"B-LOC", "O"}));
  EXPECT_EQ((*parsed)[1].tags, (std::vector<std::string>{"B-PER", "I-PER"}));
}

TEST(NerCorpusTest, RejectsUnknownClass) {
  const NerClassMap classes;
  auto parsed = ParseTaggedSentences("x O\ny B-Politician\n", classes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("line 2"), std::string::npos);
}

TEST(NerCorpusTest, WritesAnercorpThatReadsBack) {
  const std::vector<TaggedSentence> sentences = {{{"زار", "محمد", "عمان"}, {"O", "B-PER", "B-LOC"}},
                                                 {{"الأمم", "المتحدة"}, {"B-ORG", "I-ORG"}}};
  const std::string text = FormatAnercorp(sentences);
  EXPECT_EQ(text, "زار O\nمحمد B-PERS\nعمان B-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\n\n");
  auto parsed = ParseTaggedSentences(text, NerClassMap());
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].tags, sentences[0].tags);
  EXPECT_EQ((*parsed)[1].words, sentences[1].words);
}

}  // namespace
}  // namespace marsad::actors
