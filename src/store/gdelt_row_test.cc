#include "store/gdelt_row.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace marsad::store {
namespace {

std::vector<std::string> Columns(const std::string& row) {
  std::vector<std::string> columns;
  std::string column;
  std::istringstream in(row);
  while (std::getline(in, column, '\t')) columns.push_back(column);
  if (!row.empty() && row.back() == '\t') columns.push_back("");
  return columns;
}

TEST(GdeltRowTest, SixtyOneColumnsInGdeltOrder) {
  EXPECT_EQ(kGdeltColumns.front(), "GLOBALEVENTID");
  EXPECT_EQ(kGdeltColumns[26], "EventCode");
  EXPECT_EQ(kGdeltColumns[59], "DATEADDED");
  EXPECT_EQ(kGdeltColumns.back(), "SOURCEURL");
}

TEST(GdeltRowTest, FillsTheColumnsThatApply) {
  EventRecord e;
  e.id = 7;
  e.date = "2015-07-21";
  e.source_actor = "SAUGOV";
  e.source_text = "الحكومة\tالسعودية";
  e.target_actor = "IRN";
  e.code = "0431";
  e.quad_class = 1;
  e.goldstein = 2.8;
  e.num_mentions = 3;
  e.num_sources = 2;
  e.num_articles = 2;
  e.root_event = true;
  e.url = "http://x/1";
  e.ingested_at = "2026-11-30T01:02:03Z";
  std::vector<std::string> c = Columns(FormatGdeltRow(e));
  ASSERT_EQ(c.size(), kGdeltColumnCount);
  EXPECT_EQ(c[0], "7");
  EXPECT_EQ(c[1], "20150721");
  EXPECT_EQ(c[2], "201507");
  EXPECT_EQ(c[3], "2015");
  EXPECT_EQ(c[4], "2015.5534");
  EXPECT_EQ(c[5], "SAUGOV");
  EXPECT_EQ(c[6], "الحكومة السعودية");
  EXPECT_EQ(c[7], "SAU");
  EXPECT_EQ(c[12], "GOV");
  EXPECT_EQ(c[15], "IRN");
  EXPECT_EQ(c[17], "IRN");
  EXPECT_EQ(c[25], "1");
  EXPECT_EQ(c[26], "0431");
  EXPECT_EQ(c[27], "043");
  EXPECT_EQ(c[28], "04");
  EXPECT_EQ(c[29], "1");
  EXPECT_EQ(c[30], "2.8");
  EXPECT_EQ(c[31], "3");
  EXPECT_EQ(c[32], "2");
  EXPECT_EQ(c[33], "2");
  EXPECT_EQ(c[34], "");
  EXPECT_EQ(c[59], "20261130010203");
  EXPECT_EQ(c[60], "http://x/1");
}

TEST(GdeltRowTest, ActorCodesSplitIntoCountryGroupAndTypes) {
  ActorCodeParts parts = SplitActorCode("IGOUNO");
  EXPECT_EQ(parts.country, "");
  EXPECT_EQ(parts.known_group, "UNO");
  parts = SplitActorCode("GOV");
  EXPECT_EQ(parts.country, "");
  EXPECT_EQ(parts.types[0], "GOV");
  parts = SplitActorCode("YEMREBSEP");
  EXPECT_EQ(parts.country, "YEM");
  EXPECT_EQ(parts.types[0], "REB");
  EXPECT_EQ(parts.types[1], "SEP");
}

}  // namespace
}  // namespace marsad::store
