#include "events/actor_refs.h"

#include <gtest/gtest.h>

#include "events/analysis_builder.h"

namespace marsad::events {
namespace {

RoleNouns Roles() {
  auto roles = RoleNouns::Parse("متظاهر\tCVL\nشرطة\tCOP\n", "test");
  EXPECT_TRUE(roles.ok()) << roles.status().message();
  return std::move(roles).value();
}

TEST(ActorRefsTest, AnEntityAsAnActorAndAWordsBytes) {
  Analysis a = BuildAnalysis("قال الكرملين ، إن", {{"الكرملين", "RUSGOV"}});
  const SentenceView view = SentenceView::Build(a, 0);
  const ActorRef kremlin = RefOf(a, view, 0);
  EXPECT_EQ(kremlin.actor, "RUSGOV");
  EXPECT_EQ(kremlin.text, "الكرملين");
  EXPECT_EQ(kremlin.span, WordSpan(a, view, 1));
  EXPECT_EQ(WordSpan(a, view, 0).of(a.text()), "قال");
}

TEST(ActorRefsTest, AnEntityByTheByteItOrItsFirstWordStartsAt) {
  Analysis a = BuildAnalysis("قال إن لروسيا دورا", {{"روسيا", "RUS"}});
  const SentenceView view = SentenceView::Build(a, 0);
  ASSERT_EQ(view.entities.size(), 1u);
  const uint32_t word_start = WordSpan(a, view, 2).start;                      // لروسيا
  const uint32_t name_start = a.entities[view.entities[0].entity].span.start;  // روسيا
  ASSERT_GT(name_start, word_start);
  EXPECT_EQ(EntityStartingAtByte(a, view, name_start), 0);
  EXPECT_EQ(EntityStartingAtByte(a, view, word_start), 0);
  EXPECT_EQ(EntityStartingAtByte(a, view, WordSpan(a, view, 3).start), -1);
}

TEST(ActorRefsTest, TheNextWordSkipsPunctuation) {
  Analysis a = BuildAnalysis("قال الكرملين ، إن", {});
  const SentenceView view = SentenceView::Build(a, 0);
  ASSERT_EQ(view.words.size(), 4u);
  EXPECT_EQ(NextWord(view, 1), 1u);
  EXPECT_EQ(NextWord(view, 2), 3u);  // past the comma
  EXPECT_EQ(NextWord(view, 4), 4u);
}

TEST(ActorRefsTest, TheNearestRoleNounOnTheSideAsked) {
  const RoleNouns roles = Roles();
  Analysis a = BuildAnalysis("وقفت الشرطة وتجمع المتظاهرون أمس", {});
  const SentenceView view = SentenceView::Build(a, 0);
  uint32_t found_at = 0;
  // At one word on either side, the word after the cue first.
  EXPECT_EQ(RoleActor(a, view, roles, 2, Side::kBoth, Span{}, &found_at).actor, "CVL");
  EXPECT_EQ(found_at, 3u);
  EXPECT_EQ(RoleActor(a, view, roles, 2, Side::kBefore).actor, "COP");
  // An actor spanning `skip` is passed over; none is within a reach of 0.
  EXPECT_EQ(RoleActor(a, view, roles, 2, Side::kBoth, WordSpan(a, view, 3)).actor, "COP");
  EXPECT_TRUE(RoleActor(a, view, roles, 2, Side::kBoth, Span{}, nullptr, 0).actor.empty());
}

}  // namespace
}  // namespace marsad::events
