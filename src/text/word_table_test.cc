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

TEST(WordTableTest, PrefetchNeitherInsertsNorChangesEntries) {
  WordTable table(4);
  table.Insert("قال").count = 7;
  table.Prefetch("قال");
  table.Prefetch("قالت");
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(table.Find("قالت"), nullptr);
  ASSERT_NE(table.Find("قال"), nullptr);
  EXPECT_EQ(table.Find("قال")->count, 7u);
}

TEST(WordTableTest, LargeTableOnHugePagesInsertsAndFinds) {
  WordTable table(1 << 18);  // 8 MB of slots: allocated in huge-page units
  for (int i = 0; i < 3000; ++i) table.Insert("k" + std::to_string(i)).count = i + 1;
  EXPECT_EQ(table.size(), 3000u);
  for (int i = 0; i < 3000; i += 101) {
    const WordEntry* entry = table.Find("k" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->count, static_cast<uint32_t>(i + 1));
  }
  EXPECT_EQ(table.Find("k3000"), nullptr);
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
