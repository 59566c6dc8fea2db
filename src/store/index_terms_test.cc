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

TEST_F(IndexTermsTest, TermsFromTheTextStagesTokensEqualTheTermsOfTheText) {
  // The ingester indexes the analysis' tokens (ExtractFromTokens) while queries and
  // snippets go through Extract: both must give the same terms, spans and positions.
  Analysis a;
  a.article.text =
      "وقال وزير الخارجية للصحفيين إن الحكومة والمملكة ستدعمان بالتعاون مع الأمم المتحدة "
      "خطة 2030، وأكدوا أن «السلام» ممكن. Reuters: 15.5% من النفط لحكومتهم؟!";
  text_->Apply(&a);
  ASSERT_FALSE(a.tokens.empty());
  struct Term {
    std::string term;
    uint32_t start, end;
    bool colocated;
    bool operator==(const Term& other) const {
      return term == other.term && start == other.start && end == other.end &&
             colocated == other.colocated;
    }
  };
  auto collect = [](std::vector<Term>* out) {
    return [out](std::string_view term, Span span, bool colocated) {
      out->push_back({std::string(term), span.start, span.end, colocated});
      return true;
    };
  };
  std::vector<Term> from_text, from_tokens;
  IndexTerms terms(text_->normalizer(), text_->segmenter());
  terms.Extract(a.text(), collect(&from_text));
  IndexTerms::ExtractFromTokens(a.text(), a.tokens, collect(&from_tokens));
  EXPECT_GT(from_text.size(), 20u);
  ASSERT_EQ(from_tokens.size(), from_text.size());
  for (size_t i = 0; i < from_text.size(); ++i) {
    EXPECT_TRUE(from_tokens[i] == from_text[i])
        << i << ": " << from_tokens[i].term << " vs " << from_text[i].term;
  }
}

TEST_F(IndexTermsTest, PositionsAreTheWordsThatGetATerm) {
  const std::string text = "وقال الوزير ، للحكومة 2015 ـ Reuters؟ بها والتي";
  IndexTerms terms(text_->normalizer(), text_->segmenter());
  std::vector<std::pair<uint32_t, uint32_t>> of_terms, of_positions;
  terms.Extract(text, [&](std::string_view, Span span, bool colocated) {
    if (!colocated) of_terms.emplace_back(span.start, span.end);
    return true;
  });
  terms.Positions(text, [&](Span span) {
    of_positions.emplace_back(span.start, span.end);
    return true;
  });
  EXPECT_EQ(of_positions.size(), 7u);
  EXPECT_EQ(of_positions, of_terms);
}

TEST_F(IndexTermsTest, SpellingVariantsIndexTheSameTerm) {
  EXPECT_EQ(Terms("أحمد"), Terms("احمد"));
}

}  // namespace
}  // namespace marsad::store
