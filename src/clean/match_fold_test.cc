#include "clean/match_fold.h"

#include <gtest/gtest.h>

namespace marsad::clean {
namespace {

TEST(MatchFoldTest, FoldsHamzaAlefMaqsuraAndTaMarbuta) {
  EXPECT_EQ(MatchFold("إقرأ أيضاً"), "اقرا ايضا");
  EXPECT_EQ(MatchFold("مستشفى الجامعة"), "مستشفي الجامعه");
}

TEST(MatchFoldTest, DropsTatweelAndDiacriticsAndCollapsesSpace) {
  EXPECT_EQ(MatchFold("  شـاهِد \t  أيضاً  "), "شاهد ايضا");
}

TEST(MatchFoldTest, LowercasesLatinAndFoldsDigits) {
  EXPECT_EQ(MatchFold("Read MORE ٢٠١٥"), "read more 2015");
}

TEST(MatchFoldTest, InvisibleMarksSeparateWordsLikeSpaces) {
  EXPECT_EQ(MatchFold("\xEF\xBB\xBFاقرأ\xE2\x80\x8Fأيضاً\xC2\xA0\xE2\x80\xAFالآن"),
            "اقرا ايضا الان");
}

TEST(MatchFoldTest, WordsOfMarksOnlyLeaveOneSpace) {
  EXPECT_EQ(MatchFold("شاهد ـ ً أيضا"), "شاهد ايضا");
  EXPECT_EQ(MatchFold("ـ شاهد ـ"), "شاهد");
}

TEST(MatchFoldTest, KeepsBidiControlsSoALineOfThemIsNotBlank) {
  EXPECT_EQ(MatchFold("\xE2\x80\xAB"), "\xE2\x80\xAB");
  EXPECT_EQ(MatchFold(" \xE2\x81\xA7قال\xE2\x81\xA9 "), "\xE2\x81\xA7قال\xE2\x81\xA9");
}

// MatchFold folds letters exactly as text::Normalizer does (the project has one fold).
TEST(MatchFoldTest, FoldsPunctuationAndPresentationFormsLikeTheNormalizer) {
  EXPECT_EQ(MatchFold("«قال»، المصدر؟"), "\"قال\", المصدر?");
  EXPECT_EQ(MatchFold("\xEF\xBB\xBB"), "لا");  // ﻻ, a presentation form
  EXPECT_EQ(MatchFold("\xDA\xA9"), "ك");       // keheh folds to kaf
}

}  // namespace
}  // namespace marsad::clean
