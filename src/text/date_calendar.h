// Calendar arithmetic for date resolution: proleptic Gregorian days as a day count (so that
// "three days before" and "the last Friday" are subtractions), month lengths, ISO weekdays,
// YYYY-MM-DD text, and Hijri ↔ Gregorian conversion through ICU's Umm al-Qura calendar
// (falling back to ICU's arithmetic Islamic calendar outside the Umm al-Qura tables).
#ifndef MARSAD_TEXT_DATE_CALENDAR_H_
#define MARSAD_TEXT_DATE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::text {

struct CivilDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDay&, const CivilDay&) = default;
};

// Days since 1970-01-01 (negative before it).
int64_t DaysFromCivil(const CivilDay& day);
CivilDay CivilFromDays(int64_t days);
// 1 = Monday … 7 = Sunday.
int IsoWeekday(int64_t days);
int DaysInMonth(int year, int month);
bool IsValidDay(const CivilDay& day);
// The same day `months` months later (or earlier), clamped to the month's last day.
CivilDay AddMonths(const CivilDay& day, int months);

// "2015-09-25" → the day; nullopt for anything else.
std::optional<CivilDay> ParseIsoDay(std::string_view text);
// The last day of a period written as the date stage writes values: YYYY-MM-DD (that day),
// YYYY-MM (the month's last day), YYYY (31 December); nullopt for anything else.
std::optional<CivilDay> LastDayOfIsoPeriod(std::string_view text);
std::string FormatDay(const CivilDay& day);    // YYYY-MM-DD
std::string FormatMonth(int year, int month);  // YYYY-MM
std::string FormatYear(int year);              // YYYY

// The Gregorian day of a Hijri date (month 1..12); nullopt when ICU cannot convert it.
std::optional<CivilDay> HijriToGregorian(int year, int month, int day);
// The Hijri year and month that contain a Gregorian day.
std::optional<std::pair<int, int>> HijriYearMonthOf(const CivilDay& day);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_CALENDAR_H_
