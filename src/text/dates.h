// DateFinder finds date expressions in Arabic news and resolves them to calendar days:
// Gregorian months in every regional naming (سبتمبر/أيلول, Maghrebi شتنبر), numbered dates
// (25/9/2015), Hijri dates (converted with ICU's Islamic calendar), weekdays and relative
// days (اليوم، أمس، أول أمس، الجمعة، الأسبوع الماضي) resolved against the publication date.
#ifndef MARSAD_TEXT_DATES_H_
#define MARSAD_TEXT_DATES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::text {

// How a bare weekday («الجمعة») and «هذا الاثنين» are read against the reference day.
enum class WeekdayReading {
  kNews,  // the last such day on or before it, or the day after it: news reports the past
  kForward,  // the next such day after it («هذا الاثنين»: on or after it), as in a dialogue
};

// Readings of other date test suites, written for English dialogue (Microsoft
// Recognizers-Text, Duckling), that are wrong for Arabic news. The defaults are marsad's news
// reading; the others exist to measure against those suites under their own conventions.
struct DateConventions {
  WeekdayReading weekdays = WeekdayReading::kNews;
  // «4.22», «08/12»: a numbered day-and-month pair is month first wherever it can be (dots
  // included), and «16/04/21» is year first: the US orders. News: day first («8/12» = 8 Dec).
  bool month_first_numbers = false;
  // «اليوم التالي», «اليوم السابق»: counted from the reference day. News: from the story's day,
  // which the text does not give, so they get no value.
  bool story_days_from_reference = false;
  // «الأحد القادم»: the Sunday of next week. News: the next Sunday after publication.
  bool next_weekday_in_next_week = false;
};

class DateFinder {
 public:
  // Loads month, weekday and relative-day names from data_dir/dates/.
  static Expected<DateFinder> Load(const std::string& data_dir);

  // Finds dates in `text`, in order, without overlaps. `tokens` is not needed: the finder
  // scans the bytes for anchors (text/date_anchors.h) and cuts and folds only a few words
  // around each (text/date_words.h), so it does not depend on the tokenizer. `published` is
  // YYYY-MM-DD or empty. Expressions that need it (a weekday, أمس, «25 سبتمبر» without a year,
  // «الشهر الماضي», «قبل يومين») are skipped when it is empty: every returned mention has a value.
  // A bare weekday is the last such day on or before publication, or the day after it (a Sunday
  // paper's «الاثنين» is tomorrow); a month-and-day without a year is in the publication year
  // unless that is more than 240 days ahead. «الأسبوع الماضي» is resolved to the day a week before
  // publication.
  // A duration tied to another event («بعد يومين من الانتخابات») is skipped too, and a day the
  // month does not have («الحادي والثلاثين من هذا الشهر» in November) gets the month's value.
  // `reading` kForward reads bare weekdays forward instead (for text that looks ahead);
  // `conventions` also gives other suites' readings (DateConventions).
  std::vector<DateMention> Find(std::string_view text, const std::vector<Token>& tokens,
                                std::string_view published,
                                WeekdayReading reading = WeekdayReading::kNews) const {
    return Find(text, tokens, published, DateConventions{.weekdays = reading});
  }
  std::vector<DateMention> Find(std::string_view text, const std::vector<Token>& tokens,
                                std::string_view published,
                                const DateConventions& conventions) const;

  struct Tables;

 private:
  explicit DateFinder(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}
  std::shared_ptr<const Tables> tables_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATES_H_
