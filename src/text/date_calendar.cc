#include "text/date_calendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace marsad::text {
namespace {

constexpr double kMillisPerDay = 86400000.0;

std::unique_ptr<icu::Calendar> IslamicCalendar() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status)) return nullptr;
  return calendar;
}

// Reads text[from, from + count) as plain decimal digits into *value; false when any is not one
// (or the text is shorter).
bool ReadDigits(std::string_view text, size_t from, size_t count, int* value) {
  if (text.size() < from + count) return false;
  *value = 0;
  for (size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    *value = *value * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

// Days from civil and back: the era-based algorithm over 400-year cycles.
int64_t DaysFromCivil(const CivilDay& civil) {
  const int64_t y = civil.year - (civil.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t shifted_month = civil.month + (civil.month > 2 ? -3 : 9);
  const int64_t day_of_year = (153 * shifted_month + 2) / 5 + civil.day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDay CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t shifted_month = (5 * day_of_year + 2) / 153;
  CivilDay civil;
  civil.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  civil.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  civil.year = static_cast<int>(year_of_era + era * 400 + (civil.month <= 2 ? 1 : 0));
  return civil;
}

int IsoWeekday(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  const int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(weekday) + 1;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDay(const CivilDay& day) {
  return day.month >= 1 && day.month <= 12 && day.day >= 1 &&
         day.day <= DaysInMonth(day.year, day.month);
}

CivilDay AddMonths(const CivilDay& day, int months) {
  int index = day.year * 12 + (day.month - 1) + months;
  CivilDay out;
  out.year = index >= 0 ? index / 12 : (index - 11) / 12;
  out.month = index - out.year * 12 + 1;
  out.day = std::min(day.day, DaysInMonth(out.year, out.month));
  return out;
}

std::optional<CivilDay> ParseIsoDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  CivilDay day;
  // Plain digits, as nearly every date is written, are read here; sscanf reads the rest (it also
  // takes a sign or leading spaces in a field).
  if (!(ReadDigits(text, 0, 4, &day.year) && ReadDigits(text, 5, 2, &day.month) &&
        ReadDigits(text, 8, 2, &day.day)) &&
      std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d", &day.year, &day.month, &day.day) != 3) {
    return std::nullopt;
  }
  if (!IsValidDay(day)) return std::nullopt;
  return day;
}

std::optional<CivilDay> LastDayOfIsoPeriod(std::string_view text) {
  if (std::optional<CivilDay> day = ParseIsoDay(text)) return day;
  int year = 0, month = 0;
  if (!ReadDigits(text, 0, 4, &year)) return std::nullopt;
  if (text.size() == 4) return CivilDay{year, 12, 31};
  if (text.size() != 7 || text[4] != '-' || !ReadDigits(text, 5, 2, &month) || month < 1 ||
      month > 12) {
    return std::nullopt;
  }
  return CivilDay{year, month, DaysInMonth(year, month)};
}

std::string FormatDay(const CivilDay& day) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", day.year, day.month, day.day);
  return buffer;
}

std::string FormatMonth(int year, int month) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::string FormatYear(int year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

namespace {

// The Gregorian years whose days HijriYearMonthOf finds by searching month starts; ICU's own
// answer (its fields worked out from the time) agrees on every day of them (checked against
// ICU 72), and is some eight times slower.
constexpr int kFirstSearchedYear = 623;
constexpr int kLastSearchedYear = 2600;

// The Hijri year and month of `day`: the year whose first month starts on or before it (33
// Hijri years are about 32 Gregorian ones, from 622), then the last month of that year that
// does, each start asked of ICU as a time (which it works out quickly).
std::optional<std::pair<int, int>> SearchHijriYearMonth(icu::Calendar* calendar,
                                                        const CivilDay& day) {
  bool failed = false;
  auto month_start = [&](int year, int month) {  // month 0-based; 12 rolls into the next year
    calendar->clear();
    calendar->set(year, month, 1);
    UErrorCode status = U_ZERO_ERROR;
    const UDate millis = calendar->getTime(status);
    failed = failed || U_FAILURE(status);
    return static_cast<int64_t>(std::floor(millis / kMillisPerDay));
  };
  const int64_t days = DaysFromCivil(day);
  int year = (day.year - 622) * 33 / 32;
  while (!failed && month_start(year + 1, 0) <= days) ++year;
  while (!failed && month_start(year, 0) > days) --year;
  int first = 0;
  int last = 11;
  while (!failed && first < last) {
    const int middle = (first + last + 1) / 2;
    if (month_start(year, middle) <= days) {
      first = middle;
    } else {
      last = middle - 1;
    }
  }
  if (failed) return std::nullopt;
  return std::make_pair(year, first + 1);
}

}  // namespace

std::optional<CivilDay> HijriToGregorian(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 2000) {
    return std::nullopt;
  }
  auto calendar = IslamicCalendar();
  if (calendar == nullptr) return std::nullopt;
  calendar->clear();
  calendar->set(year, month - 1, day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate millis = calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  // Reject a day past the month's end, which ICU would roll into the next month: the day must
  // come before the next month starts (month is that month's 0-based number; ICU rolls 12 into
  // the next year). Asking ICU for the day of the month instead works out every field from the
  // start of its Umm al-Qura table, some thirty times slower; the two agree on every year,
  // month and day this takes (checked against ICU 72).
  calendar->clear();
  calendar->set(year, month, 1);
  const UDate next_month = calendar->getTime(status);
  if (U_FAILURE(status) || millis >= next_month) return std::nullopt;
  return CivilFromDays(static_cast<int64_t>(std::floor(millis / kMillisPerDay)));
}

std::optional<std::pair<int, int>> HijriYearMonthOf(const CivilDay& day) {
  auto calendar = IslamicCalendar();
  if (calendar == nullptr) return std::nullopt;
  if (day.year >= kFirstSearchedYear && day.year <= kLastSearchedYear) {
    return SearchHijriYearMonth(calendar.get(), day);
  }
  UErrorCode status = U_ZERO_ERROR;
  calendar->setTime(static_cast<UDate>(DaysFromCivil(day)) * kMillisPerDay + kMillisPerDay / 2,
                    status);
  const int year = calendar->get(UCAL_YEAR, status);
  const int month = calendar->get(UCAL_MONTH, status) + 1;
  if (U_FAILURE(status)) return std::nullopt;
  return std::make_pair(year, month);
}

}  // namespace marsad::text
