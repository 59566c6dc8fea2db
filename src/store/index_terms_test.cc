#include "store/index_terms.h"

#include <gtest/gtest.h>

#include "pipeline/analyzer.h"
#include "text/text_analyzer.h"

namespace marsad::store {
namespace {

TEST(StemOfSegmentsTest, DropsProcliticsAndPronounSuffixes) {
  std::string alternative;
  EXPECT_EQ(StemOfSegments({"و", "الحكومه"}, &alternative), "الحكومه");
  EXPECT_EQ(alternative, "");
  EXPECT_EQ(StemOfSegments({"و", "ب", "شروط", "ها"}, &alternative), "شروط");
  EXPECT_EQ(StemOfSegments({"نشرت", "ها"}, &alternative), "نشرت");
  EXPECT_EQ(StemOfSegments({"و"}, &alternative), "و");
  EXPECT_EQ(StemOfSegments({"قال"}, &alternative), "قال");
}

TEST(StemOfSegmentsTest, LamWithElidedArticleAlsoYieldsTheArticleForm) {
  std::string alternative;
  EXPECT_EQ(StemOfSegments({"ل", "لحكومه"}, &alternative), "لحكومه");
  EXPECT_EQ(alternative, "الحكومه");
}

class IndexTermsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto text = text::TextAnalyzer::Load(pipeline::ResolveDataDir(""));
    ASSERT_TRUE(text.ok()) << text.status().message();
    text_ = std::make_unique<text::TextAnalyzer>(std::move(text).value());
  }
  std::vector<std::string> Terms(std::string_view input) const {
    IndexTerms terms(text_->normalizer(), text_->segmenter());
    std::vector<std::string> out;
    terms.Extract(input, [&](std::string_view term, Span span, bool) {
      EXPECT_LE(span.end, input.size());
      out.emplace_back(term);
      return true;
    });
    return out;
  }
  std::unique_ptr<text::TextAnalyzer> text_;
};

TEST_F(IndexTermsTest, PunctuationIsNotIndexedAndSpansPointIntoTheText) {
  std::vector<std::string> terms = Terms("قال ، 2015 !");
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[1], "2015");
}

TEST_F(IndexTermsTest, ConjunctionPrefixedWordIndexesLikeTheBareWord) {
  const std::string text = "والحكومة";
  if (text_->segmenter().Segment(text, Span{0, static_cast<uint32_t>(text.size())}).size() < 2) {
    GTEST_SKIP() << "the segmenter does not split والحكومة yet";
  }
  EXPECT_EQ(Terms("والحكومة"), Terms("الحكومة"));
}

TEST_F(IndexTermsTest, SpellingVariantsIndexTheSameTerm) {
  EXPECT_EQ(Terms("أحمد"), Terms("احمد"));
}

}  // namespace
}  // namespace marsad::store
