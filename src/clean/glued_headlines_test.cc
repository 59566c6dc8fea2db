#include "clean/glued_headlines.h"

#include <gtest/gtest.h>

#include "clean/match_fold.h"

namespace marsad::clean {
namespace {

const std::unordered_set<std::string>& Openers() {
  static const auto* openers =
      new std::unordered_set<std::string>{MatchFold("أشار"), MatchFold("قال")};
  return *openers;
}

std::string HeadlinePart(std::string_view line) {
  return std::string(line.substr(0, GluedHeadlineLength(line, Openers())));
}

TEST(GluedHeadlinesTest, HeadlinesBeforeAQuoteGluedToAnOpener) {
  EXPECT_EQ(HeadlinePart("واشنطن مستعدة لمحاربة \"داعش\" مع موسكو بغداد تطالب بشن غارات على "
                         "تنظيم \"داعش\"وأشار بيسكوف إلى أن روسيا قالت."),
            "واشنطن مستعدة لمحاربة \"داعش\" مع موسكو بغداد تطالب بشن غارات على تنظيم \"داعش\"");
  EXPECT_EQ(HeadlinePart("موسكو ترد على «التحالف»فقال المتحدث إن الأمر انتهى."),
            "موسكو ترد على «التحالف»");
  EXPECT_EQ(HeadlinePart("موسكو ترد على “التحالف”فقال المتحدث إن الأمر انتهى."),
            "موسكو ترد على “التحالف”");
}

TEST(GluedHeadlinesTest, RealTextIsKept) {
  // Sentence punctuation before the join: body text with a missing space.
  EXPECT_EQ(HeadlinePart("قال المتحدث، في بيان، إن \"داعش\"وأشار إلى ذلك."), "");
  // Not an opener after و: a noun or a preposition.
  EXPECT_EQ(HeadlinePart("وصل وزير الاقتصاد الألماني «زيجمار»والكل يتداعى"), "");
  EXPECT_EQ(HeadlinePart("وأعلنت الدول المساهمة في عملية \"إعادة الأمل\"وعلى رأسها المملكة"), "");
  // An opening quote glued to the next word.
  EXPECT_EQ(HeadlinePart("مواطن يهاجم الهلال الأحمر بعد نقل مصابين بـ\"وأشار\" في حائل"), "");
  // A space between the closing quote and و: the line is not glued.
  EXPECT_EQ(HeadlinePart("موسكو ترد على «التحالف» وقال المتحدث إن الأمر انتهى"), "");
  // No closing quote: nothing ends a headline.
  EXPECT_EQ(HeadlinePart("موسكو ترد على التحالف فقال المتحدث إن الأمر انتهى"), "");
  EXPECT_EQ(HeadlinePart("موسكو ترد على «التحالف فقال المتحدث إن الأمر انتهى"), "");
  // Too few words to be a headline.
  EXPECT_EQ(HeadlinePart("\"داعش\"وأشار بيسكوف إلى ذلك."), "");
  // Too many.
  EXPECT_EQ(HeadlinePart("كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة "
                         "كلمة كلمة كلمة كلمة كلمة كلمة \"داعش\"وأشار بيسكوف"),
            "");
}

}  // namespace
}  // namespace marsad::clean
