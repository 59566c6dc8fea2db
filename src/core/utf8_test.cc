#include "core/utf8.h"

#include <gtest/gtest.h>

namespace marsad::utf8 {
namespace {

TEST(Utf8Test, DecodesArabicLetter) {
  size_t len = 0;
  EXPECT_EQ(Decode("نفى", 0, &len), U'ن');
  EXPECT_EQ(len, 2u);
}

TEST(Utf8Test, InvalidByteDecodesAsReplacementOfLengthOne) {
  size_t len = 0;
  EXPECT_EQ(Decode("\xD9", 0, &len), 0xFFFDu);
  EXPECT_EQ(len, 1u);
}

TEST(Utf8Test, CountsCodePointsNotBytes) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("\u0628\u0646\u0643"), 3u);  // بنك: six bytes
  EXPECT_EQ(CodePointCount("\u00AB\u2026"), 2u);        // two and three bytes
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FirstInvalid("abc"), std::string_view::npos);
  EXPECT_EQ(FirstInvalid("نفى"), std::string_view::npos);
  EXPECT_EQ(FirstInvalid(std::string_view("ab\xFF"
                                          "c",
                                          4)),
            2u);
  EXPECT_EQ(FirstInvalid("\xED\xA0\x80"), 0u);  // a surrogate is not valid UTF-8
}

TEST(Utf8Test, AppendRoundTrips) {
  std::string out;
  Append(U'ي', &out);
  Append(U'😀', &out);
  Append(U'a', &out);
  EXPECT_EQ(out, "ي😀a");
}

}  // namespace
}  // namespace marsad::utf8
