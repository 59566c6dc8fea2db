#include "lexicon/match_units.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "lexicon/variant_key.h"

namespace marsad::lexicon {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/data";
}

class MatchUnitsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = text::TextAnalyzer::Load(DataDir());
    if (loaded.ok()) text_ = new text::TextAnalyzer(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete text_;
    text_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(text_, nullptr) << "text stage failed to load"; }
  static Analysis Analyze(const std::string& text) {
    Analysis analysis;
    analysis.article.text = text;
    text_->Apply(&analysis);
    return analysis;
  }
  // The unit whose key or alternative is `key`, or nullptr.
  static const MatchUnit* Find(const std::vector<MatchUnit>& units, const std::string& key) {
    for (const MatchUnit& unit : units) {
      if (unit.key == key || unit.alternative == key) return &unit;
    }
    return nullptr;
  }
  static text::TextAnalyzer* text_;
};

text::TextAnalyzer* MatchUnitsTest::text_ = nullptr;

TEST_F(MatchUnitsTest, ReadsAProcliticWordAsTheBareName) {
  Analysis analysis = Analyze("دعا لروسيا وللعراق");
  auto units = BuildMatchUnits(analysis, 0, analysis.tokens.size());
  const MatchUnit* russia = Find(units, "روسيا");
  ASSERT_NE(russia, nullptr);
  Span span = russia->key == "روسيا" ? russia->span : russia->alternative_span;
  EXPECT_EQ(span.of(analysis.text()), "روسيا");
  const MatchUnit* iraq = Find(units, "عراق");
  ASSERT_NE(iraq, nullptr);
  Span iraq_span = iraq->key == "عراق" ? iraq->span : iraq->alternative_span;
  EXPECT_EQ(iraq_span.of(analysis.text()), "عراق");
}

TEST_F(MatchUnitsTest, TrimsGluedPunctuationFromSpans) {
  Analysis analysis = Analyze("تنظيم \"داعش\".");
  auto units = BuildMatchUnits(analysis, 0, analysis.tokens.size());
  const MatchUnit* isis = Find(units, "داعش");
  ASSERT_NE(isis, nullptr);
  EXPECT_EQ(isis->span.of(analysis.text()), "داعش");
}

TEST_F(MatchUnitsTest, KeepsTheSpanOfAWordBetweenArabicLetters) {
  // Marks, tatweel and hamza are word characters; the Arabic comma and percent sign are not.
  Analysis analysis = Analyze("كتبَ محـمد ءامن ٥٠٪ غزة؟");
  auto units = BuildMatchUnits(analysis, 0, analysis.tokens.size());
  std::vector<std::string> spans;
  spans.reserve(units.size());
  for (const MatchUnit& unit : units) spans.emplace_back(unit.span.of(analysis.text()));
  EXPECT_NE(std::find(spans.begin(), spans.end(), "كتبَ"), spans.end());
  EXPECT_NE(std::find(spans.begin(), spans.end(), "محـمد"), spans.end());
  EXPECT_NE(std::find(spans.begin(), spans.end(), "ءامن"), spans.end());
  EXPECT_NE(std::find(spans.begin(), spans.end(), "غزة"), spans.end());
  EXPECT_EQ(std::find(spans.begin(), spans.end(), "٥٠٪"), spans.end());
}

TEST_F(MatchUnitsTest, QuotesBetweenWordsGiveNoUnit) {
  Analysis analysis = Analyze("لتنظيم « القاعدة » ، و");
  auto units = BuildMatchUnits(analysis, 0, analysis.tokens.size());
  std::vector<std::string> keys;
  keys.reserve(units.size());
  for (const MatchUnit& unit : units)
    keys.push_back(unit.alternative.empty() ? unit.key : unit.alternative);
  ASSERT_GE(keys.size(), 2u);
  EXPECT_EQ(keys[0], "تنظيم");
  EXPECT_EQ(keys[1], VariantKey("القاعدة"));
  EXPECT_EQ(keys.size(), 4u);  // the comma stays a unit: it separates
}

TEST_F(MatchUnitsTest, PhraseKeysFoldLikeText) {
  std::vector<std::string> keys = PhraseKeys(*text_, "وزير الخارجية الروسي");
  ASSERT_FALSE(keys.empty());
  EXPECT_EQ(keys.front(), "وزير");
  EXPECT_EQ(keys.back(), "روسي");
  EXPECT_TRUE(PhraseKeys(*text_, " ، ").empty());
}

}  // namespace
}  // namespace marsad::lexicon
