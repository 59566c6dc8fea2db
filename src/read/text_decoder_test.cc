#include "read/text_decoder.h"

#include <gtest/gtest.h>

#include "read/read_test_support.h"

namespace marsad::read {
namespace {

using testing::Iso88596Sample;
using testing::kSampleUtf8;
using testing::Windows1256Sample;

TEST(DecodeTextTest, Utf8PassesThroughUnchanged) {
  auto decoded = DecodeText(kSampleUtf8);
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, kSampleUtf8);
  EXPECT_TRUE(decoded->warning.empty());
}

TEST(DecodeTextTest, KeepsTheByteOrderMark) {
  const std::string with_bom = "\xEF\xBB\xBF" + std::string(kSampleUtf8);
  auto decoded = DecodeText(with_bom);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text, with_bom);
}

TEST(DecodeTextTest, ConvertsWindows1256) {
  auto decoded = DecodeText(Windows1256Sample());
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, kSampleUtf8);
  EXPECT_EQ(decoded->warning, "converted from windows-1256");
}

TEST(DecodeTextTest, ConvertsIso88596) {
  auto decoded = DecodeText(Iso88596Sample());
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, kSampleUtf8);
  EXPECT_EQ(decoded->warning, "converted from ISO-8859-6");
}

TEST(DecodeTextTest, ConvertsUtf16WithByteOrderMark) {
  const std::string utf16le("\xFF\xFE\x27\x06\x44\x06 \x00", 8);  // «ال »
  auto decoded = DecodeText(utf16le);
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->text, "ال ");
  EXPECT_EQ(decoded->warning, "converted from UTF-16LE");
}

TEST(DecodeTextTest, InvalidUtf8ThatIsNoLegacyEncodingNamesTheByte) {
  // Latin-1 French: invalid UTF-8, and no plausible Arabic in any legacy charset.
  auto decoded = DecodeText(
      "Le pr\xE9sident a d\xE9"
      "clar\xE9");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(), "invalid UTF-8 at byte 5");
}

TEST(DecodeTextTest, MostlyUtf8WithOneBadByteIsNotTakenForLegacy) {
  const std::string text = std::string(kSampleUtf8) + "\xFF" + std::string(kSampleUtf8);
  auto decoded = DecodeText(text);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(),
            "invalid UTF-8 at byte " + std::to_string(kSampleUtf8.size()));
}

TEST(DecodeTextTest, BinaryAndEmptyInputs) {
  EXPECT_EQ(DecodeText(std::string_view("ab\0cd", 5)).status().message(),
            "binary file (NUL bytes), not text");
  EXPECT_EQ(DecodeText("\x01\x02\x03\x04 abc").status().message(),
            "binary file (control characters), not text");
  EXPECT_EQ(DecodeText("").status().message(), "empty file");
  EXPECT_EQ(DecodeText(" \n\t\xC2\xA0\xEF\xBB\xBF ").status().message(), "empty file");
}

TEST(DecodeTextTest, ControlBytesAreCountedWhereverTheyFall) {
  // One byte in fifty may be a control character; more is binary. The count must see control
  // bytes at every position of a long text (which is scanned a block at a time), DEL included,
  // and must not count white space (tab, newline, CR, form feed, vertical tab) or ESC.
  auto text_with = [](size_t every, char control) {
    std::string text;
    for (size_t i = 0; i < 4000; ++i) text.push_back(i % every == every - 1 ? control : 'a');
    return text;
  };
  for (const char control : {'\x01', '\x1F', '\x7F', '\x08'}) {
    EXPECT_EQ(DecodeText(text_with(37, control)).status().message(),
              "binary file (control characters), not text")
        << int{control};
    EXPECT_TRUE(DecodeText(text_with(61, control)).ok()) << int{control};
  }
  for (const char space : {'\t', '\n', '\r', '\f', '\v', '\x1B'}) {
    EXPECT_TRUE(DecodeText(text_with(3, space)).ok()) << int{space};
  }
}

TEST(DecodeTextTest, ControlBytesAreCountedAtEveryPositionOfAGroup) {
  // 130 bytes: four groups of 32 and two more. Three control bytes are binary (150 > 130), two
  // are not (100), wherever they fall.
  for (size_t first = 0; first < 130; ++first) {
    std::string text(130, 'a');
    text[first] = '\x01';
    text[(first + 41) % 130] = '\x7F';
    EXPECT_TRUE(DecodeText(text).ok()) << first;
    text[(first + 83) % 130] = '\x02';
    EXPECT_EQ(DecodeText(text).status().message(), "binary file (control characters), not text")
        << first;
  }
}

TEST(IsBlankTest, OnlyWhiteSpaceIsBlank) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \r\n\xE2\x80\x8B"));
  EXPECT_FALSE(IsBlank(" x "));
  EXPECT_FALSE(IsBlank("\xFF"));
}

}  // namespace
}  // namespace marsad::read
