#include "events/match_form.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

TEST(MatchFormTest, FoldsSpellingVariants) {
  EXPECT_EQ(MatchForm("أكّد"), "اكد");
  EXPECT_EQ(MatchForm("إيران"), "ايران");
  EXPECT_EQ(MatchForm("نفى"), "نفي");
  EXPECT_EQ(MatchForm("الدعوة"), "الدعوه");
  EXPECT_EQ(MatchForm("تتلقَّ"), "تتلق");
  EXPECT_EQ(MatchForm("مسؤول"), "مسوول");
  EXPECT_EQ(MatchForm("ــقال"), "قال");
  EXPECT_EQ(MatchForm("CBS"), "cbs");
}

TEST(MatchFormTest, FoldsLikeTheTextNormalizer) {
  EXPECT_EQ(MatchForm("هجومٌ"), "هجوم");                   // tanwin
  EXPECT_EQ(MatchForm("ٱلمظاهرة"), "المظاهره");           // alef wasla
  EXPECT_EQ(MatchForm("\u0661\u0665"), "15");             // Arabic-Indic digits
  EXPECT_EQ(MatchForm("\uFEEB\uFEEA"), MatchForm("هه"));  // presentation forms
}

TEST(MatchFormTest, IsIdempotent) {
  for (const char* word : {"أكّد", "الدعوة", "مسؤولية", "نفى"}) {
    EXPECT_EQ(MatchForm(MatchForm(word)), MatchForm(word));
  }
}

TEST(MatchFormTest, BareFormDropsProclitics) {
  EXPECT_EQ(BareForm(MatchForm("وبالتحالف")), MatchForm("تحالف"));
  EXPECT_EQ(BareForm(MatchForm("للتحالف")), MatchForm("تحالف"));
  EXPECT_EQ(BareForm(MatchForm("المحادثات")), MatchForm("محادثات"));
  EXPECT_EQ(BareForm(MatchForm("إلى")), MatchForm("إلى"));  // too short to strip
  EXPECT_TRUE(HasStem(MatchForm("والمفاوضات"), MatchForm("مفاوضات")));
  EXPECT_FALSE(HasStem(MatchForm("مفاوضاتهم"), MatchForm("مفاوضات")));
}

TEST(MatchFormTest, KafIsAPrepositionOnlyBeforeANoun) {
  EXPECT_EQ(BareForm(MatchForm("وكانت")), MatchForm("كانت"));
  EXPECT_EQ(BareForm(MatchForm("كشف")), MatchForm("كشف"));
  EXPECT_EQ(BareForm(MatchForm("كانوا")), MatchForm("كانوا"));
  EXPECT_EQ(BareForm(MatchForm("كرئيس")), MatchForm("رئيس"));
  EXPECT_EQ(BareForm(MatchForm("كالعادة")), MatchForm("عادة"));
}

TEST(MatchFormTest, IsDefiniteSeesTheArticleBehindProclitics) {
  for (const char* word : {"المظاهرات", "وبالهجوم", "للاحتجاج", "فالاحتجاجات"}) {
    EXPECT_TRUE(IsDefinite(MatchForm(word))) << word;
  }
  for (const char* word : {"مظاهرات", "وهجوم", "لاحتجاج", "احتجاجا", "الم"}) {
    EXPECT_FALSE(IsDefinite(MatchForm(word))) << word;
  }
}

}  // namespace
TEST(WithoutConjunctionTest, DropsAWawOrFaWhileEnoughLettersRemain) {
  EXPECT_EQ(WithoutConjunction("\u0648\u0642\u0627\u0644", 2), "\u0642\u0627\u0644");  // وقال
  EXPECT_EQ(WithoutConjunction("\u0641\u0642\u0637", 2), "\u0642\u0637");              // فقط
  EXPECT_EQ(WithoutConjunction("\u0641\u0642\u0637", 3), "\u0641\u0642\u0637");
  EXPECT_EQ(WithoutConjunction("\u0648", 0), "");
  EXPECT_EQ(WithoutConjunction("\u0642\u0627\u0644", 0), "\u0642\u0627\u0644");  // no conjunction
}

}  // namespace marsad::events
