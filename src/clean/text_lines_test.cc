#include "clean/text_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/match_fold.h"

namespace marsad::clean {
namespace {

TEST(TextLinesTest, SpansExcludeNewlineAndCarriageReturn) {
  const std::string text = "أ\r\n\nب ج";
  const auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].span().of(text), "أ");
  EXPECT_TRUE(lines[1].blank());
  EXPECT_EQ(lines[2].span().of(text), "ب ج");
  EXPECT_EQ(lines[2].folded(), "ب ج");
}

TEST(TextLinesTest, TrailingNewlineAddsNoLine) {
  EXPECT_EQ(SplitLines("a\nb\n").size(), 2u);
  EXPECT_EQ(SplitLines("").size(), 1u);
}

// A long line is folded at its ends: each must be an end of the whole fold wherever the cut
// falls (in a run of spaces, among diacritics, tatweel, marks or presentation forms).
TEST(TextLinesTest, HeadAndTailOfALongLineAreEndsOfItsFold) {
  const std::vector<std::string> pieces = {"قالَ ",
                                           "  ",
                                           "\t",
                                           "ـ",
                                           "\xE2\x80\x8B",
                                           "\xEF\xBB\xBB",
                                           "Ab",
                                           "«أُمّ» ",
                                           " \xE2\x80\xAB ",
                                           "ًٌ",
                                           "ة.",
                                           "\xC2\xA0",
                                           "\xD8\x9C",
                                           "Z",
                                           "\"",
                                           ")"};
  uint32_t state = 7;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    while (text.size() < 200 + 4u * round) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % pieces.size()];
    }
    const std::string whole = MatchFold(text);
    const Span span{0, static_cast<uint32_t>(text.size())};
    for (size_t bytes : {1, 10, 64, 100, 300}) {
      const TextLine line(text, span);
      const std::string_view head = line.FoldedHead(bytes);
      EXPECT_TRUE(whole.starts_with(head)) << round << " " << bytes;
      EXPECT_TRUE(head.size() >= bytes || head == whole) << round << " " << bytes;
      const std::string_view tail = line.FoldedTail(bytes);
      EXPECT_TRUE(whole.ends_with(tail)) << round << " " << bytes;
      EXPECT_TRUE(tail.size() >= bytes || tail == whole) << round << " " << bytes;
      EXPECT_EQ(line.FoldedLongerThan(bytes), whole.size() > bytes) << round << " " << bytes;
      EXPECT_EQ(line.folded(), whole);
    }
  }
}

TEST(TextLinesTest, ALongLineIsBlankOnlyWhenAllOfItFoldsToNothing) {
  const std::string spaces(500, ' ');
  const std::string text = spaces + "ـً" + spaces + "\n" + spaces + "ب" + spaces;
  const auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].blank());
  EXPECT_FALSE(lines[1].blank());
  EXPECT_EQ(lines[1].FoldedHead(1), "ب");
  EXPECT_EQ(lines[1].FoldedTail(1), "ب");
}

}  // namespace
}  // namespace marsad::clean
