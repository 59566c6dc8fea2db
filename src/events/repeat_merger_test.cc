#include "events/repeat_merger.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

Event Record(uint32_t sentence, const std::string& source, std::string code,
             const std::string& target = "") {
  Event e;
  e.source = ActorRef{Span{sentence, sentence + 1}, source, source};
  if (!target.empty()) e.target = ActorRef{Span{sentence + 2, sentence + 3}, target, target};
  e.code = std::move(code);
  e.sentence = Span{sentence, sentence + 10};
  return e;
}

std::vector<Event> Merge(std::vector<Event> records, std::vector<RecordNotes> notes = {}) {
  notes.resize(records.size());
  std::vector<Event> out;
  MergeRepeats(std::move(records), notes, &out);
  return out;
}

TEST(RepeatMergerTest, ARepeatedActBecomesAMentionAndLendsItsTarget) {
  // موسكو ستنضم … / روسيا تنضم إلى التحالف الدولي: one act, the second names the target.
  const auto out = Merge({Record(0, "RUSGOV", "062"), Record(100, "RUS", "062", "IGOWSTMIL")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].target.actor, "IGOWSTMIL");
  ASSERT_EQ(out[0].mentions.size(), 1u);
  EXPECT_EQ(out[0].mentions[0].start, 100u);
}

TEST(RepeatMergerTest, AnAttackWithNoDoerToldAgainOfTheSameVictimsIsOneAct) {
  // إصابة جنديين كوريين في انفجار / جنديين كوريين أصيبا بجروح في انفجار.
  const auto out = Merge({Record(0, "", "183", "KORMIL"), Record(100, "", "183", "KORMIL")});
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].mentions.size(), 1u);
  // Victims named by a bare role (مقتل شخصين … مقتل شخصين) may be those of another attack.
  EXPECT_EQ(Merge({Record(0, "", "1823", "CVL"), Record(100, "", "1823", "CVL")}).size(), 2u);
  // Other victims are another act.
  EXPECT_EQ(Merge({Record(0, "", "183", "KORMIL"), Record(100, "", "183", "PRKMIL")}).size(), 2u);
}

TEST(RepeatMergerTest, DifferentRolesOfOneCountryStayApart) {
  // A Russian paper's statement is not the Kremlin's.
  EXPECT_EQ(Merge({Record(0, "RUSGOV", "010"), Record(100, "RUSMED", "010")}).size(), 2u);
}

TEST(RepeatMergerTest, DenialsMergeOnlyWhenTheyDenyTheSameAct) {
  RecordNotes pentagon;
  pentagon.denied = {"RUS02"};
  RecordNotes washington = pentagon;
  RecordNotes other;
  other.denied = {"IRN06"};
  EXPECT_EQ(
      Merge({Record(0, "USAMIL", "016"), Record(100, "USAGOV", "016")}, {pentagon, washington})
          .size(),
      1u);
  EXPECT_EQ(
      Merge({Record(0, "USAMIL", "016"), Record(100, "USAGOV", "016")}, {pentagon, other}).size(),
      2u);
}

TEST(RepeatMergerTest, AHeadlineStatementGivesWayToTheArticlesOwn) {
  RecordNotes headline;
  headline.headline_statement = true;
  const auto out = Merge({Record(0, "USAELI", "010"), Record(100, "USAELI", "0312", "RUS")},
                         {headline, RecordNotes{}});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "0312");
}

TEST(RepeatMergerTest, RecordsForDifferentTargetsInOneSentenceStayApart) {
  Event turkey = Record(0, "RUSGOV", "0312", "TURGOV");
  Event saudi = Record(0, "RUSGOV", "0312", "SAUGOV");
  saudi.target.span = Span{5, 6};
  EXPECT_EQ(Merge({turkey, saudi}).size(), 2u);
}

TEST(RepeatMergerTest, SameActorComparesCodesElseWords) {
  EXPECT_TRUE(SameActor(ActorRef{{}, "بوتين", "RUSGOV"}, ActorRef{{}, "الكرملين", "RUSGOV"}));
  EXPECT_FALSE(SameActor(ActorRef{{}, "مسلحون", ""}, ActorRef{{}, "مسلحون", "UAF"}));
  EXPECT_TRUE(SameActor(ActorRef{{}, "مسلحون", ""}, ActorRef{{}, "مسلحون", ""}));
  EXPECT_FALSE(SameActor(ActorRef{}, ActorRef{}));
}

}  // namespace
}  // namespace marsad::events
