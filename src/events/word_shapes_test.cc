#include "events/word_shapes.h"

#include <gtest/gtest.h>

#include "events/match_form.h"

namespace marsad::events {
namespace {

TEST(WordShapesTest, PresentTensePrefixes) {
  EXPECT_TRUE(LooksPresent(MatchForm("يضع")));
  EXPECT_TRUE(LooksPresent(MatchForm("وتحقق")));  // past the conjunction
  EXPECT_FALSE(LooksPresent(MatchForm("أكد")));
  // تعاون is a verbal noun of the form تفاعل, not a present verb; تتعاون is one.
  EXPECT_TRUE(PresentPrefix(MatchForm("نعمل")));
  EXPECT_TRUE(PresentPrefix(MatchForm("تتعاون")));
  EXPECT_FALSE(PresentPrefix(MatchForm("تعاون")));
}

TEST(WordShapesTest, PronounSuffixes) {
  EXPECT_TRUE(EndsWithPronoun("اقتراحه"));
  EXPECT_TRUE(EndsWithPronoun("اقتراحهم."));  // punctuation after it
  EXPECT_FALSE(EndsWithPronoun("اقتراح"));
  EXPECT_FALSE(EndsWithPronoun("مبادرة"));  // ة is no pronoun
}

TEST(WordShapesTest, NationalityAdjectives) {
  EXPECT_TRUE(LooksGentilic(MatchForm("إسرائيلية")));
  EXPECT_TRUE(LooksGentilic(MatchForm("الإسرائيلي")));
  EXPECT_TRUE(LooksGentilic(MatchForm("روسية")));
  // Names of places are no adjectives, nor are words too short for a stem and its ending.
  EXPECT_FALSE(LooksGentilic(MatchForm("غزة")));
  EXPECT_FALSE(LooksGentilic(MatchForm("إسرائيل")));
  EXPECT_FALSE(LooksGentilic(MatchForm("دبي")));
}

TEST(WordShapesTest, FirstPersonPlural) {
  EXPECT_TRUE(FirstPersonPlural(MatchForm("أكدنا"), MatchForm("أكد")));
  EXPECT_TRUE(FirstPersonPlural(MatchForm("سنعمل"), MatchForm("عمل")));
  EXPECT_FALSE(FirstPersonPlural(MatchForm("أكد"), MatchForm("أكد")));
  // نفى: a stem that begins with ن is no "we".
  EXPECT_FALSE(FirstPersonPlural(MatchForm("نفى"), MatchForm("نفى")));
}

TEST(WordShapesTest, PresentWithAPluralSubjectEnding) {
  EXPECT_TRUE(PresentWithPluralSubject(MatchForm("يضعوا")));
  EXPECT_TRUE(PresentWithPluralSubject(MatchForm("يضعون")));
  EXPECT_TRUE(PresentWithPluralSubject(MatchForm("يضعوه")));
  EXPECT_TRUE(PresentWithPluralSubject(MatchForm("يتخذوها")));
  EXPECT_FALSE(PresentWithPluralSubject(MatchForm("يضع")));
  EXPECT_FALSE(PresentWithPluralSubject(MatchForm("وضعوا")));  // a past verb
}

}  // namespace
}  // namespace marsad::events
