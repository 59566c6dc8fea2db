#include "events/act_occurrence.h"

#include <gtest/gtest.h>

#include <optional>

#include "events/analysis_builder.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"
#include "text/date_calendar.h"

namespace marsad::events {
namespace {

class ActOccurrenceTest : public ShippedLexiconsTest {
 protected:
  // The folded words of a one-sentence text and the markers found in them.
  struct Read {
    Analysis analysis;
    SentenceView view;
    std::vector<MarkerHit> hits;
  };
  static Read ReadSentence(const std::string& text) {
    Read read{BuildAnalysis(text, {}), {}, {}};
    read.view = SentenceView::Build(read.analysis, 0);
    read.hits = markers_->Find(read.view.words, 0);
    return read;
  }
};

TEST_F(ActOccurrenceTest, AnActTakesPlaceOrStartsAgainNearItsCue) {
  const Read occurred = ReadSentence("وقع الهجوم أمس في السوق");
  EXPECT_TRUE(OccurredNear(occurred.hits, 1));
  const Read plain = ReadSentence("تحدث الوزير عن الهجوم في كلمته");
  EXPECT_FALSE(OccurredNear(plain.hits, 3));
  const Read onset = ReadSentence("تجددت المظاهرات في المدينة");
  EXPECT_TRUE(OnsetBefore(onset.hits, 1));
  EXPECT_FALSE(OnsetBefore(plain.hits, 3));
}

TEST_F(ActOccurrenceTest, ACountedActIsAStatistic) {
  const Read counted = ReadSentence("شن التنظيم 140 هجوما انتحاريا");
  std::vector<CueMatch> matches(2);
  matches[0].token = 3;
  matches[0].noun = true;
  matches[1].token = 4;
  matches[1].noun = true;
  EXPECT_TRUE(QuantityBefore(counted.hits, counted.view.words, 3));
  EXPECT_TRUE(Counted(counted.hits, counted.view.words, matches, 3));
  EXPECT_TRUE(Counted(counted.hits, counted.view.words, matches, 4));  // describes the count
  const Read hundreds = ReadSentence("خرج الآلاف في مظاهرة");
  EXPECT_TRUE(QuantityBefore(hundreds.hits, hundreds.view.words, 2));
  EXPECT_FALSE(QuantityBefore(hundreds.hits, hundreds.view.words, 1));
}

TEST_F(ActOccurrenceTest, ARunningTotalOrAPastTimeIsBackground) {
  const Read tally = ReadSentence("قتلوا في العراق حتى الآن");
  EXPECT_TRUE(RunningTally(tally.hits));
  const Read year = ReadSentence("اغتيل الحريري عام 2005");
  EXPECT_TRUE(InThePast(year.hits, year.view.words, 0));
  const Read years = ReadSentence("قمع الجيش الحزب بعنف عامي 1965 و1966");  // the dual
  EXPECT_TRUE(InThePast(years.hits, years.view.words, 0));
  const Read since = ReadSentence("منذ اغتيال الحريري");
  EXPECT_TRUE(InThePast(since.hits, since.view.words, 1));
  const Read news = ReadSentence("اغتيل الحريري أمس");
  EXPECT_FALSE(InThePast(news.hits, news.view.words, 0));
  EXPECT_FALSE(RunningTally(news.hits));
}

TEST_F(ActOccurrenceTest, ADatedLineTellsItsActs) {
  const Read line = ReadSentence("17 مارس: مظاهرة في العاصمة");
  const Span sentence = line.analysis.sentences[0].span;
  uint32_t act = 0;
  while (act < line.view.words.size() &&
         line.view.words[act] != "\u0645\u0638\u0627\u0647\u0631\u0647") {
    ++act;  // مظاهره, folded
  }
  ASSERT_LT(act, line.view.words.size());
  EXPECT_TRUE(InDatedLine(line.analysis, line.view, line.hits, sentence, act));
  const Read prose = ReadSentence("في 17 مارس خرجت مظاهرة في العاصمة");
  EXPECT_FALSE(
      InDatedLine(prose.analysis, prose.view, prose.hits, prose.analysis.sentences[0].span, 4));
}

TEST(FirstDayOfTheNewsTest, IsKNewsDaysBeforeThePublicationDay) {
  EXPECT_EQ(FirstDayOfTheNews("2015-08-06"), text::DaysFromCivil(text::CivilDay{2015, 7, 7}));
  EXPECT_EQ(FirstDayOfTheNews("2015-03-01"), text::DaysFromCivil(text::CivilDay{2015, 1, 30}));
  // No publication day: none, a month alone, or no date at all.
  EXPECT_EQ(FirstDayOfTheNews(""), std::nullopt);
  EXPECT_EQ(FirstDayOfTheNews("2015-08"), std::nullopt);
  EXPECT_EQ(FirstDayOfTheNews("tomorrow"), std::nullopt);
}

// Whether DatedBeforeTheNews holds for one sentence of an article published on `published`,
// whose dates (text as written, resolved value) the date stage is taken to have found.
bool DatedSentence(const MarkerLexicon& markers, const std::string& text,
                   const std::string& published,
                   const std::vector<std::pair<std::string, std::string>>& dates) {
  const std::optional<int64_t> news_from = FirstDayOfTheNews(published);
  EXPECT_TRUE(news_from.has_value()) << published;
  if (!news_from) return false;
  Analysis analysis = BuildAnalysis(text, {});
  for (const auto& [written, value] : dates) {
    const size_t at = analysis.text().find(written);
    EXPECT_NE(at, std::string_view::npos) << written;
    if (at == std::string_view::npos) continue;
    analysis.dates.push_back(DateMention{
        Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + written.size())}, value});
  }
  const SentenceView view = SentenceView::Build(analysis, 0);
  return DatedBeforeTheNews(analysis, view, markers, markers.Find(view.words, 0),
                            analysis.sentences[0].span, *news_from);
}

TEST_F(ActOccurrenceTest, AnActDatedWellBeforeThePublicationIsBackground) {
  const std::string sousse = "وقتل مسلح 38 سائحا في اواخر يونيو الماضي";
  EXPECT_TRUE(DatedSentence(*markers_, sousse, "2015-08-06", {{"يونيو الماضي", "2015-06"}}));
  // June ends within 30 days of 10 July: news then.
  EXPECT_FALSE(DatedSentence(*markers_, sousse, "2015-07-10", {{"يونيو الماضي", "2015-06"}}));
  // 30 June is the first day of the news on 30 July, and one day before it on 31 July.
  EXPECT_FALSE(DatedSentence(*markers_, sousse, "2015-07-30", {{"يونيو الماضي", "2015-06"}}));
  EXPECT_TRUE(DatedSentence(*markers_, sousse, "2015-07-31", {{"يونيو الماضي", "2015-06"}}));
  EXPECT_TRUE(DatedSentence(*markers_, "> في نوفمبر 1992، ألقى أربعة قنبلة في الحي", "2015-08-06",
                            {{"نوفمبر 1992", "1992-11"}}));
  EXPECT_TRUE(DatedSentence(*markers_, "وقتل 1592 شخصا في أعمال العنف عام 2014", "2015-08-06",
                            {{"2014", "2014"}}));
  // A recent date in the sentence makes it news, whatever else it recalls.
  EXPECT_FALSE(DatedSentence(*markers_, "قتل مسلحون 5 أمس في هجوم مماثل لهجوم 18 مارس",
                             "2015-08-06", {{"أمس", "2015-08-05"}, {"18 مارس", "2015-03-18"}}));
  // No date, or one the sentence's act is not dated by: a relative clause's, a duration's start.
  EXPECT_FALSE(DatedSentence(*markers_, "قتل مسلحون 5 في هجوم", "2015-08-06", {}));
  EXPECT_FALSE(DatedSentence(*markers_, "اختطف التنظيم 220 شخصا إلى مدينة تدمر التي سقطت في مايو",
                             "2015-08-06", {{"مايو", "2015-05"}}));
  EXPECT_FALSE(DatedSentence(*markers_, "قصف الطيران مناطق محاصرة منذ أكثر من عامين", "2015-08-06",
                             {{"منذ أكثر من عامين", "2013-08-08"}}));
  EXPECT_FALSE(DatedSentence(*markers_, "ووصف القصف بأنه الأعنف منذ معركة ديبالتسيف في فبراير",
                             "2015-08-11", {{"فبراير", "2015-02"}}));
  EXPECT_FALSE(DatedSentence(*markers_, "وتظاهر آلاف المودعين بعدما أفلس البنك قبل عام",
                             "2015-08-11", {{"قبل عام", "2014-08-11"}}));
}

}  // namespace
}  // namespace marsad::events
