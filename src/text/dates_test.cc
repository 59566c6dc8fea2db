#include "text/dates.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace marsad::text {
namespace {

std::string DataDir() {
  const char* env = std::getenv("MARSAD_DATA");
  return env != nullptr ? env : MARSAD_SOURCE_DIR "/data";
}

const DateFinder& Finder() {
  static const DateFinder* finder = [] {
    auto loaded = DateFinder::Load(DataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new DateFinder(std::move(loaded.value()));
  }();
  return *finder;
}

// "text=value" for every mention, in order.
std::vector<std::string> Dates(const std::string& text, std::string_view published) {
  std::vector<std::string> out;
  for (const DateMention& mention : Finder().Find(text, {}, published)) {
    out.push_back(std::string(mention.span.of(text)) + "=" + mention.value);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(DateFinderTest, LoadFailsWithoutTables) {
  EXPECT_FALSE(DateFinder::Load("/nonexistent").ok());
}

TEST(DateFinderTest, WeekdayDayAndDoubleMonthName) {
  EXPECT_EQ(Dates("نفى الكرملين الجمعة 25 سبتمبر/أيلول ما يشاع", "2015-09-25"),
            (Strings{"الجمعة 25 سبتمبر/أيلول=2015-09-25"}));
}

TEST(DateFinderTest, RegionalMonthNames) {
  EXPECT_EQ(Dates("في 3 شتنبر 2015 و1 كانون الثاني 2016 و5 جانفي 2014", ""),
            (Strings{"3 شتنبر 2015=2015-09-03", "1 كانون الثاني 2016=2016-01-01",
                     "5 جانفي 2014=2014-01-05"}));
}

TEST(DateFinderTest, NumberedDates) {
  EXPECT_EQ(Dates("بتاريخ 25/9/2015 و2015-09-26 و٢٧/٩/٢٠١٥", ""),
            (Strings{"25/9/2015=2015-09-25", "2015-09-26=2015-09-26", "٢٧/٩/٢٠١٥=2015-09-27"}));
}

TEST(DateFinderTest, DecimalsAndScoresAreNotDates) {
  EXPECT_TRUE(Dates("ارتفع بنسبة 4.5 في المئة وفاز 3-1", "2015-09-25").empty());
}

TEST(DateFinderTest, DaysOfRelativeMonthsAndMonthsWithQualifiers) {
  EXPECT_EQ(Dates("ابتداءً من 25 مايو الجاري وبدءًا من 25 الشهر الجاري", "2016-05-20"),
            (Strings{"25 مايو الجاري=2016-05-25", "25 الشهر الجاري=2016-05-25"}));
  EXPECT_EQ(Dates("في فبراير الماضي وفي نهاية شهر يونيو/حزيران الماضي", "2016-05-20"),
            (Strings{"فبراير الماضي=2016-02", "شهر يونيو/حزيران الماضي=2015-06"}));
}

TEST(DateFinderTest, YearsAndMonthYears) {
  EXPECT_EQ(Dates("في عام 2014 ثم في سبتمبر 2015", ""),
            (Strings{"عام 2014=2014", "سبتمبر 2015=2015-09"}));
}

TEST(DateFinderTest, HijriDates) {
  EXPECT_EQ(Dates("يوم 12 ذو القعدة 1436هـ", ""), (Strings{"12 ذو القعدة 1436هـ=2015-08-27"}));
}

TEST(DateFinderTest, GhurraIsTheFirstDayOfAMonth) {
  EXPECT_EQ(Dates("غدا الجمعة غرة شهر شوال. وصام منذ غرة رمضان", "2015-07-16"),
            (Strings{"غدا=2015-07-17", "الجمعة غرة شهر شوال=2015-07-17", "غرة رمضان=2015-06-18"}));
  EXPECT_EQ(Dates("هاجموا على حين غرة", "2015-07-16"), Strings{});
}

// The Hijri year of publication is found once a text and serves every window of it.
TEST(DateFinderTest, HijriDatesWithoutAYearInSeveralWindows) {
  std::string text = "بدأ الصيام في 5 رمضان";
  for (int i = 0; i < 30; ++i) text += " وقال المتحدث";
  text += " وانتهى في 3 شوال";
  EXPECT_EQ(Dates(text, "2015-07-21"), (Strings{"5 رمضان=2015-06-22", "3 شوال=2015-07-19"}));
  EXPECT_EQ(Dates(text, ""), Strings{});
}

TEST(DateFinderTest, NumberedHijriDatesAndBackslashes) {
  EXPECT_EQ(Dates("الأحد 17/10/1436هـ الموافق 28\\7\\2015", ""),
            (Strings{"17/10/1436هـ=2015-08-02", "28\\7\\2015=2015-07-28"}));
}

TEST(DateFinderTest, SinceAYearIsTheYear) {
  EXPECT_EQ(Dates("كان ساريا منذ عام 2013م وتوقف قبل عام", "2015-08-02"),
            (Strings{"عام 2013م=2013", "قبل عام=2014-08-02"}));
}

TEST(DateFinderTest, RelativeDaysAgainstPublication) {
  // 2015-09-25 was a Friday.
  EXPECT_EQ(
      Dates("قال أمس إن اجتماع اليوم يلي لقاء أول أمس وسيعود غداً", "2015-09-25"),
      (Strings{"أمس=2015-09-24", "اليوم=2015-09-25", "أول أمس=2015-09-23", "غداً=2015-09-26"}));
  EXPECT_EQ(Dates("التقى الأحد وزار الجمعة وسافر الأربعاء الماضي", "2015-09-25"),
            (Strings{"الأحد=2015-09-20", "الجمعة=2015-09-25", "الأربعاء الماضي=2015-09-23"}));
  EXPECT_EQ(
      Dates("الأسبوع الماضي وقبل يومين وقبل 3 أيام", "2015-09-25"),
      (Strings{"الأسبوع الماضي=2015-09-18", "قبل يومين=2015-09-23", "قبل 3 أيام=2015-09-22"}));
}

TEST(DateFinderTest, BareWeekdayNamingTomorrowIsTomorrow) {
  // 2015-09-27 was a Sunday: «الاثنين» is the next day, «السبت» the day before.
  EXPECT_EQ(Dates("في خطاب يلقيه الاثنين بعد لقاء السبت", "2015-09-27"),
            (Strings{"الاثنين=2015-09-28", "السبت=2015-09-26"}));
}

TEST(DateFinderTest, NamesContainingDateWordsAreNotDates) {
  EXPECT_EQ(Dates("نقلته «روسيا اليوم» أمس", "2015-09-27"), (Strings{"أمس=2015-09-26"}));
  EXPECT_TRUE(Dates("وفي اليوم التالي أعلن", "2015-09-27").empty());
}

TEST(DateFinderTest, WithoutPublicationRelativeExpressionsAreSkipped) {
  EXPECT_EQ(Dates("قال أمس الجمعة 25 سبتمبر إن 25/9/2015 موعد", ""),
            (Strings{"25/9/2015=2015-09-25"}));
}

TEST(DateFinderTest, MonthsThatAreCommonWordsNeedContext) {
  EXPECT_TRUE(Dates("مارس ضغوطا على أب", "2015-09-25").empty());
  EXPECT_EQ(Dates("في 3 مارس", "2015-09-25"), (Strings{"3 مارس=2015-03-03"}));
}

TEST(DateFinderTest, SpansMapToOriginalBytesWithDiacritics) {
  const std::string text = "غداً";
  const auto mentions = Finder().Find(text, {}, "2015-09-25");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].span.start, 0u);
  EXPECT_EQ(mentions[0].span.end, text.size());
}

TEST(DateFinderTest, DayNumberAfterDayWordIsInThePublicationMonth) {
  EXPECT_EQ(Dates("عدت يوم 27", "2016-11-07"), (Strings{"يوم 27=2016-11-27"}));
}

TEST(DateFinderTest, NthWeekdayOfAMonth) {
  EXPECT_EQ(Dates("أول يوم جمعة من يوليو", "2016-11-07"),
            (Strings{"أول يوم جمعة من يوليو=2016-07-01"}));
  EXPECT_EQ(Dates("في أول جمعة من الشهر المقبل", "2016-11-07"),
            (Strings{"أول جمعة من الشهر المقبل=2016-12-02"}));
  // November 2016 has four Sundays: a fifth one still names the month.
  EXPECT_EQ(Dates("الخامس أحد من نوفمبر", "2016-11-07"), (Strings{"الخامس أحد من نوفمبر=2016-11"}));
  EXPECT_EQ(Dates("في آخر جمعة من أكتوبر", "2016-11-07"),
            (Strings{"آخر جمعة من أكتوبر=2016-10-28"}));
  EXPECT_EQ(Dates("الثانية جمعة في هذا الشهر", "2016-11-07"),
            (Strings{"الثانية جمعة في هذا الشهر=2016-11-11"}));
  EXPECT_EQ(Dates("الثاني من يوليو", "2016-11-07"), (Strings{"الثاني من يوليو=2016-07-02"}));
}

TEST(DateFinderTest, YearsInWords) {
  EXPECT_EQ(Dates("في العاشر من سبتمبر ، ألفين", "2016-11-07"),
            (Strings{"العاشر من سبتمبر ، ألفين=2000-09-10"}));
  EXPECT_EQ(Dates("في 21 سبتمبر ألف وتسعمائة وثمانية وسبعين", "2016-11-07"),
            (Strings{"21 سبتمبر ألف وتسعمائة وثمانية وسبعين=1978-09-21"}));
  EXPECT_EQ(Dates("في 21 سبتمبر ألف شخص", "2016-11-07"), (Strings{"21 سبتمبر=2016-09-21"}));
}

TEST(DateFinderTest, MonthPairWithoutMark) {
  EXPECT_EQ(Dates("في 4 يوليو تموز 2016", "2016-11-07"), (Strings{"4 يوليو تموز 2016=2016-07-04"}));
}

TEST(DateFinderTest, RangeOfDaysGivesItsFirstDay) {
  EXPECT_EQ(Dates("من 13 إلى 15 تموز 2016", "2016-11-07"),
            (Strings{"13 إلى 15 تموز 2016=2016-07-13"}));
  EXPECT_EQ(Dates("بين 13-15 يوليو", "2016-11-07"), (Strings{"13-15 يوليو=2016-07-13"}));
}

TEST(DateFinderTest, DatesFarApartInLongTextKeepTheirSpans) {
  std::string filler;
  for (int i = 0; i < 50; ++i) filler += "وقال المتحدث إن الاجتماع بحث عددا من الملفات. ";
  const std::string text = filler + "الجمعة 25 سبتمبر " + filler + "في 3/10/2015 " + filler;
  EXPECT_EQ(Dates(text, "2015-09-27"),
            (Strings{"الجمعة 25 سبتمبر=2015-09-25", "3/10/2015=2015-10-03"}));
}

TEST(DateFinderTest, LoneDayNumberClosingAClauseIsInThePublicationMonth) {
  EXPECT_EQ(Dates("عدت في 27.", "2016-11-07"), (Strings{"27=2016-11-27"}));
  EXPECT_EQ(Dates("سأعود إلى الحادي والعشرين", "2016-11-07"),
            (Strings{"الحادي والعشرين=2016-11-21"}));
  EXPECT_EQ(Dates("عدت للثاني والعشرين! ثم سافرت", "2016-11-07"),
            (Strings{"للثاني والعشرين=2016-11-22"}));
  EXPECT_EQ(Dates("عدت في الحادي عشر", "2016-11-07"), (Strings{"الحادي عشر=2016-11-11"}));
}

TEST(DateFinderTest, LoneNumbersThatCountAreNotDays) {
  EXPECT_TRUE(Dates("ارتفع عدد القتلى إلى 27.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("شارك في 15 مباراة", "2016-11-07").empty());
  EXPECT_TRUE(Dates("وصل في ثلاثة.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("حل في المركز الثاني.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("بالنسبة للأول، ووادي دجلة للثاني.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("مع سموحة وإنبي للأول وطلائع الجيش ووادي دجلة للثاني.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("30 إطارا في الثانية. وكان في الخامسة عشرة، ثم", "2016-11-07").empty());
  EXPECT_TRUE(Dates("رقمي من 0 إلى 3.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("استقر الدولار عند 1.08585 دولار", "2016-11-07").empty());
}

TEST(DateFinderTest, DurationFromNowWithoutDirectionWordLooksAhead) {
  EXPECT_EQ(Dates("سنلتقي 1 شهر و 21 يوم من الآن", "2016-11-07"),
            (Strings{"1 شهر و 21 يوم من الآن=2016-12-28"}));
  EXPECT_EQ(Dates("غادرت 2 سنة 1 شهر 21 يوم من الآن", "2016-11-07"),
            (Strings{"2 سنة 1 شهر 21 يوم من الآن=2018-12-28"}));
  // Without «من الآن» nor a direction word, a duration is not a date.
  EXPECT_TRUE(Dates("استمر 2 سنة و 21 يوما", "2016-11-07").empty());
}

TEST(DateFinderTest, LoneOrdinalDaysClosingAClause) {
  EXPECT_EQ(Dates("عدت للثانية والعشرين", "2016-11-07"), (Strings{"للثانية والعشرين=2016-11-22"}));
  EXPECT_EQ(Dates("عدت للثلاثين", "2016-11-07"), (Strings{"للثلاثين=2016-11-30"}));
  EXPECT_EQ(Dates("عدت للثاني!", "2016-11-07"), (Strings{"للثاني=2016-11-02"}));
  // After another ordinal, a lone one is «the latter»; a feminine one an hour or an age, and so
  // is a lone «العشرين» after «في».
  EXPECT_TRUE(Dates("فاز في الشوط الأول وخسر في الثاني.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("سيميل الجمهور إلى الثاني.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("وصل في الحادية عشرة.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("ألف كتابا وهو في الحادية والعشرين.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("منفذ الهجوم رجل في العشرين.", "2016-11-07").empty());
  EXPECT_TRUE(Dates("الإنسان الأول مارس الفن", "2016-11-07").empty());
  EXPECT_EQ(Dates("كان سعره في أول رمضان", "2015-07-21"), (Strings{"أول رمضان=2015-06-18"}));
  EXPECT_EQ(Dates("في الأول من مارس", "2016-11-07"), (Strings{"الأول من مارس=2016-03-01"}));
}

TEST(DateFinderTest, DayTheMonthDoesNotHaveNamesTheMonth) {
  EXPECT_EQ(Dates("عدت إلى الحادي والثلاثين من هذا الشهر", "2016-11-07"),
            (Strings{"الحادي والثلاثين من هذا الشهر=2016-11"}));
  // A numbered one is not taken at all, and digits after a month name are then no day of it.
  EXPECT_TRUE(Dates("في 31/11/2016", "2016-11-07").empty());
  EXPECT_EQ(Dates("لتسليم سبتمبر 31 سنتا", "2015-07-21"), (Strings{"سبتمبر=2015-09"}));
}

TEST(DateFinderTest, NumberedDayMonthPairs) {
  EXPECT_EQ(Dates("سأعود في 22-4", "2016-11-07"), (Strings{"22-4=2016-04-22"}));
  EXPECT_TRUE(Dates("فاز 21-3 على منافسه", "2016-11-07").empty());
  EXPECT_TRUE(Dates("قانون 25-5 وهو تمرين بسيط", "2016-11-07").empty());
  EXPECT_EQ(Dates("خلال الفترة 17-11 رمضان 1436هـ", "2016-11-07"),
            (Strings{"11 رمضان 1436هـ=2015-06-28"}));
  EXPECT_TRUE(Dates("سأعود 2-4", "2016-11-07").empty());
  // A Latin comma and a year after the pair: the US order, month first.
  EXPECT_EQ(Dates("سأعود 08/12, 2015", "2016-11-07"), (Strings{"08/12, 2015=2015-08-12"}));
  EXPECT_EQ(Dates("سأعود 08/12, 15", "2016-11-07"), (Strings{"08/12, 15=2015-08-12"}));
  EXPECT_EQ(Dates("في 08/12، 2015", "2016-11-07"), (Strings{"08/12، 2015=2015-12-08"}));
  EXPECT_EQ(Dates("عدت في 15.10.2016 ثم في 1.2.3", "2016-11-07"),
            (Strings{"15.10.2016=2016-10-15"}));
  EXPECT_EQ(Dates("بتاريخ 1436/10/3هـ", ""), (Strings{"1436/10/3هـ=2015-07-19"}));
}

TEST(DateFinderTest, CardinalDurationsAndApproximations) {
  EXPECT_EQ(Dates("وقع قبل ثلاثة أيام", "2016-11-07"), (Strings{"قبل ثلاثة أيام=2016-11-04"}));
  EXPECT_EQ(Dates("بدأت منذ نحو شهرين", "2016-11-07"), (Strings{"منذ نحو شهرين=2016-09-07"}));
  EXPECT_EQ(Dates("سيعود بعد ثلاثة أسابيع", "2016-11-07"),
            (Strings{"بعد ثلاثة أسابيع=2016-11-28"}));
  // Counted from another event, not from publication.
  EXPECT_TRUE(Dates("بعد أكثر من ثلاثين عاما من سياسة الغرب", "2016-11-07").empty());
  EXPECT_TRUE(Dates("وقبل ثلاثة أيام فقط من حلول الذكرى", "2016-11-07").empty());
  EXPECT_TRUE(Dates("استقال بعد أربعة أيام على فوزه", "2016-11-07").empty());
  EXPECT_EQ(Dates("نشر قبل يومين على تويتر", "2016-11-07"), (Strings{"قبل يومين=2016-11-05"}));
  EXPECT_TRUE(Dates("كتبت قبيل شهر رمضان مقالا", "2016-11-07").empty());
}

TEST(DateFinderTest, OneBeforeLast) {
  // 2016-11-07 was a Monday.
  EXPECT_EQ(Dates("عدت السبت قبل الماضي", "2016-11-07"), (Strings{"السبت قبل الماضي=2016-10-29"}));
  EXPECT_EQ(Dates("في العام قبل الماضي", "2016-11-07"), (Strings{"العام قبل الماضي=2014"}));
  EXPECT_EQ(Dates("وصل مساء أمس الأول", "2016-11-07"), (Strings{"أمس الأول=2016-11-05"}));
  EXPECT_EQ(Dates("فتحت يوم أمس الأول باب الترشح", "2016-11-07"),
            (Strings{"يوم أمس الأول=2016-11-05"}));
  EXPECT_EQ(Dates("يصل الجمعة بعد المقبلة", "2016-11-07"),
            (Strings{"الجمعة بعد المقبلة=2016-11-18"}));
  EXPECT_EQ(Dates("في العام بعد المقبل", "2016-11-07"), (Strings{"العام بعد المقبل=2018"}));
}

TEST(DateFinderTest, WeekdayBeforeACount) {
  // 2015-08-04 was a Tuesday.
  EXPECT_EQ(Dates("خطفت يوم أمس الثلاثاء خمسة مقاتلين", "2015-08-05"),
            (Strings{"يوم أمس=2015-08-04", "الثلاثاء=2015-08-04"}));
}

TEST(DateFinderTest, WeekdayOrdinalOfANamedMonth) {
  EXPECT_EQ(Dates("يصل الخميس الأول من ديسمبر", "2016-11-07"),
            (Strings{"الخميس الأول من ديسمبر=2016-12-01"}));
  EXPECT_EQ(Dates("يصل الجمعة الثانية من الشهر المقبل", "2016-11-07"),
            (Strings{"الجمعة الثانية من الشهر المقبل=2016-12-09"}));
}

TEST(DateFinderTest, DialectTomorrow) {
  EXPECT_EQ(Dates("نلتقي بكرة", "2013-02-12"), (Strings{"بكرة=2013-02-13"}));
}

TEST(DateFinderTest, ForwardWeekdayReading) {
  // 2013-02-12 was a Tuesday.
  const std::string text = "الجمعة ثم هذا الاثنين ثم الثلاثاء";
  std::vector<std::string> found;
  for (const DateMention& mention :
       Finder().Find(text, {}, "2013-02-12", WeekdayReading::kForward)) {
    found.push_back(std::string(mention.span.of(text)) + "=" + mention.value);
  }
  EXPECT_EQ(found, (Strings{"الجمعة=2013-02-15", "هذا الاثنين=2013-02-18", "الثلاثاء=2013-02-19"}));
  EXPECT_EQ(Dates(text, "2013-02-12"),
            (Strings{"الجمعة=2013-02-08", "هذا الاثنين=2013-02-11", "الثلاثاء=2013-02-12"}));
}

TEST(DateFinderTest, ConventionsOfDialogueSuites) {
  const DateConventions us{.month_first_numbers = true,
                           .story_days_from_reference = true,
                           .next_weekday_in_next_week = true};
  const std::string text = "في 4.22 ثم 08/12 ثم 16/04/21 ثم اليوم التالي ثم الأحد القادم";
  std::vector<std::string> found;
  for (const DateMention& mention : Finder().Find(text, {}, "2016-11-07", us)) {
    found.push_back(std::string(mention.span.of(text)) + "=" + mention.value);
  }
  EXPECT_EQ(found, (Strings{"4.22=2016-04-22", "08/12=2016-08-12", "16/04/21=2016-04-21",
                            "اليوم التالي=2016-11-08", "الأحد القادم=2016-11-20"}));
  // The news reading of the same text.
  EXPECT_EQ(Dates(text, "2016-11-07"),
            (Strings{"08/12=2016-12-08", "16/04/21=2021-04-16", "الأحد القادم=2016-11-13"}));
}

TEST(DateFinderTest, YearInWordsFarFromTheMonthName) {
  EXPECT_EQ(Dates("في سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون", "2016-11-07"),
            (Strings{"سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون=1978-09-21"}));
}

// Find's speed over a large file (one news article a line):
//   MARSAD_BENCH_TEXT=/tmp/seg/snn.txt MARSAD_DATA=data build-clean/text_test
//   --gtest_also_run_disabled_tests --gtest_filter='*FindThroughput*'
TEST(DateFinderTest, DISABLED_FindThroughput) {
  const char* path = std::getenv("MARSAD_BENCH_TEXT");
  if (path == nullptr) GTEST_SKIP() << "set MARSAD_BENCH_TEXT to a UTF-8 text file";
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  size_t mentions = 0;
  const std::clock_t start = std::clock();
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string_view line(text.data() + line_start, line_end - line_start);
    mentions += Finder().Find(line, {}, "2015-09-27").size();
    line_start = line_end + 1;
  }
  // Processor time, not wall time: the machine may be shared.
  const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  std::cout << "DateFinder::Find: " << text.size() / 1e6 / seconds << " MB/s (CPU), " << mentions
            << " mentions in " << text.size() / 1e6 << " MB\n";
  EXPECT_GT(mentions, 0u);
}

}  // namespace
}  // namespace marsad::text
