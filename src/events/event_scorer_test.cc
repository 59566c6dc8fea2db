#include "events/event_scorer.h"

#include <gtest/gtest.h>

#include "events/analysis_builder.h"
#include "events/csv_table.h"

namespace marsad::events {
namespace {

// The tiny document the gold file tests/golden/events/tiny.events.jsonl describes.
constexpr char kText[] = "نفى الكرملين الخبر\nانتقدت واشنطن دمشق\nستنضم موسكو إلى التحالف\nجملة";

Event MakeEvent(const Analysis& a, uint32_t sentence, std::string source, std::string code,
                std::string target, std::string modality = "actual") {
  Event e;
  e.source.actor = std::move(source);
  e.code = std::move(code);
  e.target.actor = std::move(target);
  e.modality = std::move(modality);
  e.sentence = a.sentences[sentence].span;
  return e;
}

std::vector<GoldEvent> TinyGold() {
  auto text = ReadWholeFile(MARSAD_SOURCE_DIR "/tests/golden/events/tiny.events.jsonl");
  EXPECT_TRUE(text.ok());
  auto gold = ParseGoldEvents(*text);
  EXPECT_TRUE(gold.ok()) << gold.status().message();
  return gold.ok() ? *gold : std::vector<GoldEvent>{};
}

TEST(EventScorerTest, ParsesGold) {
  const auto gold = TinyGold();
  ASSERT_EQ(gold.size(), 5u);
  EXPECT_EQ(gold[0].doc, "tiny");
  EXPECT_EQ(gold[0].code, "016");
  EXPECT_TRUE(gold[3].optional);
  EXPECT_EQ(gold[4].polarity, "asserted");  // default
  EXPECT_FALSE(ParseGoldEvents("{\"doc\": \"x\"}\n").ok());
  EXPECT_FALSE(ParseGoldEvents("not json\n").ok());
}

TEST(EventScorerTest, PerfectPredictions) {
  Analysis a = BuildAnalysis(kText, {});
  a.events = {MakeEvent(a, 0, "RUSGOV", "016", ""), MakeEvent(a, 1, "USAGOV", "111", "SYRGOV"),
              MakeEvent(a, 2, "RUSGOV", "062", "IGOWSTMIL", "intended")};
  EventScorer scorer(TinyGold());
  scorer.AddDocument("tiny", a);
  const EventScores s = scorer.Score();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.gold_without_document, 1);  // "other" was not given
  EXPECT_EQ(s.root.true_positives, 3);
  EXPECT_EQ(s.root.false_positives, 0);
  EXPECT_EQ(s.root.false_negatives, 0);
  EXPECT_DOUBLE_EQ(s.root.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s.full.f1(), 1.0);
}

TEST(EventScorerTest, ExplainListsHitsMissesAndFalseAlarms) {
  Analysis a = BuildAnalysis(kText, {});
  a.events = {MakeEvent(a, 0, "RUSGOV", "016", ""), MakeEvent(a, 1, "USAMIL", "112", "SYRGOV"),
              MakeEvent(a, 3, "IRNGOV", "010", "")};
  EventScorer scorer(TinyGold());
  scorer.AddDocument("tiny", a);
  const std::string explained = scorer.Explain();
  EXPECT_NE(explained.find("hit  tin gold RUSGOV 016 - asserted actual"), std::string::npos);
  EXPECT_NE(explained.find("root tin gold USAGOV 111 SYRGOV"), std::string::npos);
  EXPECT_NE(explained.find("MISS tin gold RUSGOV 062 IGOWSTMIL"), std::string::npos);
  EXPECT_NE(explained.find("FP   tin IRNGOV 010 - asserted actual  | \u062C\u0645\u0644\u0629"),
            std::string::npos);
}

TEST(EventScorerTest, RootLevelForgivesRolesAndSubcodesButFullDoesNot) {
  Analysis a = BuildAnalysis(kText, {});
  a.events = {MakeEvent(a, 0, "RUS", "016", ""),                            // role differs
              MakeEvent(a, 1, "USAGOV", "112", "SYR"),                      // same root 11
              MakeEvent(a, 2, "RUSGOV", "0312", "IGOWSTMIL", "intended")};  // intent root 03
  EventScorer scorer(TinyGold());
  scorer.AddDocument("tiny", a);
  const EventScores s = scorer.Score();
  EXPECT_EQ(s.root.true_positives, 3);
  EXPECT_EQ(s.full.true_positives, 0);
  EXPECT_EQ(s.full.false_positives, 3);
  EXPECT_EQ(s.full.false_negatives, 3);
}

TEST(EventScorerTest, OptionalGoldIsNeitherMissNorFalseAlarm) {
  Analysis a = BuildAnalysis(kText, {});
  a.events = {MakeEvent(a, 1, "USAGOV", "111", "SYRGOV"), MakeEvent(a, 1, "USAGOV", "010", "")};
  EventScorer scorer(TinyGold());
  scorer.AddDocument("tiny", a);
  const EventScores s = scorer.Score();
  EXPECT_EQ(s.root.true_positives, 1);
  EXPECT_EQ(s.root.false_positives, 0);  // the 010 took the optional record
  EXPECT_EQ(s.root.false_negatives, 2);
  EXPECT_NEAR(s.root.precision(), 1.0, 1e-9);
  EXPECT_NEAR(s.root.recall(), 1.0 / 3, 1e-9);
}

TEST(EventScorerTest, OneToOneAndEvidenceMustBeInTheSentenceOrMentions) {
  Analysis a = BuildAnalysis(kText, {});
  Event wrong_sentence = MakeEvent(a, 3, "RUSGOV", "016", "");
  Event via_mention = MakeEvent(a, 3, "USAGOV", "111", "SYRGOV");
  via_mention.mentions.push_back(a.sentences[1].span);
  Event duplicate = via_mention;
  a.events = {wrong_sentence, via_mention, duplicate};
  EventScorer scorer(TinyGold());
  scorer.AddDocument("tiny", a);
  const EventScores s = scorer.Score();
  EXPECT_EQ(s.root.true_positives, 1);
  // The duplicate takes the optional 010? No: its root (11) differs, so it is a false alarm.
  EXPECT_EQ(s.root.false_positives, 2);
  EXPECT_EQ(s.root.false_negatives, 2);
}

TEST(EventScorerTest, WrongTargetCountryOrDocumentDoesNotMatch) {
  Analysis a = BuildAnalysis(kText, {});
  a.events = {MakeEvent(a, 1, "USAGOV", "111", "IRNGOV")};
  EventScorer scorer(TinyGold());
  scorer.AddDocument("elsewhere", a);
  scorer.AddDocument("tiny", a);
  const EventScores s = scorer.Score();
  EXPECT_EQ(s.root.true_positives, 0);
  EXPECT_EQ(s.root.false_positives, 2);
}

TEST(EventScorerTest, NormalizationFoldsSpellingAndSpaces) {
  EXPECT_EQ(NormalizeForScoring("  أكّد   الوزير\n"), NormalizeForScoring("اكد الوزير"));
}

TEST(PrfTest, EmptyIsZero) {
  Prf prf;
  EXPECT_EQ(prf.precision(), 0.0);
  EXPECT_EQ(prf.f1(), 0.0);
}

}  // namespace
}  // namespace marsad::events
