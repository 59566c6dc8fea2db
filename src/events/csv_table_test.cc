#include "events/csv_table.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

TEST(CsvTableTest, QuotedFieldsWithCommasQuotesAndNewlines) {
  const CsvTable table = CsvTable::Parse(
      "id,label,text\n1,yes,\"قال، \"\"نعم\"\"\"\n2,easy no,\"سطر\nثان\"\r\n3,ambiguous,x");
  ASSERT_EQ(table.size(), 3u);
  const int text = table.Column("text");
  EXPECT_EQ(table.Field(0, text), "قال، \"نعم\"");
  EXPECT_EQ(table.Field(1, text), "سطر\nثان");
  EXPECT_EQ(table.Field(1, table.Column("label")), "easy no");
  EXPECT_EQ(table.Field(2, text), "x");
  EXPECT_EQ(table.Column("missing"), -1);
  EXPECT_EQ(table.Field(0, -1), "");
}

TEST(CsvTableTest, MissingFileIsAnError) {
  EXPECT_FALSE(CsvTable::ReadFile("/nonexistent/file.csv").ok());
}

}  // namespace
}  // namespace marsad::events
