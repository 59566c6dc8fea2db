#include "text/date_anchors.h"

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

std::vector<std::string> WindowTexts(const DateAnchors& anchors, std::string_view text,
                                     size_t context) {
  std::vector<std::string> out;
  for (const Span& window : anchors.Windows(text, context)) {
    out.emplace_back(window.of(text));
  }
  return out;
}

TEST(DateAnchorsTest, FindsWordsBehindCliticsAndFoldedForms) {
  const DateAnchors anchors({"سبتمبر", "الجمعه"});
  EXPECT_TRUE(anchors.IsAnchorWord("وسبتمبر"));
  EXPECT_TRUE(anchors.IsAnchorWord("للجمعه"));
  EXPECT_FALSE(anchors.IsAnchorWord("سبتمب"));
  // «الجمعة» with ة and a diacritic folds to the anchor.
  EXPECT_EQ(WindowTexts(anchors, "قال يومَ الجمعةِ إن", 0).size(), 1u);
}

TEST(DateAnchorsTest, TextWithoutAnchorsHasNoWindows) {
  const DateAnchors anchors({"سبتمبر"});
  EXPECT_TRUE(anchors.Windows("قال المتحدث إن 25 شخصا حضروا", 3).empty());
}

TEST(DateAnchorsTest, YearsAndNumberedDatesAreAnchors) {
  const DateAnchors anchors({"سبتمبر"});
  EXPECT_EQ(WindowTexts(anchors, "a b c 2015 d e f", 1), (std::vector<std::string>{" c 2015 d "}));
  EXPECT_EQ(WindowTexts(anchors, "x y ٢٥/٩ z", 0).size(), 1u);
  EXPECT_EQ(WindowTexts(anchors, "x عام ٢٠١٥م z", 0).size(), 1u);
  EXPECT_TRUE(anchors.Windows("x 5000 y 25 z", 1).empty());
  EXPECT_EQ(WindowTexts(anchors, "x y 25/9 z", 0).size(), 1u);
}

// A run of Arabic-block characters is letters or digits; marks the fold drops (tatweel) stay
// inside either, and where letters and digits meet one run ends and the next begins.
TEST(DateAnchorsTest, LettersAndDigitsGluedAreRunsOfTheirOwn) {
  const DateAnchors anchors({"سبتمبر"});
  EXPECT_EQ(WindowTexts(anchors, "x ٢٠ـ١٥ y", 0).size(), 1u);  // a year across a tatweel
  EXPECT_TRUE(anchors.Windows("x ٢٠ y", 1).empty());
  EXPECT_EQ(WindowTexts(anchors, "x بـ٢٠١٥ y", 0).size(), 1u);     // a year after a letter
  EXPECT_EQ(WindowTexts(anchors, "x ٢٠سبتمبر y", 0).size(), 1u);   // a month after digits
  EXPECT_EQ(WindowTexts(anchors, "x سبـتمبر١٢ y", 0).size(), 1u);  // a month before digits
  EXPECT_EQ(WindowTexts(anchors, "x سبتمبر١٢ y", 0).size(), 1u);
  EXPECT_TRUE(anchors.Windows("x ١٢سبتمبرا y", 1).empty());  // neither a date word nor a year
}

TEST(DateAnchorsTest, DayNumbersAnchorOnlyWhereAClauseEnds) {
  const DateAnchors anchors({"سبتمبر"}, {"الثاني"});
  EXPECT_EQ(WindowTexts(anchors, "عدت في 27.", 0).size(), 1u);
  EXPECT_EQ(WindowTexts(anchors, "عدت في ٢٧", 0).size(), 1u);
  EXPECT_TRUE(anchors.Windows("عدت في 27 ساعة", 1).empty());
  EXPECT_EQ(WindowTexts(anchors, "عدت للثاني، ثم", 0).size(), 1u);
  EXPECT_TRUE(anchors.Windows("المركز الثاني في الدوري", 1).empty());
  EXPECT_FALSE(anchors.IsAnchorWord("الثاني"));
}

TEST(DateAnchorsTest, LongWordsAreMatchedOnEveryLetter) {
  // Twenty letters: beyond the sixteen the word key packs, the rest are hashed.
  const std::string word = "ابتثجحخدذرزسشصضطظعغف";
  const DateAnchors anchors({word});
  EXPECT_TRUE(anchors.IsAnchorWord(word));
  EXPECT_TRUE(anchors.IsAnchorWord("و" + word));
  EXPECT_FALSE(anchors.IsAnchorWord("ابتثجحخدذرزسشصضطظعغق"));  // the last letter differs
  EXPECT_FALSE(anchors.IsAnchorWord("ابتثجحخدذرزسشصضطظعغ"));   // one letter short
  EXPECT_EQ(WindowTexts(anchors, "x " + word + " y", 0).size(), 1u);
  EXPECT_TRUE(anchors.Windows("x ابتثجحخدذرزسشصضطظعغق y", 0).empty());
}

TEST(DateAnchorsTest, NearbyWindowsMerge) {
  const DateAnchors anchors({"سبتمبر"});
  const auto windows = WindowTexts(anchors, "a سبتمبر b سبتمبر c d e f g h i j k سبتمبر", 1);
  ASSERT_EQ(windows.size(), 2u);
  EXPECT_EQ(windows[0], "a سبتمبر b سبتمبر c ");
}

}  // namespace
}  // namespace marsad::text
