#include "read/iso_date.h"

#include <gtest/gtest.h>

namespace marsad::read {
namespace {

TEST(IsoDateOfTest, TakesTheDateAtTheStartOfCommonStamps) {
  EXPECT_EQ(IsoDateOf("2015-07-21 02:51:32"), "2015-07-21");
  EXPECT_EQ(IsoDateOf("2019-03-04T09:30:00+02:00"), "2019-03-04");
  EXPECT_EQ(IsoDateOf(" 2016/02/29"), "2016-02-29");
}

TEST(IsoDateOfTest, RejectsWhatIsNoCalendarDate) {
  EXPECT_EQ(IsoDateOf(""), "");
  EXPECT_EQ(IsoDateOf("21/07/2015"), "");
  EXPECT_EQ(IsoDateOf("2015-13-01"), "");
  EXPECT_EQ(IsoDateOf("2015-02-29"), "");
  EXPECT_EQ(IsoDateOf("2015-07-211"), "");
  EXPECT_EQ(IsoDateOf("Mon, 21 Jul 2015"), "");
}

}  // namespace
}  // namespace marsad::read
