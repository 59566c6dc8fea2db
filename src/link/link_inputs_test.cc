#include "link/link_inputs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "link/link_words.h"

namespace marsad::link {
namespace {

using ::testing::ElementsAre;

Analysis AnalysisWithEvents() {
  Analysis analysis;
  analysis.article.text = "قصف التحالف مواقع الحوثيين. ونفت ايران ذلك.";
  analysis.article.outlet = "sabq";
  analysis.article.published = "2015-08-01";
  analysis.url = "http://sabq.org/1";
  analysis.title = "قصف";
  Entity entity;
  entity.actor = "SAUMIL";
  analysis.entities = {entity, entity};
  Event strike;
  strike.source.actor = "SAUMIL";
  strike.target.actor = "YEMREB";
  strike.code = "195";
  strike.sentence = {0, 50};
  Event denial;
  denial.source.actor = "IRN";
  denial.code = "016";
  denial.polarity = "negated";
  denial.date = "2015-07-31";
  denial.sentence = {51, static_cast<uint32_t>(analysis.article.text.size())};
  analysis.events = {strike, denial};
  return analysis;
}

TEST(EventKeyTest, JoinsSourceRootAndTarget) {
  EXPECT_EQ(EventKey("SAUMIL", "1951", "YEMREB"), "SAUMIL|19|YEMREB");
  EXPECT_EQ(EventKey("IRN", "016", ""), "IRN|01|");
}

TEST(MakeStoryDocTest, TakesMetadataActorsAndAssertedEvents) {
  const Analysis analysis = AnalysisWithEvents();
  const auto words = WordsOfAnalysis(analysis);
  const StoryDoc doc = MakeStoryDoc(analysis, 5, words);
  EXPECT_EQ(doc.doc, 5u);
  EXPECT_EQ(doc.outlet, "sabq");  // falls back to the article's metadata
  EXPECT_EQ(doc.published, "2015-08-01");
  EXPECT_EQ(doc.title, "قصف");
  EXPECT_THAT(doc.actors, ElementsAre("SAUMIL", "YEMREB", "IRN"));
  EXPECT_THAT(doc.event_keys, ElementsAre("SAUMIL|19|YEMREB"));  // the negated one left out
  EXPECT_EQ(doc.terms, TermsOfWords(words));
  EXPECT_FALSE(doc.terms.empty());
}

TEST(MakeEventMentionsTest, OneMentionAnEventWithProvenance) {
  const Analysis analysis = AnalysisWithEvents();
  const std::vector<EventMention> mentions = MakeEventMentions(analysis, 5);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].doc, 5u);
  EXPECT_EQ(mentions[0].outlet, "sabq");
  EXPECT_EQ(mentions[0].url, "http://sabq.org/1");
  EXPECT_EQ(mentions[0].date, "2015-08-01");  // no event date: the publication date
  EXPECT_EQ(mentions[0].source, "SAUMIL");
  EXPECT_EQ(mentions[0].target, "YEMREB");
  EXPECT_EQ(mentions[0].code, "195");
  EXPECT_EQ(mentions[0].sentence_text, "قصف التحالف مواقع الحوثيين.");
  EXPECT_EQ(mentions[1].date, "2015-07-31");
  EXPECT_EQ(mentions[1].polarity, "negated");
  EXPECT_EQ(mentions[1].sentence_text, "ونفت ايران ذلك.");
}

}  // namespace
}  // namespace marsad::link
