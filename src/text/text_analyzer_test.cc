#include "text/text_analyzer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace marsad::text {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA")) return env;
  return std::string(MARSAD_SOURCE_DIR) + "/data";
}

// Words with clitics (وقال, بالحكومة, وسيسمح, نشرتها), hamza and ta marbuta forms, harakat,
// tatweel, Arabic-Indic digits, Latin and punctuation, over two lines.
constexpr std::string_view kText =
    "وقال المتحدثُ باسم الحكومة إن وزارة الخارجيـة نشرتها يوم ٢٥ يوليو 2015، وسيسمح "
    "للسلطة بالمشاركة.\n"
    "Reuters: «أكد الرئيس أن الاتفاق سيُوقَّع قريباً» (أ.ف.ب)";

// Loading the segmentation model takes a while: the suite loads it once.
class TextAnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = TextAnalyzer::Load(DataDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    analyzer_ = new TextAnalyzer(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }
  static TextAnalyzer* analyzer_;
};

TextAnalyzer* TextAnalyzerTest::analyzer_ = nullptr;

TEST_F(TextAnalyzerTest, NormsAreTheNormalisedTextOfEveryTokenAndSegment) {
  Analysis analysis;
  analysis.article.text = std::string(kText);
  analyzer_->Apply(&analysis);
  const std::string_view text = analysis.text();
  const Normalizer& normalizer = analyzer_->normalizer();

  ASSERT_GT(analysis.tokens.size(), 20u);
  size_t split_words = 0;
  for (const Token& token : analysis.tokens) {
    const std::string_view written = token.span.of(text);
    EXPECT_EQ(token.norm, normalizer.NormalizeString(written)) << written;
    ASSERT_FALSE(token.segments.empty()) << written;
    uint32_t at = token.span.start;
    for (const Segment& segment : token.segments) {
      EXPECT_EQ(segment.span.start, at) << written;
      EXPECT_EQ(segment.norm, normalizer.NormalizeString(segment.span.of(text))) << written;
      at = segment.span.end;
    }
    EXPECT_EQ(at, token.span.end) << written;
    if (token.segments.size() > 1) ++split_words;
  }
  EXPECT_GE(split_words, 5u);  // و+قال, ب+المشاركة, نشرت+ها, و+س+يسمح, ل+لسلطة
}

// The norms view the analysis' own store: they must survive a move of the analysis (into a
// container that then grows, as the batch runner's queue does) and a second Apply.
TEST_F(TextAnalyzerTest, NormsStayValidWhenTheAnalysisMovesOrIsAnalysedAgain) {
  Analysis first;
  first.article.text = std::string(kText);
  analyzer_->Apply(&first);
  std::vector<std::string> expected;
  for (const Token& token : first.tokens) expected.emplace_back(token.norm);
  std::vector<Analysis> moved;
  moved.push_back(std::move(first));
  for (int i = 0; i < 8; ++i) moved.emplace_back();  // reallocates: moves the analysis again
  Analysis again = std::move(moved.front());
  moved.clear();
  ASSERT_EQ(again.tokens.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(again.tokens[i].norm, expected[i]) << i;
  again.article.text = "قالت الحكومة";
  analyzer_->Apply(&again);
  ASSERT_EQ(again.tokens.size(), 2u);
  EXPECT_EQ(again.tokens[0].norm, "قالت");
  EXPECT_EQ(again.tokens[1].norm, "الحكومه");
  EXPECT_EQ(again.tokens[1].segments.back().norm, "الحكومه");
}

TEST_F(TextAnalyzerTest, MarksSentencesInsideBoilerplateLines) {
  Analysis analysis;
  analysis.article.text = std::string(kText);
  const uint32_t second_line = static_cast<uint32_t>(kText.find('\n') + 1);
  analysis.boilerplate.push_back({second_line, static_cast<uint32_t>(kText.size())});
  analyzer_->Apply(&analysis);
  ASSERT_GE(analysis.sentences.size(), 2u);
  EXPECT_FALSE(analysis.sentences.front().boilerplate);
  EXPECT_TRUE(analysis.sentences.back().boilerplate);
}

}  // namespace
}  // namespace marsad::text
