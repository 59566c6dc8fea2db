#include "text/dates.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>

#include "core/utf8.h"
#include "text/date_anchors.h"
#include "text/date_calendar.h"
#include "text/date_lexicon.h"
#include "text/date_words.h"

namespace marsad::text {

namespace {

// Kinds of phrases of which every date expression contains at least one word, besides a year
// or a numbered date (found from digits), and words that do not make an anchor on their own.
const std::vector<std::string_view> kAnchorKinds = {
    "month", "month?", "hijri", "weekday", "day", "duration", "the_week", "the_month", "the_year"};
const std::vector<std::string_view> kNonAnchorKinds = {"of",    "this", "ago",  "later", "few",
                                                       "first", "ones", "tens", "teen",  "shift"};
// Day numbers in words: anchors only where a clause ends with them («عدت للثاني والعشرين.»).
const std::vector<std::string_view> kClauseEndAnchorKinds = {"ones", "tens", "teen"};
// Words of context around an anchor given to the full grammar: more than the longest
// expression reaches before its anchor word («الحادي والعشرين من شهر مارس») and after it
// («سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون»).
constexpr size_t kWordsBeforeAnchor = 5;
constexpr size_t kWordsAfterAnchor = 8;

}  // namespace

struct DateFinder::Tables {
  explicit Tables(DateLexicon lexicon)
      : lexicon(std::move(lexicon)),
        anchors(this->lexicon.WordsOf(kAnchorKinds, kNonAnchorKinds),
                this->lexicon.WordsOf(kClauseEndAnchorKinds, {})) {}
  DateLexicon lexicon;
  DateAnchors anchors;
};

namespace {

// A date without a year is put in the publication year, unless that would place it this many
// days after publication: then it is last year's (news reports the past).
constexpr int64_t kMaxDaysAhead = 240;
// A bare weekday names the last such day on or before publication, unless it is the day
// after publication: «يلقي خطابا الاثنين» in a Sunday paper is tomorrow, not six days ago.
constexpr int64_t kBareWeekdayDaysAhead = 1;
constexpr int kMinYear = 1900;
constexpr int kMinYearAfterDayMonth = 1000;  // «5 ديسمبر 1391»: a year for sure after both
constexpr int kMaxYear = 2100;
constexpr int kMinHijriYear = 1300;
// Words looked at before a lone day number for a sign that it counts something.
constexpr size_t kCountContextWords = 4;
constexpr int kMaxHijriYear = 1600;

using Matches = DatePhraseMatches;

// What a rule recognised: the words [start, end) and the value ("" when it cannot be resolved
// without a publication date).
struct Found {
  size_t end = 0;
  std::string value;
};

struct MonthName {
  int month = 0;
  bool hijri = false;
  bool needs_context = false;  // "month?": also a common word
  bool with_context = false;   // «شهر» before it or a «/» pair of names
  size_t end = 0;
};

struct DayNumber {
  int day = 0;
  bool single_ordinal = false;  // one ordinal word such as «الثاني» (not «الثاني عشر»)
  bool digits = false;
  size_t end = 0;
};

// The Hijri year and month of publication, asked of ICU (a long computation) only the first time
// one text needs it: every window of the text shares it.
class PublishedHijri {
 public:
  explicit PublishedHijri(std::optional<CivilDay> published) : published_(published) {}
  std::optional<std::pair<int, int>> Get() {
    if (!computed_ && published_) value_ = HijriYearMonthOf(*published_);
    computed_ = true;
    return value_;
  }

 private:
  std::optional<CivilDay> published_;
  bool computed_ = false;
  std::optional<std::pair<int, int>> value_;
};

class DateGrammar {
 public:
  // `window_ends_text`: the words reach the end of the text (a clause ends with them).
  // `published_hijri` is the Hijri month of `published`.
  DateGrammar(std::string_view text, const std::vector<DateWord>& words, const Matches& matches,
              std::optional<CivilDay> published, PublishedHijri* published_hijri,
              bool window_ends_text, const DateConventions& conventions)
      : text_(text),
        words_(words),
        matches_(matches),
        published_(published),
        published_hijri_(published_hijri),
        window_ends_text_(window_ends_text),
        conventions_(conventions) {
    if (published_) published_days_ = DaysFromCivil(*published_);
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> mentions;
    for (size_t i = 0; i < words_.size();) {
      // Every rule starts at a digit or at a phrase of the lexicon.
      if (matches_[i].empty() && words_[i].kind != DateWordKind::kDigits) {
        ++i;
        continue;
      }
      std::optional<Found> found = TryAt(i);
      if (!found || found->end <= i) {
        ++i;
        continue;
      }
      if (!found->value.empty()) {
        mentions.push_back(
            {{StartWithoutClitic(i), words_[found->end - 1].span.end}, std::move(found->value)});
      }
      i = found->end;
    }
    return mentions;
  }

 private:
  std::optional<Found> TryAt(size_t i) {
    if (const auto* name = Match(i, "name")) return Found{name->end, ""};
    if (words_[i].kind == DateWordKind::kDigits) {
      if (auto found = TryNumeric(i)) return found;
    }
    for (auto rule :
         {&DateGrammar::TryNthWeekdayOfMonth, &DateGrammar::TryWeekdayLed,
          &DateGrammar::TryDayMonth, &DateGrammar::TryDayOfRelativeMonth, &DateGrammar::TryMonthLed,
          &DateGrammar::TryRelativeDay, &DateGrammar::TryThis, &DateGrammar::TryWeekShift,
          &DateGrammar::TryPeriodShift, &DateGrammar::TryDuration, &DateGrammar::TryYear,
          &DateGrammar::TryDayWord, &DateGrammar::TryDayEndingClause}) {
      if (auto found = (this->*rule)(i)) return found;
    }
    return std::nullopt;
  }

  // Where a mention that begins with words_[i] starts: after a leading clitic («وقبل»,
  // «بالأمس») when every phrase found there leaves one out.
  uint32_t StartWithoutClitic(size_t i) const {
    const DateWord& word = words_[i];
    size_t letters = matches_[i].empty() ? 0 : SIZE_MAX;
    for (const DatePhraseMatch& match : matches_[i]) {
      letters = std::min(letters, match.clitic_letters);
    }
    // «للثاني»: the «ل» left of «ل» + «الثاني» leaves no word behind; keep it.
    if (letters > 0 && 2 * (letters - 1) < word.text.size() &&
        std::string_view(word.text).substr(2 * (letters - 1)).starts_with("لل")) {
      --letters;
    }
    size_t pos = word.span.start;
    while (letters > 0 && pos < word.span.end) {
      size_t length = 0;
      const char32_t cp = utf8::Decode(text_, pos, &length);
      pos += length;
      if (!IsCombiningMark(cp)) --letters;
    }
    while (pos < word.span.end) {  // marks that belong to the clitic
      size_t length = 0;
      if (!IsCombiningMark(utf8::Decode(text_, pos, &length))) break;
      pos += length;
    }
    return static_cast<uint32_t>(pos);
  }

  static bool IsCombiningMark(char32_t cp) {
    return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
  }

  // ---- Word tests ----

  bool Joined(size_t j) const { return j < words_.size() && !words_[j].line_before; }

  const DatePhraseMatch* Match(size_t i, DateKindKey kind) const {
    if (i >= words_.size()) return nullptr;
    for (const DatePhraseMatch& match : matches_[i]) {
      if (match.entry->kind_key == kind) return &match;
    }
    return nullptr;
  }

  bool IsMark(size_t i, std::string_view marks) const {
    return Joined(i) && words_[i].kind == DateWordKind::kMark &&
           marks.find(words_[i].text) != std::string_view::npos && words_[i].text.size() == 1;
  }

  std::optional<int> Digits(size_t i, size_t min_length, size_t max_length) const {
    if (!Joined(i) || words_[i].kind != DateWordKind::kDigits) return std::nullopt;
    const std::string_view text = words_[i].text;
    if (text.size() < min_length || text.size() > max_length) return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }

  size_t SkipComma(size_t j) const { return IsMark(j, ",") ? j + 1 : j; }

  // ---- Pieces ----

  std::optional<DayNumber> ParseDay(size_t i) const {
    if (auto value = Digits(i, 1, 2); value && *value >= 1 && *value <= 31) {
      // Not the first part of a numbered date or a decimal.
      if (IsMark(i + 1, "/.:") && !words_[i + 1].space_before && Digits(i + 2, 1, 4)) {
        return std::nullopt;
      }
      return DayNumber{*value, false, true, i + 1};
    }
    if (const auto* first = Match(i, "first")) return DayNumber{1, false, false, first->end};
    if (const auto* unit = Match(i, "ones")) {
      // A unit word that is also a month-name part must not swallow it.
      DayNumber day{unit->entry->value, true, false, unit->end};
      if (const auto* teen = Match(day.end, "teen")) {
        day.day += teen->entry->value;
        day.single_ordinal = false;
        day.end = teen->end;
      } else if (const auto* ten = Match(day.end, "tens");
                 ten != nullptr && ten->entry->value >= 20) {
        day.day += ten->entry->value;
        day.single_ordinal = false;
        day.end = ten->end;
      }
      return day.day <= 31 ? std::optional<DayNumber>(day) : std::nullopt;
    }
    if (const auto* ten = Match(i, "tens"))
      return DayNumber{ten->entry->value, false, false, ten->end};
    return std::nullopt;
  }

  std::optional<MonthName> ParseMonth(size_t i) const {
    MonthName month;
    size_t j = i;
    if (const auto* word = Match(j, "monthword")) {
      month.with_context = true;
      j = word->end;
    }
    const DatePhraseMatch* name = nullptr;
    static constexpr DateKindKey kMonthKinds[] = {"month", "month?", "hijri"};
    for (const DateKindKey kind : kMonthKinds) {
      if ((name = Match(j, kind)) != nullptr) break;
    }
    if (name == nullptr) return std::nullopt;
    month.month = name->entry->value;
    month.hijri = name->entry->kind_key == DateKindKey("hijri");
    month.needs_context = name->entry->kind_key == DateKindKey("month?");
    month.end = name->end;
    // «سبتمبر/أيلول», «سبتمبر (أيلول)», «يوليو تموز»: the same month in another naming.
    size_t k = month.end;
    // «يوليو تموز»: the pair may also be written without a mark between the names.
    const bool open_paren = IsMark(k, "(");
    const bool marked = IsMark(k, "/-(");
    if (marked || Joined(k)) {
      for (const DateKindKey kind : {kMonthKinds[0], kMonthKinds[1]}) {
        const auto* other = Match(marked ? k + 1 : k, kind);
        if (other == nullptr || other->entry->value != month.month) continue;
        month.end = other->end;
        if (open_paren && IsMark(month.end, ")")) ++month.end;
        month.with_context = true;
        break;
      }
    }
    return month;
  }

  struct YearNumber {
    int year = 0;
    size_t end = 0;
  };

  // [،] [من] [عام] 2015 [م] — or a Hijri year [هـ] when `hijri`.
  std::optional<YearNumber> ParseYear(size_t i, bool hijri, int min_gregorian = kMinYear) const {
    size_t j = SkipComma(i);
    if (const auto* of = Match(j, "of")) j = of->end;
    if (const auto* word = Match(j, "yearword")) j = word->end;
    std::optional<int> value = Digits(j, 4, 4);
    size_t end = j + 1;
    if (!value && !hijri) {
      // In words, only a modern year: «ألف» alone is a thousand of something.
      const auto in_words = ParseYearInWords(j);
      if (!in_words || in_words->year < kMinYear) return std::nullopt;
      value = in_words->year;
      end = in_words->end;
    }
    if (!value) return std::nullopt;
    const int min_year = hijri ? kMinHijriYear : min_gregorian;
    const int max_year = hijri ? kMaxHijriYear : kMaxYear;
    if (*value < min_year || *value > max_year) return std::nullopt;
    if (const auto* mark = Match(end, hijri ? DateKindKey("hijri_mark") : DateKindKey("ad_mark"))) {
      end = mark->end;
    } else if (!hijri && Match(end, "hijri_mark")) {
      return std::nullopt;  // a Hijri year after a Gregorian month: not this grammar
    }
    return YearNumber{*value, end};
  }

  // «ألفين», «ألفان وثمانية عشر», «ألف وتسعمائة وثمانية وسبعون»: thousands, then optional
  // hundreds, then an optional number below a hundred (each after «و», a clitic).
  std::optional<YearNumber> ParseYearInWords(size_t j) const {
    const auto* thousands = Match(j, "thousands");
    if (thousands == nullptr) return std::nullopt;
    int year = thousands->entry->value;
    j = thousands->end;
    if (const auto* hundreds = Match(j, "hundreds")) {
      year += hundreds->entry->value;
      j = hundreds->end;
    }
    if (const auto* ones = Match(j, "ones")) {
      year += ones->entry->value;
      j = ones->end;
      if (const auto* teen = Match(j, "teen")) {
        year += teen->entry->value;
        j = teen->end;
      } else if (const auto* tens = Match(j, "tens"); tens != nullptr && tens->entry->value >= 20) {
        year += tens->entry->value;
        j = tens->end;
      } else if (const auto* big_tens = Match(j, "year_tens")) {
        year += big_tens->entry->value;
        j = big_tens->end;
      }
    } else if (const auto* tens = Match(j, "tens")) {
      year += tens->entry->value;
      j = tens->end;
    } else if (const auto* big_tens = Match(j, "year_tens")) {
      year += big_tens->entry->value;
      j = big_tens->end;
    }
    return YearNumber{year, j};
  }

  // ---- Resolution ----

  int InferYear(int month, int day) const {
    CivilDay candidate{published_->year, month,
                       std::min(day, DaysInMonth(published_->year, month))};
    if (DaysFromCivil(candidate) - published_days_ > kMaxDaysAhead) return candidate.year - 1;
    return candidate.year;
  }

  // The day of a month-and-day with a relative qualifier: the last one before publication
  // (shift -1; -2 the one before it), the next one after it (+1), or the one of the publication
  // year (0).
  std::optional<CivilDay> ShiftDay(int month, int day, int shift) const {
    CivilDay date{published_->year, month, day};
    if (shift < 0 && DaysFromCivil(date) >= published_days_) --date.year;
    if (shift < -1) date.year += shift + 1;
    if (shift > 0 && DaysFromCivil(date) <= published_days_) ++date.year;
    if (shift > 1) date.year += shift - 1;
    if (!IsValidDay(date)) return std::nullopt;
    return date;
  }

  int ShiftMonthYear(int month, int shift) const {
    if (shift < 0) {
      return (month < published_->month ? published_->year : published_->year - 1) + shift + 1;
    }
    if (shift > 0) {
      return (month > published_->month ? published_->year : published_->year + 1) + shift - 1;
    }
    return published_->year;
  }

  std::string DayValue(const CivilDay& day) const { return IsValidDay(day) ? FormatDay(day) : ""; }

  std::optional<Found> Unresolved(size_t end) const { return Found{end, ""}; }

  // A day of a month named in words; a day the month does not have («الحادي والثلاثين من هذا
  // الشهر» in November, «الأحد الخامس» of a month with four) still names that month.
  std::optional<Found> ResolveDayOfMonth(int year, int month, int day, size_t end) const {
    if (day > DaysInMonth(year, month) && IsValidDay({year, month, 1})) {
      return Found{end, FormatMonth(year, month)};
    }
    return Found{end, DayValue({year, month, day})};
  }

  // A Hijri date; without a year, the Hijri year of publication.
  std::optional<Found> ResolveHijri(int day, int month, std::optional<YearNumber> year,
                                    size_t end) const {
    int hijri_year = 0;
    if (year) {
      hijri_year = year->year;
      end = year->end;
    } else {
      if (!published_) return Unresolved(end);
      const auto now = published_hijri_->Get();
      if (!now) return Unresolved(end);
      hijri_year = now->first;
    }
    auto date = HijriToGregorian(hijri_year, month, day);
    if (date && !year && DaysFromCivil(*date) - published_days_ > kMaxDaysAhead) {
      date = HijriToGregorian(hijri_year - 1, month, day);
    }
    return Found{end, date ? FormatDay(*date) : ""};
  }

  // The weekday on or before publication (shift 0 from a bare name), strictly before (-1; -2
  // the one a week before that, «السبت قبل الماضي») or strictly after (+1, on or after with
  // `or_same_day`; +2 the one a week after that).
  std::string WeekdayValue(int weekday, int shift, bool or_same_day = false) const {
    int64_t days = published_days_;
    if (shift < 0) days -= 1 + 7L * (-shift - 1);
    if (shift > 0) {
      if (!or_same_day) days += 1;
      while (IsoWeekday(days) != weekday) ++days;
      return FormatDay(CivilFromDays(days + 7L * (shift - 1)));
    }
    while (IsoWeekday(days) != weekday) --days;
    return FormatDay(CivilFromDays(days));
  }

  std::string BareWeekdayValue(int weekday) const {
    if (conventions_.weekdays == WeekdayReading::kForward) return WeekdayValue(weekday, 1);
    for (int64_t ahead = 1; ahead <= kBareWeekdayDaysAhead; ++ahead) {
      if (IsoWeekday(published_days_ + ahead) == weekday) {
        return FormatDay(CivilFromDays(published_days_ + ahead));
      }
    }
    return WeekdayValue(weekday, 0);
  }

  // The weekday in the publication week (Monday to Sunday) moved by `weeks`.
  std::string WeekdayInWeek(int weekday, int weeks) const {
    const int64_t monday = published_days_ - (IsoWeekday(published_days_) - 1);
    return FormatDay(CivilFromDays(monday + 7L * weeks + (weekday - 1)));
  }

  // ---- Rules ----

  // «الجمعة 25 سبتمبر», «الخميس 21», «الأحد الثاني», «الأحد الماضي», «الجمعة من الأسبوع
  // المقبل», «الجمعة».
  std::optional<Found> TryWeekdayLed(size_t i) {
    const auto* weekday = Match(i, "weekday");
    if (weekday == nullptr) return std::nullopt;
    const int wd = weekday->entry->value;
    const size_t j = SkipComma(weekday->end);
    if (auto found = TryDayMonth(j)) return found;
    if (auto found = TryMonthLed(j); found && found->value.size() == 10) return found;
    if (!published_) return Unresolved(weekday->end);
    // A day of the month, in the publication month or the one before or after it, whichever
    // falls on that weekday.
    size_t k = j;
    bool with_of = false;
    if (const auto* of = Match(k, "of"); of != nullptr && Match(k, "of")->end == k + 1) {
      with_of = true;
      k = of->end;
    }
    // «الثلاثاء خمسة مقاتلين»: a lone cardinal after a weekday counts what follows.
    if (auto day = ParseDay(k);
        day && !(day->single_ordinal && !with_of && !IsDefiniteWord(words_[k].text))) {
      if (day->single_ordinal && !with_of && day->day <= 5) {
        // «الخميس الأول من أكتوبر», «الجمعة الثانية من الشهر المقبل».
        if (const auto month = ParseMonthOf(day->end)) return NthWeekdayOf(wd, day->day, *month);
        return NthWeekday(wd, day->day, day->end);
      }
      if (!day->single_ordinal || with_of) {
        for (int months : {0, -1, 1}) {
          CivilDay date = AddMonths({published_->year, published_->month, 1}, months);
          date.day = day->day;
          if (IsValidDay(date) && IsoWeekday(DaysFromCivil(date)) == wd) {
            return Found{day->end, FormatDay(date)};
          }
        }
        return Found{day->end, ""};
      }
    }
    if (const auto* shift = Match(j, "shift")) {
      if (conventions_.next_weekday_in_next_week && shift->entry->value > 0) {
        return Found{shift->end, WeekdayInWeek(wd, shift->entry->value)};
      }
      return Found{shift->end, WeekdayValue(wd, shift->entry->value)};
    }
    if (auto week = ParseWeek(j, true)) return Found{week->second, WeekdayInWeek(wd, week->first)};
    return Found{weekday->end, BareWeekdayValue(wd)};
  }

  // «أول يوم جمعة من يوليو», «ثاني أحد في هذا الشهر», «أول جمعة من الشهر المقبل», «آخر جمعة
  // من أكتوبر»: the nth or the last such weekday of a month (the month when it has no nth one).
  std::optional<Found> TryNthWeekdayOfMonth(size_t i) {
    int nth = 0;  // -1: the last («آخر جمعة من أكتوبر»)
    size_t j = 0;
    if (const auto* last = Match(i, "last")) {
      nth = -1;
      j = last->end;
    } else {
      const auto ordinal = ParseDay(i);
      if (!ordinal || ordinal->day > 5 || (!ordinal->single_ordinal && !Match(i, "first"))) {
        return std::nullopt;
      }
      nth = ordinal->day;
      j = ordinal->end;
    }
    if (const auto* day_word = Match(j, "dayword")) j = day_word->end;
    const DatePhraseMatch* weekday = Match(j, "nth_weekday");
    if (weekday == nullptr) weekday = Match(j, "weekday");
    if (weekday == nullptr) return std::nullopt;
    const auto month = ParseMonthOf(weekday->end);
    if (!month) return std::nullopt;
    return NthWeekdayOf(weekday->entry->value, nth, *month);
  }

  struct MonthOf {
    int year = 0;  // 0: it needs a publication date there is not
    int month = 0;
    size_t end = 0;
  };

  // «من يوليو [2016]», «في هذا الشهر», «من الشهر المقبل» after a weekday: the Gregorian month.
  std::optional<MonthOf> ParseMonthOf(size_t j) const {
    const auto* of = Match(j, "of");
    if (of == nullptr) return std::nullopt;
    j = of->end;
    if (const auto named = ParseMonth(j); named && !named->hijri) {
      if (const auto year = ParseYear(named->end, false)) {
        return MonthOf{year->year, named->month, year->end};
      }
      return MonthOf{published_ ? InferYear(named->month, 1) : 0, named->month, named->end};
    }
    const auto relative = ParseRelativeMonth(j);
    if (!relative) return std::nullopt;
    if (!published_) return MonthOf{0, 0, relative->end};
    const CivilDay first = AddMonths({published_->year, published_->month, 1}, relative->shift);
    return MonthOf{first.year, first.month, relative->end};
  }

  // The nth (-1: the last) such weekday of a month; the month when it has no nth one.
  std::optional<Found> NthWeekdayOf(int weekday, int nth, const MonthOf& month) const {
    if (month.year == 0) return Unresolved(month.end);
    if (nth < 0) {
      int64_t days = DaysFromCivil({month.year, month.month, DaysInMonth(month.year, month.month)});
      while (IsoWeekday(days) != weekday) --days;
      return Found{month.end, FormatDay(CivilFromDays(days))};
    }
    int64_t days = DaysFromCivil({month.year, month.month, 1});
    while (IsoWeekday(days) != weekday) ++days;
    const CivilDay date = CivilFromDays(days + 7L * (nth - 1));
    return Found{month.end, date.month == month.month ? FormatDay(date)
                                                      : FormatMonth(month.year, month.month)};
  }

  std::optional<Found> NthWeekday(int weekday, int n, size_t end) const {
    int64_t days = DaysFromCivil({published_->year, published_->month, 1});
    while (IsoWeekday(days) != weekday) ++days;
    days += 7L * (n - 1);
    const CivilDay date = CivilFromDays(days);
    return Found{end, date.month == published_->month
                          ? FormatDay(date)
                          : FormatMonth(published_->year, published_->month)};
  }

  // [من] [هذا] الأسبوع [shift]: the week relative to publication, and the end.
  std::optional<std::pair<int, size_t>> ParseWeek(size_t j, bool allow_of) const {
    if (allow_of) {
      if (const auto* of = Match(j, "of")) j = of->end;
    }
    bool this_week = false;
    if (const auto* this_word = Match(j, "this")) {
      this_week = true;
      j = this_word->end;
    }
    const auto* week = Match(j, "the_week");
    if (week == nullptr) return std::nullopt;
    if (const auto* shift = Match(week->end, "shift")) {
      return std::make_pair(shift->entry->value, shift->end);
    }
    if (this_week) return std::make_pair(0, week->end);
    return std::nullopt;
  }

  // «25 سبتمبر 2015», «الأول من مارس», «25 مايو الجاري», «12 ذو القعدة 1436هـ».
  std::optional<Found> TryDayMonth(size_t i) {
    const auto day = ParseDay(i);
    if (!day) return std::nullopt;
    size_t j = day->end;
    // «13 إلى 15 تموز», «13-15 يوليو»: a range of days; the date is its first day.
    if (const auto* to = Match(j, "range_to"); to != nullptr || IsMark(j, "-")) {
      if (const auto last = ParseDay(to != nullptr ? to->end : j + 1); last && last->digits) {
        if (day->digits && last->day > day->day) j = last->end;
      }
    }
    const auto* of = Match(j, "of");
    if (of != nullptr) j = of->end;
    if (IsMark(j, "-/.") && Match(j + 1, "month")) ++j;  // «28-نوفمبر», «2/ أكتوبر»
    const auto month = ParseMonth(j);
    if (!month) return std::nullopt;
    // A number in words right before a name that is also a common word is no date: «المركز
    // الأول ناصر», «الإنسان الأول مارس», «اللقاء الأول صفر/2» (a date says «الأول من مارس»).
    if (!day->digits && IsDefiniteWord(words_[i].text) && of == nullptr &&
        (month->needs_context || month->hijri) && !month->with_context) {
      return std::nullopt;
    }
    if (month->hijri)
      return ResolveHijri(day->day, month->month, ParseYear(month->end, true), month->end);
    if (const auto year = ParseYear(month->end, false, kMinYearAfterDayMonth)) {
      return ResolveDayOfMonth(year->year, month->month, day->day, year->end);
    }
    if (!published_) return Unresolved(month->end);
    if (const auto* shift = Match(month->end, "shift")) {
      const auto date = ShiftDay(month->month, day->day, shift->entry->value);
      return Found{shift->end, date ? FormatDay(*date) : ""};
    }
    return ResolveDayOfMonth(InferYear(month->month, day->day), month->month, day->day, month->end);
  }

  // «25 الشهر الجاري», «20 من الشهر المقبل», «31 من هذا الشهر».
  std::optional<Found> TryDayOfRelativeMonth(size_t i) {
    const auto day = ParseDay(i);
    if (!day) return std::nullopt;
    size_t j = day->end;
    if (const auto* of = Match(j, "of")) j = of->end;
    const auto relative = ParseRelativeMonth(j);
    if (!relative) return std::nullopt;
    if (!published_) return Unresolved(relative->end);
    const CivilDay first = AddMonths({published_->year, published_->month, 1}, relative->shift);
    return ResolveDayOfMonth(first.year, first.month, day->day, relative->end);
  }

  struct RelativeMonth {
    int shift = 0;  // months from the publication month
    size_t end = 0;
  };

  // «هذا الشهر», «الشهر الجاري», «الشهر المقبل», «هذا الشهر الماضي»: a month relative to the
  // publication month («الشهر» alone is not one).
  std::optional<RelativeMonth> ParseRelativeMonth(size_t j) const {
    bool this_month = false;
    if (const auto* this_word = Match(j, "this")) {
      this_month = true;
      j = this_word->end;
    }
    const auto* month = Match(j, "the_month");
    if (month == nullptr) return std::nullopt;
    if (const auto* shift = Match(month->end, "shift")) {
      return RelativeMonth{shift->entry->value, shift->end};
    }
    if (!this_month) return std::nullopt;
    return RelativeMonth{0, month->end};
  }

  // «سبتمبر 2015», «فبراير الماضي», «شهر يونيو/حزيران الماضي», «يناير 1», «في سبتمبر».
  std::optional<Found> TryMonthLed(size_t i) {
    const auto month = ParseMonth(i);
    if (!month) return std::nullopt;
    size_t j = month->end;
    if (month->hijri) {
      // «رمضان 1436» alone names a month of another calendar: not resolved to a Gregorian one.
      return std::nullopt;
    }
    // «يناير-1»
    const size_t day_at =
        IsMark(j, "-") && !words_[j].space_before && Digits(j + 1, 1, 2) ? j + 1 : j;
    // «سبتمبر 31 سنتا»: digits the month cannot have as a day are no day of it.
    if (auto day = ParseDay(day_at);
        day && !(day->digits && Digits(day->end, 4, 4) && !IsMark(day->end, ",")) &&
        !(day->digits && day->day > DaysInMonth(2000, month->month))) {
      if (const auto year = ParseYear(day->end, false, kMinYearAfterDayMonth)) {
        return ResolveDayOfMonth(year->year, month->month, day->day, year->end);
      }
      if (!published_) return Unresolved(day->end);
      return ResolveDayOfMonth(InferYear(month->month, day->day), month->month, day->day, day->end);
    }
    if (const auto year = ParseYear(j, false)) {
      return Found{year->end, FormatMonth(year->year, month->month)};
    }
    if (const auto* shift = Match(j, "shift")) {
      if (!published_) return Unresolved(shift->end);
      return Found{shift->end,
                   FormatMonth(ShiftMonthYear(month->month, shift->entry->value), month->month)};
    }
    if (month->needs_context && !month->with_context) return std::nullopt;
    if (!published_) return Unresolved(month->end);
    return Found{month->end, FormatMonth(InferYear(month->month, 1), month->month)};
  }

  // 25/9/2015, 2015-09-25, 25/9, 9/2015.
  std::optional<Found> TryNumeric(size_t i) {
    if (i > 0 && (words_[i - 1].kind == DateWordKind::kDigits ||
                  (IsMark(i - 1, "/-.\\") && !words_[i].space_before))) {
      return std::nullopt;
    }
    const auto first = Digits(i, 1, 4);
    if (!first || !IsMark(i + 1, "/-.\\") || words_[i + 1].space_before) return std::nullopt;
    const std::string_view separator = words_[i + 1].text;
    const size_t first_length = words_[i].text.size();
    const auto second = Digits(i + 2, 1, 4);
    if (!second || words_[i + 2].space_before) return std::nullopt;
    const size_t second_length = words_[i + 2].text.size();
    if (IsMark(i + 3, separator) && !words_[i + 3].space_before) {
      const auto third = Digits(i + 4, 1, 4);
      if (!third || words_[i + 4].space_before) return std::nullopt;
      if (IsMark(i + 5, "/-.\\") && Digits(i + 6, 1, 4)) return std::nullopt;
      const size_t third_length = words_[i + 4].text.size();
      // «15.10.2016», «2016.10.15»: with dots, only with a four-digit year (not «1.2.3»).
      if (separator == "." && first_length != 4 && third_length != 4) return std::nullopt;
      // «17/10/1436هـ»: a Hijri date, day first.
      if (first_length <= 2 && second_length <= 2 && third_length == 4 && *third >= kMinHijriYear &&
          *third <= kMaxHijriYear) {
        const auto* mark = Match(i + 5, "hijri_mark");
        if (mark == nullptr) return std::nullopt;
        const auto date = HijriToGregorian(*third, *second, *first);
        return Found{mark->end, date ? FormatDay(*date) : ""};
      }
      // «1436/10/3هـ»: a Hijri date, year first.
      if (first_length == 4 && *first >= kMinHijriYear && *first <= kMaxHijriYear &&
          second_length <= 2 && third_length <= 2) {
        const auto* mark = Match(i + 5, "hijri_mark");
        if (mark == nullptr) return std::nullopt;
        const auto date = HijriToGregorian(*first, *second, *third);
        return Found{mark->end, date ? FormatDay(*date) : ""};
      }
      CivilDay date;
      if (first_length == 4 && second_length <= 2 && third_length <= 2) {
        date = {*first, *second, *third};
      } else if (first_length <= 2 && second_length <= 2 &&
                 (third_length == 4 || third_length == 2)) {
        const int year =
            third_length == 4 ? *third : (*third <= 50 ? 2000 + *third : 1900 + *third);
        const bool month_first = *first <= 12 && (*second > 12 || conventions_.month_first_numbers);
        date = month_first ? CivilDay{year, *first, *second} : CivilDay{year, *second, *first};
        // «16/04/21» under the US conventions: year first, as the first cannot be a month.
        if (conventions_.month_first_numbers && separator == "/" && third_length == 2 &&
            *first > 12) {
          date = {2000 + *first, *second, *third};
        }
      } else {
        return std::nullopt;
      }
      if (date.year < kMinYear || date.year > kMaxYear) return std::nullopt;
      return Found{i + 5, DayValue(date)};
    }
    if (IsMark(i + 3, "/-.") && !words_[i + 3].space_before) return std::nullopt;
    // Two parts: a month and a year (9/2015) or a day and a month (25/9).
    if (first_length <= 2 && second_length == 4) {
      if (*first < 1 || *first > 12 || *second < kMinYear || *second > kMaxYear) {
        return std::nullopt;
      }
      return Found{i + 3, FormatMonth(*second, *first)};
    }
    // «25/9»; «22-4» only after a word that introduces a date («في 22-4»), since a lone pair
    // joined by «-» is more often a score («فاز 21-3»), a range or a name («قاعدة 25-5»,
    // «إميريتس 24-7»), even when the first number can only be a day.
    const bool introduced =
        i > 0 && Match(i - 1, "date_intro") != nullptr && Match(i - 1, "date_intro")->end == i;
    if (first_length > 2 || second_length > 2) return std::nullopt;
    // «17-11 رمضان»: a range of days before a month name.
    if (ParseMonth(i + 3)) return std::nullopt;
    // «4.22» under the US conventions: month and day with a dot.
    const bool dotted_month_day = conventions_.month_first_numbers && separator == "." &&
                                  second_length == 2 && *first <= 12 && *second > 12;
    if (separator != "/" && !dotted_month_day && !(separator == "-" && introduced)) {
      return std::nullopt;
    }
    // «08/12, 2015»: a pair with the year after a Latin comma is written in the US order, month
    // first, as «August 12, 2015» is (an Arabic «،» keeps the day first).
    const auto year = ParseYear(i + 3, false);
    const bool latin_comma = IsMark(i + 3, ",") && words_[i + 3].span.of(text_) == ",";
    const auto short_year =
        year || !latin_comma ? std::optional<YearNumber>() : ShortYearAfterComma(i + 3);
    const bool us_order = (year || short_year) && latin_comma && *first <= 12;
    const bool month_first = (*second > 12 && *first <= 12) || us_order ||
                             (conventions_.month_first_numbers && *first <= 12 && separator != "-");
    const int day = month_first ? *second : *first;
    const int month = month_first ? *first : *second;
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    if (year) return Found{year->end, DayValue({year->year, month, day})};
    if (short_year) return Found{short_year->end, DayValue({short_year->year, month, day})};
    if (!published_) return Unresolved(i + 3);
    return Found{i + 3, DayValue({InferYear(month, day), month, day})};
  }

  // «, 15» after a numbered day and month: a two-digit year (2000 + it).
  std::optional<YearNumber> ShortYearAfterComma(size_t j) const {
    if (!IsMark(j, ",")) return std::nullopt;
    const auto value = Digits(j + 1, 2, 2);
    if (!value) return std::nullopt;
    // Only where the clause ends: not a count («08/12, 15 شخصا») or a list of numbers.
    if (j + 2 < words_.size() ? !words_[j + 2].line_before && !IsMark(j + 2, ".!?;")
                              : !window_ends_text_) {
      return std::nullopt;
    }
    const int year = *value <= 50 ? 2000 + *value : 1900 + *value;
    return YearNumber{year, j + 2};
  }

  // Whether a count word comes shortly before words_[i] («بنتيجة 22-4», «عدد القتلى إلى 27»).
  bool AfterCountWord(size_t i) const {
    for (size_t back = 1; back <= kCountContextWords && back <= i; ++back) {
      if (Match(i - back, "count_word") != nullptr) return true;
    }
    return false;
  }

  // «اليوم», «أمس», «أول أمس», «غداً», «بعد غد». «اليوم التالي» (the day after the story's
  // day) is consumed without a value (see DateConventions::story_days_from_reference).
  std::optional<Found> TryRelativeDay(size_t i) {
    if (const auto* story_day = Match(i, "story_day")) {
      if (!conventions_.story_days_from_reference) return Found{story_day->end, ""};
      if (!published_) return Unresolved(story_day->end);
      return Found{story_day->end,
                   FormatDay(CivilFromDays(published_days_ + story_day->entry->value))};
    }
    if (const auto* name = Match(i, "name")) return Found{name->end, ""};
    const auto* day = Match(i, "day");
    if (day == nullptr) return std::nullopt;
    if (!published_) return Unresolved(day->end);
    return Found{day->end, FormatDay(CivilFromDays(published_days_ + day->entry->value))};
  }

  // «هذا الأسبوع الجمعة», «هذا يوم الجمعة», «هذا الشهر», «هذا العام».
  std::optional<Found> TryThis(size_t i) {
    const auto* this_word = Match(i, "this");
    if (this_word == nullptr) return std::nullopt;
    size_t j = this_word->end;
    if (const auto* week = Match(j, "the_week")) {
      size_t k = week->end;
      if (const auto* day_word = Match(k, "dayword")) k = day_word->end;
      if (const auto* weekday = Match(k, "weekday")) {
        if (!published_) return Unresolved(weekday->end);
        return Found{weekday->end, WeekdayInWeek(weekday->entry->value, 0)};
      }
      return std::nullopt;
    }
    if (const auto* day_word = Match(j, "dayword")) j = day_word->end;
    if (const auto* weekday = Match(j, "weekday")) {
      if (!published_) return Unresolved(weekday->end);
      if (conventions_.weekdays == WeekdayReading::kForward) {
        return Found{weekday->end, WeekdayValue(weekday->entry->value, 1, /*or_same_day=*/true)};
      }
      return Found{weekday->end, WeekdayInWeek(weekday->entry->value, 0)};
    }
    if (const auto* month = Match(j, "the_month")) {
      if (!published_) return Unresolved(month->end);
      return Found{month->end, FormatMonth(published_->year, published_->month)};
    }
    if (const auto* year = Match(j, "the_year")) {
      if (!published_) return Unresolved(year->end);
      return Found{year->end, FormatYear(published_->year)};
    }
    return std::nullopt;
  }

  // «الأسبوع الماضي», «الأسبوع القادم الأحد», «الأسبوع المقبل يوم الجمعة».
  std::optional<Found> TryWeekShift(size_t i) {
    const auto* week = Match(i, "the_week");
    if (week == nullptr) return std::nullopt;
    const auto* shift = Match(week->end, "shift");
    if (shift == nullptr) return std::nullopt;
    size_t k = SkipComma(shift->end);
    if (const auto* day_word = Match(k, "dayword")) k = day_word->end;
    if (!published_) return Unresolved(shift->end);
    if (const auto* weekday = Match(k, "weekday")) {
      return Found{weekday->end, WeekdayInWeek(weekday->entry->value, shift->entry->value)};
    }
    // A whole week: the same weekday a week away (the week's precision is not kept).
    return Found{shift->end, FormatDay(CivilFromDays(published_days_ + 7L * shift->entry->value))};
  }

  // «الشهر الماضي», «العام المقبل», «السنة الماضية».
  std::optional<Found> TryPeriodShift(size_t i) {
    const bool is_month = Match(i, "the_month") != nullptr;
    const auto* period = is_month ? Match(i, "the_month") : Match(i, "the_year");
    if (period == nullptr) return std::nullopt;
    const auto* shift = Match(period->end, "shift");
    if (shift == nullptr) return std::nullopt;
    if (!published_) return Unresolved(shift->end);
    if (is_month) {
      const CivilDay month =
          AddMonths({published_->year, published_->month, 1}, shift->entry->value);
      return Found{shift->end, FormatMonth(month.year, month.month)};
    }
    return Found{shift->end, FormatYear(published_->year + shift->entry->value)};
  }

  // «قبل يومين», «منذ 3 أيام», «قبل بضعة أشهر», «بعد أسبوعين».
  std::optional<Found> TryDuration(size_t i) {
    const DatePhraseMatch* direction = Match(i, "ago");
    if (direction == nullptr) direction = Match(i, "later");
    // One or more parts: «منذ شهر و 21 يوما», «بعد 2 عام و 21 يوما من الآن», «2 سنة 1 شهر
    // 21 يوم من الآن» (without a direction word, «من الآن» must close it: it is then ahead).
    int days = 0;
    int months = 0;
    size_t end = 0;
    size_t start = direction != nullptr ? direction->end : i;
    // «منذ نحو شهرين», «قبل أكثر من أسبوع»: the approximate count is taken as exact.
    if (const auto* about = Match(start, "about"); about != nullptr && direction != nullptr) {
      start = about->end;
    }
    for (size_t j = start;;) {
      const auto part = ParseDurationPart(j);
      if (!part) break;
      (part->unit == "day" ? days : months) += part->count;
      end = j = part->end;
      size_t next = SkipComma(j);
      if (Joined(next) && words_[next].text == "و") ++next;
      if (!ParseDurationPart(next)) break;
      j = next;
    }
    if (end == 0) return std::nullopt;
    if (Digits(end, 4, 4)) return std::nullopt;  // «منذ عام 2013»: a year, not a duration
    // «قبيل شهر رمضان», «قبل شهر أغسطس»: «شهر» names the month that follows.
    if (const auto month = ParseMonth(end - 1); month && month->with_context) return std::nullopt;
    const auto* now = Match(end, "from_now");
    if (now != nullptr) {
      end = now->end;
    } else if (direction == nullptr) {
      return std::nullopt;
    } else if (CountedFromAnotherEvent(end, direction->entry->value)) {
      // «بعد ثلاثين عاما من سياسة ...», «قبل يومين فقط من الانتخابات», «بعد أربعة أيام على
      // فوزه»: counted from another event, not from publication.
      return Unresolved(end);
    }
    if (!published_) return Unresolved(end);
    const int sign = direction != nullptr ? direction->entry->value : 1;
    const CivilDay shifted = AddMonths(*published_, sign * months);
    return Found{end,
                 FormatDay(CivilFromDays(DaysFromCivil(shifted) + static_cast<long>(sign) * days))};
  }

  // Whether the words after a duration, past qualifiers («فقط», «كاملة»), tie it to an event:
  // «من» («قبل يومين من الانتخابات»), and after «بعد» also «على» («بعد أربعة أيام على فوزه»;
  // «قبل يومين على تويتر» is two days ago).
  bool CountedFromAnotherEvent(size_t j, int direction) const {
    while (const auto* qualifier = Match(j, "duration_qualifier")) j = qualifier->end;
    if (Match(j, "event_since") != nullptr) return true;
    return direction > 0 && Match(j, "event_after") != nullptr;
  }

  struct DurationPart {
    std::string unit;  // "day" (weeks in days) or "month" (years in months)
    int count = 0;
    size_t end = 0;
  };

  // [number | بضعة] unit: «3 أيام», «يومين», «بضعة أشهر», «ثلاثة أسابيع», «شهر».
  std::optional<DurationPart> ParseDurationPart(size_t j) const {
    int count = 0;
    if (auto value = Digits(j, 1, 3)) {
      count = *value;
      ++j;
    } else if (const auto* few = Match(j, "few")) {
      count = few->entry->value;
      j = few->end;
    } else if (Match(j, "duration") == nullptr) {
      // A cardinal («ثلاثة أيام», «أحد عشر يوما»), not an ordinal («الثالث»).
      if (const auto number = ParseDay(j);
          number && (!number->single_ordinal || !IsDefiniteWord(words_[j].text))) {
        count = number->day;
        j = number->end;
      }
    }
    const auto* unit = Match(j, "duration");
    if (unit == nullptr) return std::nullopt;
    if (count == 0) count = unit->entry->value;
    if (count == 0) return std::nullopt;
    const std::string& name = unit->entry->unit;
    if (name == "day") return DurationPart{"day", count, unit->end};
    if (name == "week") return DurationPart{"day", 7 * count, unit->end};
    if (name == "month") return DurationPart{"month", count, unit->end};
    return DurationPart{"month", 12 * count, unit->end};
  }

  // «عام 2015», «العام 2014م».
  std::optional<Found> TryYear(size_t i) {
    const auto* word = Match(i, "yearword");
    if (word == nullptr) return std::nullopt;
    const auto year = ParseYear(word->end, false);
    if (!year) return std::nullopt;
    return Found{year->end, FormatYear(year->year)};
  }

  // «يوم 27»: a day of the publication month.
  std::optional<Found> TryDayWord(size_t i) {
    const auto* word = Match(i, "dayword");
    if (word == nullptr) return std::nullopt;
    const auto day = Digits(word->end, 1, 2);
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    // «يوم 12 ذو القعدة»: the date starts at the number.
    if (TryDayMonth(word->end) || TryDayOfRelativeMonth(word->end)) return std::nullopt;
    if (!published_) return Unresolved(word->end + 1);
    return ResolveDayOfMonth(published_->year, published_->month, *day, word->end + 1);
  }

  // «عدت في 27.», «عدت للثاني والعشرين», «سأعود إلى الحادي والعشرين!»: a day of the
  // publication month named by a number alone, right after a preposition (a word or the clitic
  // «لـ»/«بـ») and closing the clause. A cardinal in words («في ثلاثة») is a count, and so is a
  // number after a count word («ارتفع عدد القتلى إلى 27.»).
  std::optional<Found> TryDayEndingClause(size_t i) {
    const auto day = ParseDay(i);
    if (!day) return std::nullopt;
    if (!day->digits && !CanNameDayAlone(i, *day)) return std::nullopt;
    // «من 0 إلى 3.»: the end of a range of numbers.
    if (day->digits && i >= 2 && words_[i - 2].kind == DateWordKind::kDigits) return std::nullopt;
    const size_t next = day->end;
    const bool decimal = IsMark(next, ".,") && next + 1 < words_.size() &&
                         !words_[next + 1].space_before &&
                         words_[next + 1].kind == DateWordKind::kDigits;
    const bool clause_ends = next < words_.size()
                                 ? words_[next].line_before || (IsMark(next, ".!?,;") && !decimal)
                                 : window_ends_text_;
    if (!clause_ends) return std::nullopt;
    const bool after_preposition = i > 0 && Match(i - 1, "day_preposition") != nullptr &&
                                   Match(i - 1, "day_preposition")->end == i;
    if (!after_preposition && !HasPrepositionClitic(words_[i].text)) return std::nullopt;
    if (AfterCountWord(i)) return std::nullopt;
    if (!published_) return Unresolved(day->end);
    return ResolveDayOfMonth(published_->year, published_->month, day->day, day->end);
  }

  // Whether a day number in words, words_[i] on, can name a day on its own: a compound
  // masculine ordinal, as «اليوم» agrees with («إلى الحادي والعشرين»). A cardinal («في ثلاثة»)
  // is a count. After «في» or «إلى», a feminine ordinal is an hour or an age («في السابعة»,
  // «وهو في الحادية والعشرين»), and so is a lone «العشرين»; a lone ordinal is «the latter»
  // («سيميل الجمهور إلى الثاني»). Only with the clitic «لـ», which news does not put before an
  // age or an hour, do these name a day («للثانية والعشرين», «للثلاثين», «للثاني»), and a lone
  // one not after another ordinal («للأول ... للثاني») nor as «الأول» («the former»).
  bool CanNameDayAlone(size_t i, const DayNumber& day) const {
    const std::string_view word = words_[i].text;
    if (!IsDefiniteWord(word)) return false;
    const bool compound = day.end >= i + 2;
    const bool feminine = word.ends_with("ه");
    if (compound && !feminine) return true;
    if (!WithoutConjunction(word).starts_with("لل")) return false;
    if (feminine) return compound && day.day > 20;
    if (day.day == 1) return false;
    for (size_t back = 1; back <= kWordsBeforeAnchor && back <= i; ++back) {
      static constexpr DateKindKey kNumberKinds[] = {"ones", "tens", "first"};
      for (const DateKindKey kind : kNumberKinds) {
        if (Match(i - back, kind) != nullptr) return false;
      }
    }
    return true;
  }

  // The folded word without the conjunctions و ف: whether it then starts with «ال», or with
  // «بال»/«كال»/«لل» (a preposition before «ال»).
  static bool IsDefiniteWord(std::string_view word) {
    word = WithoutConjunction(word);
    for (std::string_view prefix : {"ال", "بال", "كال", "لل"}) {
      if (word.starts_with(prefix)) return true;
    }
    return false;
  }

  static bool HasPrepositionClitic(std::string_view word) {
    word = WithoutConjunction(word);
    return word.starts_with("لل") || word.starts_with("بال");
  }

  static std::string_view WithoutConjunction(std::string_view word) {
    for (std::string_view conjunction : {"و", "ف"}) {
      if (word.starts_with(conjunction) && word.size() > 2 * conjunction.size()) {
        return word.substr(conjunction.size());
      }
    }
    return word;
  }

  std::string_view text_;
  const std::vector<DateWord>& words_;
  const Matches& matches_;
  std::optional<CivilDay> published_;
  PublishedHijri* published_hijri_;
  bool window_ends_text_ = false;
  const DateConventions& conventions_;
  int64_t published_days_ = 0;
};

}  // namespace

Expected<DateFinder> DateFinder::Load(const std::string& data_dir) {
  auto lexicon = DateLexicon::Load(data_dir + "/dates");
  if (!lexicon.ok()) return lexicon.status();
  return DateFinder(std::make_shared<const Tables>(std::move(lexicon.value())));
}

std::vector<DateMention> DateFinder::Find(std::string_view text, const std::vector<Token>&,
                                          std::string_view published,
                                          const DateConventions& conventions) const {
  const std::optional<CivilDay> published_day = ParseIsoDay(published);
  std::vector<DateMention> mentions;
  DateWords words;
  DatePhraseMatches matches;
  PublishedHijri published_hijri(published_day);
  for (const Span& window : tables_->anchors.Windows(text, kWordsBeforeAnchor, kWordsAfterAnchor)) {
    const std::string_view part = window.of(text);
    words.Split(part);
    tables_->lexicon.MatchAll(words.words(), &matches);
    for (DateMention& mention :
         DateGrammar(part, words.words(), matches, published_day, &published_hijri,
                     window.end == text.size(), conventions)
             .Run()) {
      mention.span.start += window.start;
      mention.span.end += window.start;
      mentions.push_back(std::move(mention));
    }
  }
  return mentions;
}

}  // namespace marsad::text
