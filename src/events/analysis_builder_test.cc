#include "events/analysis_builder.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

TEST(AnalysisBuilderTest, SentencesTokensAndEntities) {
  const Analysis a = BuildAnalysis("نفى الكرملين، الخبر.\nوقالت موسكو إن",
                                   {{"الكرملين", "RUSGOV"}, {"موسكو", "RUSGOV"}});
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].span.of(a.text()), "نفى الكرملين، الخبر.");
  // نفى الكرملين ، الخبر .
  EXPECT_EQ(a.sentences[0].end_token - a.sentences[0].first_token, 5u);
  EXPECT_EQ(a.tokens[2].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[0].norm, "نفي");
  ASSERT_EQ(a.entities.size(), 2u);
  EXPECT_EQ(a.entities[0].span.of(a.text()), "الكرملين");
  EXPECT_EQ(a.entities[1].actor, "RUSGOV");
  EXPECT_EQ(a.tokens[a.sentences[1].first_token + 1].sentence, 1u);
}

TEST(AnalysisBuilderTest, EntitiesBehindCliticsButNotInsideWords) {
  const Analysis a = BuildAnalysis("دعا لروسيا وبروسيا والروسيات", {{"روسيا", "RUS"}});
  ASSERT_EQ(a.entities.size(), 2u);
  EXPECT_EQ(a.entities[0].span.start, a.tokens[1].span.start + 2);  // after ل
}

TEST(AnalysisBuilderTest, LongerNamesFirst) {
  const Analysis a = BuildAnalysis("قال وزير الخارجية الروسي",
                                   {{"الروسي", "RUS"}, {"وزير الخارجية الروسي", "RUSGOV"}});
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].actor, "RUSGOV");
}

}  // namespace
}  // namespace marsad::events
