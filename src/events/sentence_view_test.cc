#include "events/sentence_view.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "events/analysis_builder.h"
#include "events/match_form.h"

namespace marsad::events {
namespace {

TEST(SentenceViewTest, WordsPhrasesAndEntities) {
  Analysis a = BuildAnalysis("أولى.\nوقال وزير الخارجية، إن لروسيا دورا",
                             {{"وزير الخارجية", "RUSGOV"}, {"روسيا", "RUS"}});
  const SentenceView view = SentenceView::Build(a, 1);
  EXPECT_EQ(view.sentence, 1u);
  ASSERT_EQ(view.words.size(), 7u);  // وقال وزير الخارجية ، إن لروسيا دورا
  EXPECT_EQ(view.words[0], MatchForm("وقال"));
  EXPECT_TRUE(view.closes_phrase[2]);  // the comma closes "الخارجية"
  EXPECT_EQ(view.entity_at[1], 0);
  EXPECT_EQ(view.entity_at[2], 0);
  EXPECT_EQ(view.entity_at[0], -1);
  ASSERT_EQ(view.entities.size(), 2u);
  EXPECT_EQ(view.entities[0].first, 1u);
  EXPECT_EQ(view.entities[0].end, 3u);
  EXPECT_EQ(view.entities[1].clitic, MatchForm("ل"));
}

TEST(SentenceViewTest, TheEntityOrActorThatStartsAtAWord) {
  Analysis a = BuildAnalysis("وقال وزير الخارجية إن لروسيا والكرملين دورا",
                             {{"وزير الخارجية", "RUSGOV"}, {"روسيا", "RUS"}, {"الكرملين", ""}});
  const SentenceView view = SentenceView::Build(a, 0);
  ASSERT_EQ(view.words.size(), 7u);  // وقال وزير الخارجية إن لروسيا والكرملين دورا
  ASSERT_EQ(view.entities.size(), 3u);
  EXPECT_EQ(view.EntityStartingAt(0), -1);  // outside names
  EXPECT_EQ(view.EntityStartingAt(1), 0);
  EXPECT_EQ(view.EntityStartingAt(2), -1);  // inside وزير الخارجية
  EXPECT_EQ(view.EntityStartingAt(4), 1);   // behind its clitic: لروسيا
  EXPECT_EQ(view.EntityStartingAt(5), 2);
  EXPECT_EQ(view.EntityStartingAt(7), -1);  // past the sentence
  EXPECT_EQ(view.ActorStartingAt(1), 0);
  EXPECT_EQ(view.ActorStartingAt(2), -1);
  EXPECT_EQ(view.ActorStartingAt(4), 1);
  EXPECT_EQ(view.ActorStartingAt(5), -1);  // a name with no actor code
  EXPECT_EQ(view.ActorStartingAt(7), -1);
  // Before Complete there are no entities to start anywhere.
  EXPECT_EQ(SentenceView::WordsOf(a, 0).EntityStartingAt(1), -1);
}

TEST(SentenceViewTest, WordsOfThenCompleteIsBuild) {
  Analysis a = BuildAnalysis("أولى.\nوقال وزير الخارجية، هل لروسيا دور؟",
                             {{"وزير الخارجية", "RUSGOV"}, {"روسيا", "RUS"}});
  SentenceView view = SentenceView::WordsOf(a, 1);
  const SentenceView built = SentenceView::Build(a, 1);
  EXPECT_EQ(view.sentence, 1u);
  EXPECT_EQ(view.first_token, built.first_token);
  EXPECT_EQ(view.words, built.words);
  EXPECT_TRUE(view.entity_at.empty());  // the rest waits for Complete
  EXPECT_TRUE(view.entities.empty());
  view.Complete(a);
  EXPECT_EQ(view.closes_phrase, built.closes_phrase);
  EXPECT_EQ(view.opens_quote, built.opens_quote);
  EXPECT_EQ(view.prepositional, built.prepositional);
  EXPECT_EQ(view.asked, built.asked);
  EXPECT_TRUE(view.is_question);
  EXPECT_EQ(view.entity_at, built.entity_at);
  ASSERT_EQ(view.entities.size(), 2u);
  EXPECT_EQ(view.entities[1].clitic, MatchForm("ل"));
  EXPECT_EQ(view.entities[1].actor, "RUS");
}

TEST(SentenceViewTest, WordsOfAQuestionAreAsked) {
  Analysis a = BuildAnalysis("قال لافروف: هل تنضم روسيا؟", {});
  const SentenceView view = SentenceView::Build(a, 0);
  ASSERT_TRUE(view.is_question);
  ASSERT_EQ(view.asked.size(), view.words.size());
  EXPECT_FALSE(view.asked[0]);  // قال
  EXPECT_FALSE(view.asked[1]);  // لافروف:
  const auto asked = std::count(view.asked.begin(), view.asked.end(), true);
  EXPECT_GE(asked, 3);  // هل تنضم روسيا (and the mark, when it is a token of its own)
  EXPECT_TRUE(view.asked[view.asked.size() - 1]);

  Analysis b = BuildAnalysis("قال لافروف إن روسيا تنضم.", {});
  const SentenceView plain = SentenceView::Build(b, 0);
  EXPECT_FALSE(plain.is_question);
  EXPECT_EQ(std::count(plain.asked.begin(), plain.asked.end(), true), 0);
}

TEST(SentenceViewTest, PunctuationAttachedToWordsIsTrimmed) {
  Analysis a = BuildAnalysis("x", {});
  a.article.text = "قال: «نعم»";
  a.tokens.clear();
  const uint32_t size = static_cast<uint32_t>(a.article.text.size());
  for (const Span span : {Span{0, 7}, Span{8, size}}) {
    Token token;
    token.span = span;
    a.tokens.push_back(token);
  }
  a.sentences = {{{0, size}, false, 0, 2}};
  a.entities.clear();
  const SentenceView view = SentenceView::Build(a, 0);
  EXPECT_EQ(view.words[0], MatchForm("قال"));
  EXPECT_TRUE(view.closes_phrase[0]);
  EXPECT_EQ(view.words[1], MatchForm("نعم"));
  EXPECT_FALSE(view.opens_quote[0]);
  EXPECT_TRUE(view.opens_quote[1]);  // «نعم»
}

// The text stage's norm stands in for the fold of a token with no punctuation to trim: the
// words must be the same as folding each trimmed token here (diacritics, tatweel, hamza, ة).
TEST(SentenceViewTest, ABulletOpeningALineIsNoWord) {
  for (const char* text : {"* 27 يوليو: مقتل 13 شخصا", "\u2022 27 يوليو: مقتل 13 شخصا"}) {
    Analysis a = BuildAnalysis(text, {});
    const SentenceView view = SentenceView::Build(a, 0);
    ASSERT_GE(view.words.size(), 3u) << text;
    EXPECT_TRUE(view.words[0].empty()) << text;
    EXPECT_EQ(view.words[1], "27") << text;
  }
}

TEST(SentenceViewTest, WordsAreTheMatchFormsOfTheTrimmedTokens) {
  Analysis a = BuildAnalysis("أعلنَ الـوزيرُ «إطلاق» مبادرةٍ، وقالَ: لمؤسسة", {});
  const SentenceView view = SentenceView::Build(a, 0);
  const Sentence& sentence = a.sentences[0];
  ASSERT_EQ(view.words.size(), sentence.end_token - sentence.first_token);
  for (uint32_t i = 0; i < view.words.size(); ++i) {
    const Token& token = a.tokens[sentence.first_token + i];
    EXPECT_FALSE(token.norm.empty()) << i;
    EXPECT_EQ(view.words[i], MatchForm(view.words[i])) << i;  // folded already
  }
  EXPECT_EQ(view.words[0], MatchForm("اعلن"));
  EXPECT_EQ(view.words[1], MatchForm("الوزير"));
  EXPECT_NE(std::find(view.words.begin(), view.words.end(), MatchForm("اطلاق")), view.words.end());
  EXPECT_NE(std::find(view.words.begin(), view.words.end(), MatchForm("مبادره")), view.words.end());
  EXPECT_EQ(view.words.back(), MatchForm("لمؤسسه"));
}

}  // namespace
}  // namespace marsad::events
