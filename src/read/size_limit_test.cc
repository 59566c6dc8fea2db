#include "read/size_limit.h"

#include <gtest/gtest.h>

namespace marsad::read {
namespace {

TEST(SizeLimitTest, SaysHowFarOverWhichLimit) {
  EXPECT_EQ(OverLimitReason("article", 200000000, 16u << 20),
            "article of 200000000 bytes is over the 16 MiB limit");
  EXPECT_EQ(OverLimitReason("file", 1001, 1000), "file of 1001 bytes is over the 1000 bytes limit");
  EXPECT_EQ(DescribeLimit(1u << 30), "1024 MiB");
}

}  // namespace
}  // namespace marsad::read
