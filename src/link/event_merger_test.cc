#include "link/event_merger.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace marsad::link {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

EventMention Mention(uint32_t doc, const std::string& outlet, const std::string& date,
                     const std::string& source, const std::string& code,
                     const std::string& target) {
  EventMention mention;
  mention.doc = doc;
  mention.outlet = outlet;
  mention.url = "http://" + outlet + "/" + std::to_string(doc);
  mention.date = date;
  mention.source = source;
  mention.code = code;
  mention.target = target;
  return mention;
}

EventMention Negated(EventMention mention) {
  mention.polarity = "negated";
  return mention;
}

EventMention WithModality(EventMention mention, const std::string& modality) {
  mention.modality = modality;
  return mention;
}

TEST(EventMergerTest, MergesSameActorsRootAndDayAcrossOutlets) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
      Mention(1, "okaz", "2015-08-01", "SAUMIL", "195", "YEMREB"),
      Mention(2, "okaz", "2015-08-02", "SAUMIL", "190", "YEMREB"),
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 1u);
  const CorpusEvent& event = merged.events[0];
  EXPECT_EQ(event.source, "SAUMIL");
  EXPECT_EQ(event.target, "YEMREB");
  EXPECT_EQ(event.root, "19");
  EXPECT_EQ(event.code, "190");
  EXPECT_EQ(event.first_seen, "2015-08-01");
  EXPECT_EQ(event.last_seen, "2015-08-02");
  EXPECT_EQ(event.num_mentions, 4);
  EXPECT_EQ(event.num_articles, 3);
  EXPECT_EQ(event.num_sources, 2);
  EXPECT_THAT(event.mentions, ElementsAre(0u, 3u, 1u, 2u));
  EXPECT_THAT(merged.contradictions, IsEmpty());
}

TEST(EventMergerTest, SeparatesRootsActorsAndDistantDays) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
      Mention(1, "okaz", "2015-08-01", "SAUMIL", "042", "YEMREB"),  // other root
      Mention(2, "okaz", "2015-08-01", "SAUGOV", "190", "YEMREB"),  // other source
      Mention(3, "okaz", "2015-08-01", "SAUMIL", "190", "YEM"),     // other target
      Mention(4, "okaz", "2015-08-03", "SAUMIL", "190", "YEMREB"),  // two days later
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  EXPECT_EQ(merged.events.size(), 5u);
  for (const CorpusEvent& event : merged.events) EXPECT_EQ(event.num_articles, 1);
}

TEST(EventMergerTest, WindowCountsFromTheFirstMention) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "IRN", "111", "SAU"),
      Mention(1, "okaz", "2015-08-02", "IRN", "112", "SAU"),
      Mention(2, "alyaum", "2015-08-03", "IRN", "111", "SAU"),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 2u);
  EXPECT_EQ(merged.events[0].num_articles, 2);
  EXPECT_EQ(merged.events[1].first_seen, "2015-08-03");
}

TEST(EventMergerTest, OnlyAssertedActualMentionsCount) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "USA", "057", "IRN"),
      WithModality(Mention(1, "okaz", "2015-08-01", "USA", "057", "IRN"), "intended"),
      WithModality(Mention(2, "alyaum", "2015-08-01", "USA", "057", "IRN"), "reported"),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 1u);
  EXPECT_EQ(merged.events[0].num_articles, 1);
  EXPECT_EQ(merged.events[0].num_sources, 1);
  EXPECT_EQ(merged.events[0].num_mentions, 1);
  EXPECT_EQ(merged.events[0].mentions.size(), 3u);
}

TEST(EventMergerTest, EventWithoutCountedMentionsKeepsItsCode) {
  const MergedEvents merged = EventMerger().Merge(
      {WithModality(Mention(0, "sabq", "2015-08-01", "USA", "0331", "IRN"), "hypothetical")});
  ASSERT_EQ(merged.events.size(), 1u);
  EXPECT_EQ(merged.events[0].code, "0331");
  EXPECT_EQ(merged.events[0].num_articles, 0);
  EXPECT_EQ(merged.events[0].first_seen, "2015-08-01");
}

TEST(EventMergerTest, UnknownActorsMergeOnlyWithinTheirArticle) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "", "010", ""),
      Mention(0, "sabq", "2015-08-01", "", "010", ""),
      Mention(1, "okaz", "2015-08-01", "", "010", ""),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 2u);
  EXPECT_EQ(merged.events[0].num_mentions + merged.events[1].num_mentions, 3);
}

TEST(EventMergerTest, UndatedMentionsFormTheirOwnEvent) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "", "SAU", "040", "USA"),
      Mention(1, "okaz", "2015-08-01", "SAU", "040", "USA"),
      Mention(2, "alyaum", "", "SAU", "040", "USA"),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 2u);
  EXPECT_EQ(merged.events[0].first_seen, "2015-08-01");
  EXPECT_EQ(merged.events[1].first_seen, "");
  EXPECT_EQ(merged.events[1].num_articles, 2);
}

TEST(EventMergerTest, FindsNegationByAnotherOutlet) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
      Negated(Mention(1, "okaz", "2015-08-01", "SAUMIL", "190", "YEMREB")),
      Mention(2, "alyaum", "2015-08-02", "SAUMIL", "190", "YEMREB"),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.events.size(), 1u);
  EXPECT_EQ(merged.events[0].num_articles, 2);
  ASSERT_EQ(merged.contradictions.size(), 1u);
  const Contradiction& contradiction = merged.contradictions[0];
  EXPECT_EQ(contradiction.kind, "negated");
  EXPECT_EQ(contradiction.event, 0u);
  EXPECT_THAT(contradiction.asserting, ElementsAre(0u, 2u));
  EXPECT_THAT(contradiction.denying, ElementsAre(1u));
}

TEST(EventMergerTest, NegationInTheSameOutletIsNoContradiction) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
      Negated(Mention(1, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB")),
  };
  EXPECT_THAT(EventMerger().Merge(mentions).contradictions, IsEmpty());
}

TEST(EventMergerTest, NegationOutsideTheWindowIsNoContradiction) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "SAUMIL", "190", "YEMREB"),
      Negated(Mention(1, "okaz", "2015-08-05", "SAUMIL", "190", "YEMREB")),
  };
  EXPECT_THAT(EventMerger().Merge(mentions).contradictions, IsEmpty());
}

TEST(EventMergerTest, FindsDenialByTheActorConcerned) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "RUSMIL", "190", "SYRREB"),
      Mention(1, "okaz", "2015-08-02", "RUSGOV", "016", ""),
  };
  const MergedEvents merged = EventMerger().Merge(mentions);
  ASSERT_EQ(merged.contradictions.size(), 1u);
  const Contradiction& contradiction = merged.contradictions[0];
  EXPECT_EQ(contradiction.kind, "denied");
  EXPECT_EQ(merged.events[contradiction.event].source, "RUSMIL");
  EXPECT_EQ(merged.events[contradiction.event].root, "19");
  EXPECT_THAT(contradiction.asserting, ElementsAre(0u));
  EXPECT_THAT(contradiction.denying, ElementsAre(1u));
}

TEST(EventMergerTest, IgnoresDenialsThatDoNotConcernTheAct) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "RUSMIL", "190", "SYRREB"),
      Mention(1, "okaz", "2015-08-02", "IRNGOV", "016", ""),  // another actor
      Mention(2, "okaz", "2015-08-05", "RUSGOV", "016", ""),  // outside the window
      Mention(3, "sabq", "2015-08-01", "RUSGOV", "040", ""),  // not a denial
      Mention(4, "okaz", "2015-08-01", "SAU", "042", "RUS"),  // root not denied
      Mention(5, "alyaum", "2015-08-01", "SAUGOV", "016", ""),
      Mention(6, "was", "2015-08-01", "IMGMUSISI", "180", "SYR"),
      Mention(7, "was", "2015-08-01", "IMGMUSNUS", "016", ""),  // another militant group
  };
  EXPECT_THAT(EventMerger().Merge(mentions).contradictions, IsEmpty());
}

TEST(EventMergerTest, StricterDenialsNeedTheEmbeddedAct) {
  std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "RUSMIL", "062", "SYRMIL"),
      Mention(1, "okaz", "2015-08-02", "RUSGOV", "016", ""),
  };
  // 06 (material cooperation) is not a denied root by default.
  EventMerger::Options options;
  options.denied_roots = {"06"};
  options.denial_needs_embedded_act = true;
  EXPECT_THAT(EventMerger(options).Merge(mentions).contradictions, IsEmpty());
  mentions.push_back(
      WithModality(Mention(1, "okaz", "2015-08-02", "RUSMIL", "062", "SYRMIL"), "reported"));
  const MergedEvents merged = EventMerger(options).Merge(mentions);
  ASSERT_EQ(merged.contradictions.size(), 1u);
  EXPECT_EQ(merged.contradictions[0].kind, "denied");
  EXPECT_THAT(merged.contradictions[0].asserting, ElementsAre(0u));
  EXPECT_THAT(merged.contradictions[0].denying, ElementsAre(1u));
}

TEST(EventMergerTest, DenialInTheSameArticleIsNoContradiction) {
  const std::vector<EventMention> mentions = {
      Mention(0, "sabq", "2015-08-01", "RUSMIL", "190", "SYRREB"),
      Mention(0, "sabq", "2015-08-01", "RUSGOV", "016", ""),
  };
  EXPECT_THAT(EventMerger().Merge(mentions).contradictions, IsEmpty());
}

}  // namespace
}  // namespace marsad::link
