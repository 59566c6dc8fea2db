#include "core/key_filter.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace marsad {
namespace {

uint64_t Mix(uint64_t x) {  // distinct, well-spread test hashes
  x += 0x9E3779B97F4A7C15u;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
  return x ^ (x >> 31);
}

TEST(KeyFilterTest, AnEmptyFilterContainsNothing) {
  EXPECT_FALSE(KeyFilter().MayContain(Mix(1)));
  EXPECT_FALSE(KeyFilter(100).MayContain(Mix(1)));
}

TEST(KeyFilterTest, NeverLosesAnAddedKeyAndRejectsMostOthers) {
  KeyFilter filter(5000);
  for (uint64_t i = 0; i < 5000; ++i) filter.Add(Mix(i));
  for (uint64_t i = 0; i < 5000; ++i) EXPECT_TRUE(filter.MayContain(Mix(i))) << i;
  int false_positives = 0;
  for (uint64_t i = 5000; i < 105000; ++i) false_positives += filter.MayContain(Mix(i)) ? 1 : 0;
  EXPECT_LT(false_positives, 5000);  // about 16 bits a key: a few percent at most
}

}  // namespace
}  // namespace marsad
