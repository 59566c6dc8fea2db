#include "events/marker_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "events/match_form.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

std::vector<std::string> Fold(std::initializer_list<const char*> words) {
  std::vector<std::string> out;
  for (const char* w : words) out.push_back(MatchForm(w));
  return out;
}

TEST(MarkerLexiconTest, LengthAtIsTheLongestPhraseOfTheMarkerThere) {
  auto markers = MarkerLexicon::Parse(
      "inclusive\t0\tكذلك\ninclusive\t0\tمن ضمنها\ninclusive\t0\tمن ضمنها أيضا\n"
      "preposition\t0\tمن\n",
      "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  const std::vector<std::string> words = Fold({"ومن", "ضمنها", "أيضا", "تركيا", "وكذلك", "من"});
  EXPECT_EQ(markers->LengthAt(Marker::kInclusive, words, 0), 3u);  // behind و
  EXPECT_EQ(markers->LengthAt(Marker::kInclusive, words, 4), 1u);
  EXPECT_EQ(markers->LengthAt(Marker::kInclusive, words, 3), 0u);
  // A phrase that would run past the words does not stand there; nor does another marker's.
  EXPECT_EQ(markers->LengthAt(Marker::kInclusive, words, 5), 0u);
  EXPECT_EQ(markers->LengthAt(Marker::kPreposition, words, 5), 1u);
  EXPECT_EQ(markers->LengthAt(Marker::kInclusive, words, 6), 0u);  // past the words
}

TEST(MarkerLexiconTest, FindsSingleAndMultiWordMarkers) {
  auto markers = MarkerLexicon::Parse(
      "negation\t2\tلم\nhypothetical\t6\tفي حال\ncarry\t0\tمن جهته\npreposition\t0\tإلى\n", "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  const auto hits = markers->Find(Fold({"وفي", "حال", "لم", "يحدث", "ذلك"}), 10);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].marker, Marker::kHypothetical);
  EXPECT_EQ(hits[0].first_token, 10u);
  EXPECT_EQ(hits[0].end_token, 12u);
  EXPECT_EQ(hits[0].reach, 6);
  EXPECT_EQ(hits[1].marker, Marker::kNegation);
  EXPECT_TRUE(markers->IsPreposition(MatchForm("إلى")));
  EXPECT_TRUE(markers->IsPreposition(MatchForm("وإلى")));
  EXPECT_FALSE(markers->IsPreposition(MatchForm("لم")));
  EXPECT_TRUE(markers->Find(Fold({"من", "جانبه"}), 0).empty());
}

TEST(MarkerLexiconTest, NearestStemMatchesWordsAndPhrasesWithinReach) {
  auto markers =
      MarkerLexicon::Parse("military\t8\tعسكري\ncalm\t8\tوقف إطلاق\ncalm\t18\tعدائي\n", "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  // بالتعاون العسكري: the stem begins a word past its clitics and article.
  EXPECT_EQ(markers->NearestStem(Marker::kMilitary, Fold({"إلى", "التعاون", "العسكري"}), 0), 2);
  EXPECT_EQ(markers->NearestStem(Marker::kMilitary, Fold({"التعاون", "الاقتصادي"}), 0), -1);
  // وقف إطلاق النار: a phrase of two stems in a row; وقف alone is no truce (وقف الاستيطان).
  EXPECT_EQ(markers->NearestStem(Marker::kCalm, Fold({"إلى", "وقف", "إطلاق", "النار"}), 0), 1);
  EXPECT_EQ(markers->NearestStem(Marker::kCalm, Fold({"بوقف", "الاستيطان"}), 0), -1);
  EXPECT_EQ(markers->NearestStem(Marker::kCalm, Fold({"باتفاق", "وقف", "الأعمال", "العدائية"}), 0),
            3);
}

TEST(MarkerLexiconTest, NearestStemKeepsTheBareFormsItFindsForTheNextMarker) {
  auto markers = MarkerLexicon::Parse("military\t8\tعسكري\ncalm\t8\tوقف إطلاق\n", "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  const std::vector<std::string> words =
      Fold({"إلى", "وقف", "إطلاق", "النار", "والتعاون", "العسكري"});
  std::vector<std::string_view> bare;
  EXPECT_EQ(markers->NearestStem(Marker::kCalm, words, 0, &bare), 1);
  EXPECT_EQ(markers->NearestStem(Marker::kMilitary, words, 0, &bare), 5);
  EXPECT_EQ(markers->NearestStem(Marker::kCalm, words, 2, &bare), -1);
  ASSERT_EQ(bare.size(), words.size());
  EXPECT_EQ(bare[5], MatchForm("عسكري"));
  for (size_t i = 0; i < words.size(); ++i) {
    if (bare[i].data() != nullptr) {
      EXPECT_EQ(bare[i], BareForm(words[i])) << i;
    }
  }
}

TEST(MarkerLexiconTest, ReadsSubjectedMonthPerfectAgoAndLightNounKinds) {
  auto markers = MarkerLexicon::Parse(
      "subjected\t3\tتعرض\nsubjected_to\t3\tإلى\nfaced\t0\tواجه\nmonth\t0\tمارس\n"
      "perfect\t0\tتجمع\n"
      "ago\t4\tقبل ثمانية أشهر\nlight_noun\t0\tلقيام\n",
      "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  EXPECT_TRUE(markers->Is(Marker::kSubjected, MatchForm("وتعرض")));
  EXPECT_TRUE(markers->Is(Marker::kSubjectedTo, MatchForm("إلى")));
  EXPECT_TRUE(markers->Is(Marker::kFaced, MatchForm("وواجه")));
  EXPECT_TRUE(markers->Is(Marker::kMonth, MatchForm("مارس")));
  EXPECT_TRUE(markers->Is(Marker::kPerfect, MatchForm("تجمع")));
  EXPECT_TRUE(markers->Is(Marker::kLightNoun, MatchForm("لقيام")));
  EXPECT_FALSE(markers->Is(Marker::kSubjected, MatchForm("تجمع")));
  const auto hits = markers->Find(Fold({"الهجوم", "قبل", "ثمانية", "أشهر"}), 0);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].marker, Marker::kAgo);
  EXPECT_EQ(hits[0].first_token, 1u);
  EXPECT_EQ(hits[0].end_token, 4u);
}

TEST(MarkerLexiconTest, MarkersInsideALiteralPhraseAreNone) {
  auto markers =
      MarkerLexicon::Parse("reported\t0\tأنباء\nliteral\t0\tوكالة أنباء\nclause\t0\tإن\n", "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  // وقالت وكالة أنباء فارس إن: a news agency, no rumour; the clause opener stays.
  const auto agency = markers->Find(Fold({"وقالت", "وكالة", "أنباء", "فارس", "إن"}), 0);
  ASSERT_EQ(agency.size(), 1u);
  EXPECT_EQ(agency[0].marker, Marker::kClause);
  EXPECT_EQ(agency[0].first_token, 4u);
  // وذكرت أنباء أن: rumours.
  const auto rumour = markers->Find(Fold({"وذكرت", "أنباء", "أن"}), 0);
  ASSERT_EQ(rumour.size(), 2u);
  EXPECT_EQ(rumour[0].marker, Marker::kReported);
  EXPECT_EQ(rumour[1].marker, Marker::kClause);
}

TEST(MarkerLexiconTest, ACountIsDigitsOrACountWord) {
  auto markers = MarkerLexicon::Parse("count\t0\tعشرات\n", "t");
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  EXPECT_TRUE(markers->IsCount(MatchForm("12")));
  EXPECT_TRUE(markers->IsCount(MatchForm("١٢")));  // folded to ASCII digits
  EXPECT_TRUE(markers->IsCount(MatchForm("وعشرات")));
  EXPECT_FALSE(markers->IsCount(MatchForm("قتيلا")));
  EXPECT_FALSE(markers->IsCount(""));
}

TEST(MarkerLexiconTest, RejectsBadLines) {
  EXPECT_FALSE(MarkerLexicon::Parse("perhaps\t2\tلعل\n", "t").ok());
  EXPECT_FALSE(MarkerLexicon::Parse("negation\tلم\n", "t").ok());
}

TEST(MarkerLexiconTest, ShippedMarkersLoad) {
  auto markers = MarkerLexicon::Load(TestDataDir());
  ASSERT_TRUE(markers.ok()) << markers.status().message();
  EXPECT_TRUE(markers->IsClauseOpener(MatchForm("إن")));
  EXPECT_TRUE(markers->IsClauseOpener(MatchForm("بأن")));
  const auto hits = markers->Find(Fold({"ما", "يشاع", "عن"}), 0);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].marker, Marker::kReported);
  EXPECT_EQ(hits[1].marker, Marker::kPreposition);
  EXPECT_TRUE(markers->Is(Marker::kHypothetical, MatchForm("يمكن")));
  EXPECT_FALSE(markers->Is(Marker::kHypothetical, MatchForm("يشاع")));
  // في، شرق: place; ضد، على: what an act is against.
  EXPECT_TRUE(markers->Is(Marker::kSetting, MatchForm("وفي")));
  EXPECT_TRUE(markers->Is(Marker::kSetting, MatchForm("شرق")));
  EXPECT_FALSE(markers->Is(Marker::kSetting, MatchForm("ضد")));
  EXPECT_FALSE(markers->Is(Marker::kSetting, MatchForm("على")));
  // بينهم، منهم: a count of some of the victims follows.
  EXPECT_TRUE(markers->Is(Marker::kAmong, MatchForm("بينهم")));
  EXPECT_TRUE(markers->Is(Marker::kAmong, MatchForm("منهم")));
  EXPECT_FALSE(markers->Is(Marker::kAmong, MatchForm("بين")));
}

// A phrase of words [first, end) with reach 2: words 5 and 6 of «... w5 w6 w7 w8 w9».
TEST(MarkerHitTest, ReachCountsWordsBetweenThePhraseAndTheCue) {
  const MarkerHit hit{Marker::kOccurred, 2, 5, 7};
  EXPECT_TRUE(hit.EndsWithinReachBefore(7));  // right after the phrase
  EXPECT_TRUE(hit.EndsWithinReachBefore(8));  // one word between
  EXPECT_FALSE(hit.EndsWithinReachBefore(9));
  EXPECT_FALSE(hit.EndsWithinReachBefore(6));  // on the phrase
  EXPECT_TRUE(hit.StartsWithinReachAfter(4));
  EXPECT_TRUE(hit.StartsWithinReachAfter(3));
  EXPECT_FALSE(hit.StartsWithinReachAfter(2));
  EXPECT_FALSE(hit.StartsWithinReachAfter(5));
  EXPECT_TRUE(hit.WithinReachOf(3));
  EXPECT_TRUE(hit.WithinReachOf(8));
  EXPECT_FALSE(hit.WithinReachOf(6));
  EXPECT_FALSE(hit.WithinReachOf(9));
  const MarkerHit anywhere{Marker::kOccurred, 0, 5, 7};
  EXPECT_TRUE(anywhere.WithinReachOf(0));
  EXPECT_TRUE(anywhere.WithinReachOf(40));
  EXPECT_FALSE(anywhere.WithinReachOf(5));
}

TEST(MarkerHitTest, MarkerNearAndBeforeLookOnlyAtTheirMarker) {
  const std::vector<MarkerHit> hits = {{Marker::kNature, 6, 0, 1}, {Marker::kOnset, 2, 10, 11}};
  EXPECT_TRUE(MarkerNear(hits, Marker::kNature, 4));
  EXPECT_FALSE(MarkerNear(hits, Marker::kNature, 9));
  EXPECT_FALSE(MarkerNear(hits, Marker::kOccurred, 4));
  EXPECT_TRUE(MarkerBefore(hits, Marker::kOnset, 12));
  EXPECT_FALSE(MarkerBefore(hits, Marker::kOnset, 9));  // after the cue: not before it
}

}  // namespace
}  // namespace marsad::events
