#include "link/day_number.h"

#include <gtest/gtest.h>

namespace marsad::link {
namespace {

TEST(DayNumberTest, CountsDaysSinceEpoch) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(DayNumber("2000-03-01"), 11017);
  EXPECT_EQ(DayNumber("1969-12-31"), -1);
}

TEST(DayNumberTest, CrossesMonthAndLeapDay) {
  EXPECT_EQ(*DayNumber("2015-08-01") - *DayNumber("2015-07-31"), 1);
  EXPECT_EQ(*DayNumber("2016-03-01") - *DayNumber("2016-02-28"), 2);
  EXPECT_EQ(*DayNumber("2015-03-01") - *DayNumber("2015-02-28"), 1);
}

TEST(DayNumberTest, AcceptsTrailingTime) {
  EXPECT_EQ(DayNumber("2015-07-21 10:22:05"), DayNumber("2015-07-21"));
  EXPECT_EQ(DayNumber("2015-07-21T10:22:05Z"), DayNumber("2015-07-21"));
}

TEST(DayNumberTest, RejectsWhatIsNotADay) {
  EXPECT_FALSE(DayNumber(""));
  EXPECT_FALSE(DayNumber("2015-07"));
  EXPECT_FALSE(DayNumber("2015"));
  EXPECT_FALSE(DayNumber("2015-13-01"));
  EXPECT_FALSE(DayNumber("2015-02-29"));
  EXPECT_FALSE(DayNumber("2015-07-2x"));
  EXPECT_FALSE(DayNumber("2015-07-211"));
}

}  // namespace
}  // namespace marsad::link
