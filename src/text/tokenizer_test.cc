#include "text/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace marsad::text {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

std::vector<std::pair<std::string, TokenKind>> Tokens(std::string_view text) {
  std::vector<std::pair<std::string, TokenKind>> out;
  for (const Token& token : Tokenize(text)) {
    out.emplace_back(std::string(token.span.of(text)), token.kind);
  }
  return out;
}

TEST(TokenizerTest, WordsAndArabicPunctuation) {
  EXPECT_THAT(Tokens("قال، الرئيس؛ لماذا؟"),
              ElementsAre(Pair("قال", TokenKind::kWord), Pair("،", TokenKind::kPunct),
                          Pair("الرئيس", TokenKind::kWord), Pair("؛", TokenKind::kPunct),
                          Pair("لماذا", TokenKind::kWord), Pair("؟", TokenKind::kPunct)));
}

TEST(TokenizerTest, NumbersStayWhole) {
  EXPECT_THAT(Tokens("في 25/9/2015 بنسبة 1.5 و2,000 الساعة 10:30."),
              ElementsAre(Pair("في", TokenKind::kWord), Pair("25/9/2015", TokenKind::kNumber),
                          Pair("بنسبة", TokenKind::kWord), Pair("1.5", TokenKind::kNumber),
                          Pair("و", TokenKind::kWord), Pair("2,000", TokenKind::kNumber),
                          Pair("الساعة", TokenKind::kWord), Pair("10:30", TokenKind::kNumber),
                          Pair(".", TokenKind::kPunct)));
  EXPECT_THAT(Tokens("٢٥٫٥ ٪"),
              ElementsAre(Pair("٢٥٫٥", TokenKind::kNumber), Pair("٪", TokenKind::kSymbol)));
}

TEST(TokenizerTest, QuotesAndBracketsAreOwnTokens) {
  EXPECT_THAT(Tokens("«نعم» (لا) “هذا”: - ..."),
              ElementsAre(Pair("«", TokenKind::kPunct), Pair("نعم", TokenKind::kWord),
                          Pair("»", TokenKind::kPunct), Pair("(", TokenKind::kPunct),
                          Pair("لا", TokenKind::kWord), Pair(")", TokenKind::kPunct),
                          Pair("“", TokenKind::kPunct), Pair("هذا", TokenKind::kWord),
                          Pair("”", TokenKind::kPunct), Pair(":", TokenKind::kPunct),
                          Pair("-", TokenKind::kPunct), Pair("...", TokenKind::kPunct)));
}

TEST(TokenizerTest, LatinWordsAndAbbreviations) {
  EXPECT_THAT(Tokens("The U.S. and G20 (د.ب.ا) أ.ف.ب"),
              ElementsAre(Pair("The", TokenKind::kLatin), Pair("U.S.", TokenKind::kLatin),
                          Pair("and", TokenKind::kLatin), Pair("G20", TokenKind::kLatin),
                          Pair("(", TokenKind::kPunct), Pair("د.ب.ا", TokenKind::kWord),
                          Pair(")", TokenKind::kPunct), Pair("أ.ف.ب", TokenKind::kWord)));
}

TEST(TokenizerTest, AbbreviationsStartWithAWordOfAtMostTwoLetters) {
  // «في.ب»: two letters may start one; «قال» (three) may not. «Ab» (two Latin letters) may not:
  // a Latin one starts with a single letter.
  EXPECT_THAT(Tokens("في.ب قال.ب Ab.C"),
              ElementsAre(Pair("في.ب", TokenKind::kWord), Pair("قال", TokenKind::kWord),
                          Pair(".", TokenKind::kPunct), Pair("ب", TokenKind::kWord),
                          Pair("Ab", TokenKind::kLatin), Pair(".", TokenKind::kPunct),
                          Pair("C", TokenKind::kLatin)));
}

TEST(TokenizerTest, InvisibleMarksAreSpaces) {
  EXPECT_THAT(Tokens("\xEF\xBB\xBF"
                     "قال\u200cالرئيس\u00a0اليوم\u200f"),
              ElementsAre(Pair("قال", TokenKind::kWord), Pair("الرئيس", TokenKind::kWord),
                          Pair("اليوم", TokenKind::kWord)));
}

TEST(TokenizerTest, EmojiAndSymbols) {
  EXPECT_THAT(Tokens("رائع👍🏽 $5"),
              ElementsAre(Pair("رائع", TokenKind::kWord), Pair("👍🏽", TokenKind::kSymbol),
                          Pair("$", TokenKind::kSymbol), Pair("5", TokenKind::kNumber)));
}

TEST(TokenizerTest, DiacriticsAndTatweelStayInTheWord) {
  EXPECT_THAT(Tokens("بعيداً الـحكومة"),
              ElementsAre(Pair("بعيداً", TokenKind::kWord), Pair("الـحكومة", TokenKind::kWord)));
}

TEST(TokenizerTest, TatweelAtWordEdgesIsADash) {
  EXPECT_THAT(Tokens("ـأو تغطية الأسطحـ"),
              ElementsAre(Pair("ـ", TokenKind::kPunct), Pair("أو", TokenKind::kWord),
                          Pair("تغطية", TokenKind::kWord), Pair("الأسطح", TokenKind::kWord),
                          Pair("ـ", TokenKind::kPunct)));
}

// A run goes on past a character of three bytes (a presentation form), stops at a bad byte, and
// takes the text's last byte.
TEST(TokenizerTest, RunsCrossLongerCharactersAndReachTheLastByte) {
  EXPECT_THAT(Tokens("قال\uFEFBبد ok"),
              ElementsAre(Pair("قال\uFEFBبد", TokenKind::kWord), Pair("ok", TokenKind::kLatin)));
  EXPECT_THAT(Tokens("قالa"),
              ElementsAre(Pair("قال", TokenKind::kWord), Pair("a", TokenKind::kLatin)));
  EXPECT_THAT(Tokens("abc"), ElementsAre(Pair("abc", TokenKind::kLatin)));
  EXPECT_THAT(Tokens("بد\xD9"),
              ElementsAre(Pair("بد", TokenKind::kWord), Pair("\xD9", TokenKind::kSymbol)));
  EXPECT_THAT(Tokens("12345"), ElementsAre(Pair("12345", TokenKind::kNumber)));
}

TEST(TokenizerTest, SpansPointIntoTheText) {
  const std::string text = "  وقال: 5";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span, (Span{2, 10}));
  EXPECT_EQ(tokens[1].span, (Span{10, 11}));
  EXPECT_EQ(tokens[2].span, (Span{12, 13}));
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t").empty());
}

}  // namespace
}  // namespace marsad::text
