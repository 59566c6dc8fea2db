#include "text/date_words.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {
namespace {

TEST(DateWordsTest, SplitsLettersDigitsAndMarksWithOriginalSpans) {
  const std::string text = "الجمعة ٢٥ سبتمبر/أيلول";
  DateWords words;
  words.Split(text);
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0].text, "الجمعه");
  EXPECT_EQ(words[1].text, "25");
  EXPECT_EQ(words[1].kind, DateWordKind::kDigits);
  EXPECT_EQ(words[1].span.of(text), "٢٥");
  EXPECT_EQ(words[3].text, "/");
  EXPECT_FALSE(words[3].space_before);
  EXPECT_EQ(words[4].text, "ايلول");
  EXPECT_EQ(words[4].span.of(text), "أيلول");
}

TEST(DateWordsTest, DigitsAndLettersSplitAndDiacriticsStayInTheWord) {
  const std::string text = "1436هـ غداً";
  DateWords words;
  words.Split(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0].text, "1436");
  EXPECT_EQ(words[1].text, "ه");
  EXPECT_EQ(words[1].span.of(text), "هـ");
  EXPECT_EQ(words[2].text, "غدا");
  EXPECT_EQ(words[2].span.of(text), "غداً");
}

TEST(DateWordsTest, SplittingAgainReplacesTheWords) {
  DateWords words;
  words.Split("قبل ثلاثة أيام من الانتخابات");
  EXPECT_EQ(words.size(), 5u);
  const std::string text = "أمس،\nاليوم";
  words.Split(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0].text, "امس");
  EXPECT_EQ(words[1].text, ",");
  EXPECT_EQ(words[1].span.of(text), "،");
  EXPECT_EQ(words[2].text, "اليوم");
  EXPECT_TRUE(words[2].line_before);
  EXPECT_EQ(words[2].span.end, text.size());
}

TEST(DateWordsTest, RunsEndWhereTheirKindChangesAndEveryMarkIsAWord) {
  const std::string text = "2015/09/25، G20!!";
  DateWords words;
  words.Split(text);
  ASSERT_EQ(words.size(), 10u);
  EXPECT_EQ(words[0].text, "2015");
  EXPECT_EQ(words[1].text, "/");
  EXPECT_EQ(words[2].text, "09");
  EXPECT_EQ(words[4].text, "25");
  EXPECT_EQ(words[5].text, ",");
  EXPECT_EQ(words[6].text, "g");
  EXPECT_EQ(words[6].kind, DateWordKind::kLatin);
  EXPECT_TRUE(words[6].space_before);
  EXPECT_EQ(words[7].text, "20");
  EXPECT_FALSE(words[7].space_before);
  EXPECT_EQ(words[8].text, "!");
  EXPECT_EQ(words[9].text, "!");
  EXPECT_EQ(words[9].span.end, text.size());
}

TEST(DateWordsTest, LettersRunToAnyOtherKindOrTheEnd) {
  const std::string text = "سبتمبر2015 گلستانabc ٢پ";  // گ, پ: letters beyond U+064A
  DateWords words;
  words.Split(text);
  std::vector<std::string_view> texts;
  for (const DateWord& word : words.words()) texts.push_back(word.text);
  EXPECT_EQ(texts, (std::vector<std::string_view>{"سبتمبر", "2015", "گلستان", "abc", "2", "پ"}));
  EXPECT_EQ(words.words().back().kind, DateWordKind::kLetters);
  EXPECT_EQ(words.words().back().span.end, text.size());
}

TEST(DateWordsTest, FoldsPhrases) {
  EXPECT_EQ(FoldDatePhrase("ذو القعدة"), "ذو القعده");
  EXPECT_EQ(FoldDatePhrase(" أول  أمس "), "اول امس");
}

}  // namespace
}  // namespace marsad::text
