#include "text/date_word_set.h"

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

TEST(DateWordSetTest, HoldsWhatWasInsertedAndNothingElse) {
  DateWordSet set;
  EXPECT_FALSE(set.Contains(42));
  for (uint64_t i = 1; i <= 1000; ++i) set.Insert(i * 0x9E3779B97F4A7C15ull);
  EXPECT_EQ(set.size(), 1000u);
  for (uint64_t i = 1; i <= 1000; ++i) EXPECT_TRUE(set.Contains(i * 0x9E3779B97F4A7C15ull));
  size_t false_hits = 0;
  for (uint64_t i = 1001; i <= 11000; ++i) false_hits += set.Contains(i * 0x9E3779B97F4A7C15ull);
  EXPECT_EQ(false_hits, 0u);
}

TEST(DateWordSetTest, ZeroIsAWordHashLikeAnyOther) {
  DateWordSet set;
  set.Insert(0);
  set.Insert(0);
  EXPECT_TRUE(set.Contains(0));
  EXPECT_EQ(set.size(), 1u);
}

}  // namespace
}  // namespace marsad::text
