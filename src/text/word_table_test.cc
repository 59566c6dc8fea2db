#include "text/word_table.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::text {
namespace {

TEST(WordTableTest, InsertsAndFinds) {
  WordTable table(2);
  table.Insert("قال").count = 7;
  table.Insert("وقال").count = 3;
  ASSERT_NE(table.Find("قال"), nullptr);
  EXPECT_EQ(table.Find("قال")->count, 7u);
  EXPECT_EQ(table.Find("وقال")->count, 3u);
  EXPECT_EQ(table.Find("قالت"), nullptr);
  EXPECT_EQ(table.Insert("قال").count, 7u);  // inserting again returns the same entry
  EXPECT_EQ(table.size(), 2u);
}

TEST(WordTableTest, GrowsPastItsInitialSize) {
  WordTable table;
  for (int i = 0; i < 5000; ++i) table.Insert("w" + std::to_string(i)).count = i;
  EXPECT_EQ(table.size(), 5000u);
  for (int i = 0; i < 5000; i += 97) {
    const WordEntry* entry = table.Find("w" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->count, static_cast<uint32_t>(i));
  }
  EXPECT_EQ(table.Find("w5000"), nullptr);
}

}  // namespace
}  // namespace marsad::text
