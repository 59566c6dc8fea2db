#include "text/date_lexicon.h"

#include <gtest/gtest.h>

#include <cstdlib>

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
  const auto words = SplitDateWords("كانون الثاني وبالأمس");
  const auto matches = lexicon->MatchAll(words);
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

}  // namespace
}  // namespace marsad::text
