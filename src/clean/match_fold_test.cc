#include "clean/match_fold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/utf8.h"

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

// U+061C (D8 9C) shares its lead byte with most Arabic letters; it is kept wherever it stands,
// while letters whose second byte is 9C elsewhere (U+069C, DA 9C) fold as usual.
TEST(MatchFoldTest, KeepsTheArabicLetterMarkBetweenLetters) {
  EXPECT_EQ(MatchFold("\xD8\x9Cقال"), "\xD8\x9Cقال");
  EXPECT_EQ(MatchFold("قال\xD8\x9Cإن"), "قال\xD8\x9Cان");
  EXPECT_EQ(MatchFold("إن\xD8\x9C"), "ان\xD8\x9C");
  EXPECT_EQ(MatchFold("ب\xE2\x80\x8F\xD8\x9Cأ"), "ب \xD8\x9Cا");
  EXPECT_EQ(MatchFold("\xDA\x9Cأ"), "\xDA\x9Cا");
}

// MatchFold folds letters exactly as text::Normalizer does (the project has one fold).
TEST(MatchFoldTest, FoldsPunctuationAndPresentationFormsLikeTheNormalizer) {
  EXPECT_EQ(MatchFold("«قال»، المصدر؟"), "\"قال\", المصدر?");
  EXPECT_EQ(MatchFold("\xEF\xBB\xBB"), "لا");  // ﻻ, a presentation form
  EXPECT_EQ(MatchFold("\xDA\xA9"), "ك");       // keheh folds to kaf
}

// Marks are searched eight bytes at a time: they must be found at every offset of a long line.
TEST(MatchFoldTest, FindsMarksBetweenBytesThatOnlyMayStartOne) {
  // « » start with C2, “ ” with E2, ﻻ with EF, and ڜ ends in 9C: none is a mark, and each is
  // passed by the search before the marks that follow it.
  const std::string piece = "«قال»“لا”\xEF\xBB\xBB\xDA\x9C";
  const std::string folded = MatchFold(piece);
  EXPECT_FALSE(folded.empty());
  std::string line;
  std::string expected;
  for (int i = 0; i < 3; ++i) {
    line.append(piece).append("\xE2\x80\x8B").append(piece).append("\xE2\x80\xAB");
    expected.append(folded).append(" ").append(folded).append("\xE2\x80\xAB");
  }
  EXPECT_EQ(MatchFold(line), expected);
}

TEST(MatchFoldTest, FindsMarksAtEveryOffsetOfALongLine) {
  const std::string word = "قالت";  // 8 bytes
  for (size_t letters = 0; letters < 12; ++letters) {
    std::string before;
    for (size_t i = 0; i < letters; ++i) before += "ب";
    std::string line = word;
    line.append(word).append(before).append("\xE2\x80\x8F").append(word).append(before);
    line.append("\xD8\x9C").append(before).append("\xC2\xAD").append(word).append("\xEF\xBB\xBF");
    std::string expected = "قالتقالت";
    expected.append(before).append(" قالت").append(before).append("\xD8\x9C").append(before);
    expected.append("\xC2\xAD").append("قالت");
    EXPECT_EQ(MatchFold(line), expected) << letters;
  }
}

// White space is checked eight bytes at a time: doubled spaces, tabs and spaces at the ends
// must collapse wherever they fall in a long line.
TEST(MatchFoldTest, CollapsesWhiteSpaceAtEveryOffsetOfALongLine) {
  const std::string word = "قالت";  // 8 bytes
  for (size_t letters = 0; letters < 12; ++letters) {
    std::string before;
    for (size_t i = 0; i < letters; ++i) before += "ب";
    std::string expected = before;
    expected.append("قالت قالت ").append(before).append("قالت قالت");
    // The line: before, word, gap1, word, " ", before, word, gap2, word, end; with lead in front.
    auto line = [&](std::string_view lead, std::string_view gap, std::string_view end) {
      std::string out(lead);
      out.append(before).append(word).append(" ").append(word).append(" ").append(before);
      out.append(word).append(gap).append(word).append(end);
      return out;
    };
    EXPECT_EQ(MatchFold(line("", "  ", "")), expected) << letters;
    EXPECT_EQ(MatchFold(line("", "\t", "")), expected) << letters;
    EXPECT_EQ(MatchFold(line("", " ", " ")), expected) << letters;
    EXPECT_EQ(MatchFold(line(" ", " ", "")), expected) << letters;
    std::string carriage_return = before;
    carriage_return.append(word).append(" ").append(word).append(" \r").append(before);
    carriage_return.append(word).append(" ").append(word);
    EXPECT_EQ(MatchFold(carriage_return), expected) << letters;
  }
}

// The cleaner counts a line's ASCII letters in its raw text (the Latin-caption rule): every
// ASCII letter folds to one, and no other character folds to any.
TEST(MatchFoldTest, KeepsTheAsciiLettersOfEveryCharacterAndMakesNone) {
  size_t wrong = 0;
  std::string character;
  for (char32_t cp = 1; cp < 0x110000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;  // surrogates are not characters
    character.clear();
    utf8::Append(cp, &character);
    const std::string folded = MatchFold(character);
    const auto letters = std::count_if(folded.begin(), folded.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    const bool ascii_letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (letters != (ascii_letter ? 1 : 0)) {
      ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp) << " folds to " << folded;
      if (++wrong == 10) break;
    }
  }
  EXPECT_EQ(wrong, 0u);
}

}  // namespace
}  // namespace marsad::clean
