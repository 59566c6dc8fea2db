#include "events/protest_parties.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/analysis_builder.h"
#include "events/shipped_lexicons_fixture.h"

namespace marsad::events {
namespace {

class ProtestPartiesTest : public ShippedLexiconsTest {
 protected:
  // The code of what the protest whose cue is the sentence's first word is against ("" when
  // none).
  static std::string TargetOfFirstWord(const std::string& text,
                                       const std::vector<ActorName>& actors) {
    const Analysis a = BuildAnalysis(text, actors);
    const SentenceView view = SentenceView::Build(a, 0);
    const std::vector<MarkerHit> hits = markers_->Find(view.words, 0);
    return ProtestParties(a, view, *markers_, *roles_, hits).Target(0, ActorRef{}).actor;
  }

  // The protest (141) whose cue is the sentence's first word, completed.
  static CueEvent CompletedProtest(const std::string& text, const ActorRef& caller = ActorRef{}) {
    const Analysis a = BuildAnalysis(text, {});
    const SentenceView view = SentenceView::Build(a, 0);
    const std::vector<MarkerHit> hits = markers_->Find(view.words, 0);
    CueEvent ev;
    ev.code = "141";
    ProtestParties(a, view, *markers_, *roles_, hits).Complete(&ev, false, caller);
    return ev;
  }
};

TEST_F(ProtestPartiesTest, TargetIsWhatItIsAgainst) {
  // A named actor governed through the noun it qualifies.
  EXPECT_EQ(TargetOfFirstWord("وتجمع مئات المتظاهرين أمام مقر السفارة الأردنية في طهران",
                              {{"السفارة الأردنية", "JORGOV"}}),
            "JORGOV");
  // A role noun past the counted crowd, which is no target.
  EXPECT_EQ(TargetOfFirstWord("خرج مئات من المتظاهرين احتجاجا على قرار الحكومة", {}), "GOV");
}

TEST_F(ProtestPartiesTest, PlaceIsNoTarget) {
  // في تل أبيب: where they protest; what against names no coded actor.
  EXPECT_EQ(TargetOfFirstWord("تظاهر آلاف الإسرائيليين مساء أمس في تل أبيب احتجاجا على حملة اليمين",
                              {{"الإسرائيليين", "ISR", "MISC"}, {"تل أبيب", "ISRGOV", "LOC"}}),
            "");
  // بالقرب من مبنى وزارة الدفاع: a body at the place is what they protest against.
  EXPECT_EQ(TargetOfFirstWord("تجمع آلاف المتظاهرين القادمين من ولايات أميركية بالقرب من مبنى "
                              "وزارة الدفاع الأميركية",
                              {{"أميركية", "USA", "MISC"}, {"وزارة الدفاع الأميركية", "USAMIL"}}),
            "USAMIL");
}

TEST_F(ProtestPartiesTest, TargetThroughTheNounsAPrepositionHeads) {
  EXPECT_EQ(TargetOfFirstWord("خرج آلاف المتظاهرين ضد ما سموه جرائم حماس في غزة",
                              {{"حماس", "PSEPTY"}, {"غزة", "PSE", "LOC"}}),
            "PSEPTY");
  // A conjunct verb ends the phrase: the crowd after it is no target.
  EXPECT_EQ(TargetOfFirstWord("خرج آلاف المتظاهرين ضد الفساد ورفع المتظاهرون الغاضبون لافتات",
                              {{"المتظاهرون الغاضبون", "EGYCVL"}}),
            "");
}

TEST_F(ProtestPartiesTest, RoleNounHeadingACodedNameIsThatActor) {
  // لمطالبة ادارة جورج بوش: the administration is Bush's.
  EXPECT_EQ(TargetOfFirstWord("يتجمع متظاهرون امام البيت لمطالبة ادارة جورج بوش باغلاق المعتقل",
                              {{"جورج بوش", "USAGOV", "PER"}}),
            "USAGOV");
}

TEST_F(ProtestPartiesTest, DefiniteUncountedCrowdIsAKnownOne) {
  const CueEvent known = CompletedProtest("خرج المتظاهرون إلى الشوارع");
  EXPECT_EQ(known.source.actor, "CVL");
  EXPECT_TRUE(known.known_crowd);
  // آلاف المتظاهرين: a counted crowd is news.
  const CueEvent counted = CompletedProtest("خرج آلاف المتظاهرين إلى الشوارع");
  EXPECT_EQ(counted.source.actor, "CVL");
  EXPECT_FALSE(counted.known_crowd);
}

TEST_F(ProtestPartiesTest, ProtestNamingNoCrowdIsItsCallers) {
  ActorRef unions;
  unions.text = "النقابات";
  unions.actor = "DEULAB";
  // دعت النقابات … إلى القيام باحتجاجات ضد الحزب: no crowd of its own.
  EXPECT_EQ(CompletedProtest("احتجاجات ضد الحزب اليميني المتطرف", unions).source.actor, "DEULAB");
  // A crowd named at the protest is the one that protests.
  EXPECT_EQ(CompletedProtest("خرج المتظاهرون إلى الشوارع", unions).source.actor, "CVL");
  EXPECT_EQ(CompletedProtest("احتجاجات ضد الحزب اليميني المتطرف").source.actor, "");
}

}  // namespace
}  // namespace marsad::events
