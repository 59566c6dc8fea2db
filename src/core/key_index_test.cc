#include "core/key_index.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(KeyIndexTest, FindsWhatWasInsertedAndGrows) {
  KeyIndex index;
  EXPECT_EQ(index.Find(42), KeyIndex::kAbsent);
  for (uint64_t key = 0; key < 1000; ++key) index.Insert(key * 0x9e3779b97f4a7c15ULL + 7, key);
  EXPECT_EQ(index.size(), 1000u);
  for (uint64_t key = 0; key < 1000; ++key) {
    EXPECT_EQ(index.Find(key * 0x9e3779b97f4a7c15ULL + 7), key);
  }
  EXPECT_EQ(index.Find(3), KeyIndex::kAbsent);
  index.Insert(0, 5);  // key 0 is stored as another key, still found as 0
  EXPECT_EQ(index.Find(0), 5u);
  index.Clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.Find(7), KeyIndex::kAbsent);
}

}  // namespace
}  // namespace marsad
