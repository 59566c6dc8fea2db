#include "read/input_format.h"

#include <gtest/gtest.h>

namespace marsad::read {
namespace {

TEST(FormatOfNameTest, KnownExtensionsIgnoringCase) {
  EXPECT_EQ(FormatOfName("a/b.txt"), InputFormat::kText);
  EXPECT_EQ(FormatOfName("page.HTM"), InputFormat::kHtml);
  EXPECT_EQ(FormatOfName("page.html"), InputFormat::kHtml);
  EXPECT_EQ(FormatOfName("2015-07-21.json"), InputFormat::kJsonArray);
  EXPECT_EQ(FormatOfName("x.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatOfName("x.Zip"), InputFormat::kZip);
}

TEST(FormatOfNameTest, UnknownOrMissingExtension) {
  EXPECT_EQ(FormatOfName("README"), InputFormat::kUnknown);
  EXPECT_EQ(FormatOfName("notes.md"), InputFormat::kUnknown);
  EXPECT_EQ(FormatOfName("dir.json/file"), InputFormat::kUnknown);
  EXPECT_EQ(FormatOfName("-"), InputFormat::kUnknown);
}

TEST(SniffFormatTest, RecognisesEachFormatFromItsFirstBytes) {
  EXPECT_EQ(SniffFormat(std::string_view("PK\x03\x04rest", 8)), InputFormat::kZip);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF  [ {\"content\": 1} ]"), InputFormat::kJsonArray);
  EXPECT_EQ(SniffFormat("\n{\"content\": \"x\"}\n{}"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("  <!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<HTML><body>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("قال الرئيس"), InputFormat::kText);
  EXPECT_EQ(SniffFormat(""), InputFormat::kText);
}

TEST(SniffFormatTest, NulBytesAreNoFormat) {
  EXPECT_EQ(SniffFormat(std::string_view("\x7F"
                                         "ELF\0\0\0",
                                         7)),
            InputFormat::kUnknown);
}

}  // namespace
}  // namespace marsad::read
