#include "text/date_calendar.h"

#include <gtest/gtest.h>

#include <optional>
#include <utility>

namespace marsad::text {
namespace {

TEST(DateCalendarTest, DayCountRoundTrips) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  for (int64_t days = -800000; days < 800000; days += 997) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(days)), days);
  }
}

TEST(DateCalendarTest, Weekdays) {
  EXPECT_EQ(IsoWeekday(DaysFromCivil({2015, 9, 25})), 5);  // a Friday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({2016, 11, 7})), 1);  // a Monday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({2013, 2, 12})), 2);  // a Tuesday
}

TEST(DateCalendarTest, MonthsAndFormatting) {
  EXPECT_EQ(DaysInMonth(2016, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(AddMonths({2016, 3, 31}, -1), (CivilDay{2016, 2, 29}));
  EXPECT_EQ(AddMonths({2016, 1, 15}, -2), (CivilDay{2015, 11, 15}));
  EXPECT_EQ(FormatDay({2015, 9, 5}), "2015-09-05");
  EXPECT_EQ(FormatMonth(2015, 9), "2015-09");
  EXPECT_EQ(ParseIsoDay("2015-09-25"), (CivilDay{2015, 9, 25}));
  EXPECT_FALSE(ParseIsoDay("2015-02-30").has_value());
  EXPECT_FALSE(ParseIsoDay("25/09/2015").has_value());
  EXPECT_EQ(ParseIsoDay("1999-12-31"), (CivilDay{1999, 12, 31}));
  EXPECT_EQ(ParseIsoDay("2015- 9-25"), (CivilDay{2015, 9, 25}));  // as sscanf reads it
  EXPECT_FALSE(ParseIsoDay("2015-0x-25").has_value());
  EXPECT_FALSE(ParseIsoDay("2015-13-01").has_value());
}

TEST(DateCalendarTest, HijriConversion) {
  // The Umm al-Qura table puts 10 Dhu al-Hijjah 1436 on 23 September 2015 (the sighted
  // Eid al-Adha fell a day later).
  EXPECT_EQ(HijriToGregorian(1436, 12, 10), (CivilDay{2015, 9, 23}));
  EXPECT_FALSE(HijriToGregorian(1436, 13, 1).has_value());
  // 1 Ramadan 1436 was 18 June 2015.
  EXPECT_EQ(HijriToGregorian(1436, 9, 1), (CivilDay{2015, 6, 18}));
  // Ramadan 1436 had 29 days (1 Shawwal was 17 July 2015): its 30th is no day, while Dhu
  // al-Hijjah 1436 had 30, the last on 13 October 2015 (the day before 1 Muharram 1437).
  EXPECT_EQ(HijriToGregorian(1436, 9, 29), (CivilDay{2015, 7, 16}));
  EXPECT_FALSE(HijriToGregorian(1436, 9, 30).has_value());
  EXPECT_FALSE(HijriToGregorian(1436, 11, 30).has_value());
  EXPECT_EQ(HijriToGregorian(1436, 12, 30), (CivilDay{2015, 10, 13}));
  const auto year_month = HijriYearMonthOf({2015, 9, 25});
  ASSERT_TRUE(year_month.has_value());
  EXPECT_EQ(year_month->first, 1436);
  EXPECT_EQ(year_month->second, 12);
}

// Found by searching month starts within 623..2600, asked of ICU's fields outside.
TEST(DateCalendarTest, HijriYearMonthAtMonthAndYearEnds) {
  using YearMonth = std::optional<std::pair<int, int>>;
  EXPECT_EQ(HijriYearMonthOf({2015, 7, 16}), (YearMonth{{1436, 9}}));
  EXPECT_EQ(HijriYearMonthOf({2015, 7, 17}), (YearMonth{{1436, 10}}));
  EXPECT_EQ(HijriYearMonthOf({2015, 10, 13}), (YearMonth{{1436, 12}}));
  EXPECT_EQ(HijriYearMonthOf({2015, 10, 14}), (YearMonth{{1437, 1}}));
  EXPECT_TRUE(HijriYearMonthOf({2700, 1, 1}).has_value());
}

TEST(DateCalendarTest, LastDayOfIsoPeriodReadsDaysMonthsAndYears) {
  EXPECT_EQ(FormatDay(*LastDayOfIsoPeriod("2015-09-25")), "2015-09-25");
  EXPECT_EQ(FormatDay(*LastDayOfIsoPeriod("2016-02")), "2016-02-29");
  EXPECT_EQ(FormatDay(*LastDayOfIsoPeriod("1985")), "1985-12-31");
  EXPECT_FALSE(LastDayOfIsoPeriod("2015-13"));
  EXPECT_FALSE(LastDayOfIsoPeriod("2015-W39"));
  EXPECT_FALSE(LastDayOfIsoPeriod("198"));
  EXPECT_FALSE(LastDayOfIsoPeriod(""));
}

}  // namespace
}  // namespace marsad::text
