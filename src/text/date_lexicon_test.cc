#include "text/date_lexicon.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace marsad::text {
namespace {

std::string DatesDir() {
  const char* env = std::getenv("MARSAD_DATA");
  return std::string(env != nullptr ? env : MARSAD_SOURCE_DIR "/data") + "/dates";
}

TEST(DateLexiconTest, MissingDirectoryIsAnError) {
  const auto lexicon = DateLexicon::Load("/nonexistent");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(lexicon.status().message().find("months.tsv"), std::string::npos);
}

TEST(DateLexiconTest, FindsMultiWordMonthsAndCliticForms) {
  const auto lexicon = DateLexicon::Load(DatesDir());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  DateWords words;
  words.Split("كانون الثاني وبالأمس");
  DatePhraseMatches matches;
  lexicon->MatchAll(words.words(), &matches);
  ASSERT_EQ(matches.size(), 3u);
  ASSERT_FALSE(matches[0].empty());
  EXPECT_EQ(matches[0][0].entry->kind, "month");
  EXPECT_EQ(matches[0][0].entry->value, 1);
  EXPECT_EQ(matches[0][0].end, 2u);
  bool yesterday = false;
  for (const DatePhraseMatch& match : matches[2]) {
    if (match.entry->kind == "day" && match.entry->value == -1) {
      yesterday = true;
      EXPECT_EQ(match.clitic_letters, 2u);  // «و» and «ب»
    }
  }
  EXPECT_TRUE(yesterday);
}

TEST(DateLexiconTest, ListsLongerPhrasesFirstAndWordsOutsideTheLexiconHaveNone) {
  const auto lexicon = DateLexicon::Load(DatesDir());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  DateWords words;
  words.Split("قال أول أمس للثاني عشر من 2015");
  DatePhraseMatches matches;
  lexicon->MatchAll(words.words(), &matches);
  ASSERT_EQ(matches.size(), 7u);
  EXPECT_TRUE(matches[0].empty());   // قال
  ASSERT_FALSE(matches[1].empty());  // «أول أمس» before «أول»
  EXPECT_EQ(matches[1][0].end, 3u);
  EXPECT_EQ(matches[1][0].entry->kind, "day");
  EXPECT_EQ(matches[1][0].entry->value, -2);
  EXPECT_EQ(matches[1].back().end, 2u);
  bool second = false;  // «للثاني»: «ل» + «الثاني»
  for (const DatePhraseMatch& match : matches[3]) {
    if (match.entry->kind == "ones" && match.entry->value == 2) {
      second = true;
      EXPECT_EQ(match.clitic_letters, 1u);
    }
  }
  EXPECT_TRUE(second);
  EXPECT_TRUE(matches[6].empty());  // digits
  // A second text reuses the matches.
  words.Split("سبتمبر");
  lexicon->MatchAll(words.words(), &matches);
  ASSERT_EQ(matches.size(), 1u);
  ASSERT_EQ(matches[0].size(), 1u);
  EXPECT_EQ(matches[0][0].entry->value, 9);
}

TEST(DateLexiconTest, KindKeysAreThoseOfTheKindNames) {
  static_assert(DateKindKey("month") == DateKindKey::Of("month"));
  static_assert(DateKindKey("month") != DateKindKey("month?"));
  static_assert(DateKindKey("of") != DateKindKey("ones"));
  const auto lexicon = DateLexicon::Load(DatesDir());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  // «الثلاثاء 5 سبتمبر»: a weekday, digits, a month; every entry's key is that of its kind.
  const std::vector<std::pair<std::string, DateKindKey>> expected = {
      {"weekday", DateKindKey("weekday")}, {"month", DateKindKey("month")}};
  DateWords words;
  words.Split("الثلاثاء 5 سبتمبر");
  DatePhraseMatches matches;
  lexicon->MatchAll(words.words(), &matches);
  ASSERT_EQ(matches.size(), 2 * expected.size() - 1);
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto found = matches[2 * i];
    ASSERT_FALSE(found.empty()) << i;
    EXPECT_EQ(found[0].entry->kind, expected[i].first);
    EXPECT_EQ(found[0].entry->kind_key, expected[i].second);
    EXPECT_EQ(found[0].entry->kind_key, DateKindKey::Of(found[0].entry->kind));
  }
  EXPECT_NE(matches[2][0].entry->kind_key, DateKindKey("month?"));
  EXPECT_NE(matches[2][0].entry->kind_key, DateKindKey("hijri"));
}

}  // namespace
}  // namespace marsad::text
