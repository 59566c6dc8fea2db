#include "clean/text_lines.h"

#include <gtest/gtest.h>

namespace marsad::clean {
namespace {

TEST(TextLinesTest, SpansExcludeNewlineAndCarriageReturn) {
  const std::string text = "أ\r\n\nب ج";
  const auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].span.of(text), "أ");
  EXPECT_TRUE(lines[1].blank());
  EXPECT_EQ(lines[2].span.of(text), "ب ج");
  EXPECT_EQ(lines[2].folded, "ب ج");
}

TEST(TextLinesTest, TrailingNewlineAddsNoLine) {
  EXPECT_EQ(SplitLines("a\nb\n").size(), 2u);
  EXPECT_EQ(SplitLines("").size(), 1u);
}

}  // namespace
}  // namespace marsad::clean
