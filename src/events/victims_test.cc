#include "events/victims.h"

#include <gtest/gtest.h>

#include <optional>

#include "events/actor_refs.h"
#include "events/analysis_builder.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class VictimsTest : public ShippedLexiconsTest {
 protected:
  // An assault pattern taking a direct object, as the lexicon's killing verbs do.
  static CuePattern Killing() {
    CuePattern pattern;
    pattern.code = "1823";
    pattern.target_by = {"obj"};
    return pattern;
  }
};

TEST_F(VictimsTest, TheVictimWordIsPastACountAndItsMin) {
  Analysis a = BuildAnalysis("مقتل اثنين من عناصر الشرطة", {{"عناصر الشرطة", "IRQCOP"}});
  const SentenceView view = SentenceView::Build(a, 0);
  EXPECT_EQ(VictimWord(view, *markers_, 0), 3u);  // عناصر, past اثنين من
  EXPECT_EQ(SubjectEndAfter(view, *markers_, *roles_, 0), 5u);

  Analysis b = BuildAnalysis("اغتيال الحريري", {{"الحريري", "LBNGOV"}});
  const SentenceView plain = SentenceView::Build(b, 0);
  EXPECT_EQ(VictimWord(plain, *markers_, 0), 1u);
  CueMatch noun;
  noun.noun = true;
  EXPECT_TRUE(VictimFollows(plain, *markers_, Killing(), noun));

  // مقتل 13 معظمهم من أفراد الشرطة: a part of those counted.
  Analysis c = BuildAnalysis("مقتل 13 معظمهم من أفراد الشرطة", {{"أفراد الشرطة", "PAKCOP"}});
  EXPECT_EQ(VictimWord(SentenceView::Build(c, 0), *markers_, 0), 4u);

  // إصابة عشرة بينهم ثلاثة من رجال الشرطة: the count of some of them names who they are.
  Analysis d = BuildAnalysis("إصابة عشرة بينهم ثلاثة من رجال الشرطة", {{"رجال الشرطة", "IRQCOP"}});
  EXPECT_EQ(VictimWord(SentenceView::Build(d, 0), *markers_, 0), 5u);
  // بينهم with no count after it is no part of the victims' name.
  Analysis e = BuildAnalysis("مقتل عشرة بينهم وبين الشرطة", {});
  EXPECT_EQ(VictimWord(SentenceView::Build(e, 0), *markers_, 0), 2u);
}

TEST_F(VictimsTest, ThePartitivesNounHeadsTheNameOfTheVictims) {
  // قتل احد افراد البيشمركة (القوات الكردية) واصيب: أفراد heads the name; the name of the same
  // actor in brackets is its apposition, no object.
  Analysis a = BuildAnalysis("قتل احد افراد البيشمركة ( القوات الكردية ) واصيب 10 آخرون",
                             {{"البيشمركة", "KURMIL"}, {"القوات الكردية", "KURMIL"}});
  const SentenceView view = SentenceView::Build(a, 0);
  const uint32_t subject_end = SubjectEndAfter(view, *markers_, *roles_, 0);
  EXPECT_EQ(subject_end, 4u);
  CueMatch verb;
  EXPECT_TRUE(ReadAsPassive(view, *markers_, Killing(), verb, subject_end, false, false));
  // قتل عددا من زعماء طالبان: after من the count is the object of an active verb.
  Analysis b = BuildAnalysis("قتل عددا من زعماء طالبان في هجمات", {{"طالبان", "AFGINS"}});
  EXPECT_EQ(SubjectEndAfter(SentenceView::Build(b, 0), *markers_, *roles_, 0), 0u);
}

TEST_F(VictimsTest, AVerbWithoutObjectReadsAsAPassive) {
  Analysis a = BuildAnalysis("ستة جنود قتلوا في هجوم", {});
  const SentenceView view = SentenceView::Build(a, 0);
  CueMatch verb;
  verb.token = 2;
  EXPECT_TRUE(ReadAsPassive(view, *markers_, Killing(), verb, 0, true, false));
  // وقتلهم: a verb carrying its object as a pronoun is active.
  EXPECT_FALSE(ReadAsPassive(view, *markers_, Killing(), verb, 0, true, true));
  // An attack (180) is active without an object too.
  CuePattern attack = Killing();
  attack.code = "180";
  EXPECT_FALSE(ReadAsPassive(view, *markers_, attack, verb, 0, true, false));

  Analysis b = BuildAnalysis("خطفوا مصورا فرنسيا في بوساسو", {});
  CueMatch first;
  EXPECT_FALSE(
      ReadAsPassive(SentenceView::Build(b, 0), *markers_, Killing(), first, 0, false, false));
}

TEST_F(VictimsTest, ThePassivesSubjectBecomesTheVictim) {
  Analysis a = BuildAnalysis("جنود أمريكيون قتلوا في هجوم", {{"جنود أمريكيون", "USAMIL"}});
  const SentenceView view = SentenceView::Build(a, 0);
  ActorRef source = RefOf(a, view, 0);
  std::vector<ActorRef> targets;
  TakePassiveVictim(a, view, *markers_, *roles_, 2, 0, &source, &targets);
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].actor, "USAMIL");
  EXPECT_TRUE(source.actor.empty());
  EXPECT_TRUE(source.text.empty());
}

TEST_F(VictimsTest, WhoWasSubjectedToTheAttack) {
  Analysis a =
      BuildAnalysis("تعرض الجيش الباكستاني لهجوم انتحاري", {{"الجيش الباكستاني", "PAKMIL"}});
  const SentenceView view = SentenceView::Build(a, 0);
  const std::vector<MarkerHit> hits = markers_->Find(view.words, 0);
  EXPECT_NE(SubjectedAt(*markers_, hits, view, 0), nullptr);
  EXPECT_EQ(SubjectedBefore(*markers_, hits, view, 3), 0);
  EXPECT_EQ(SubjectedBefore(*markers_, hits, view, 0), -1);

  // تعرض على الحكومة: an offer, not "was subjected to".
  Analysis b = BuildAnalysis("تعرض على الحكومة خطة", {});
  const SentenceView offer = SentenceView::Build(b, 0);
  EXPECT_EQ(SubjectedAt(*markers_, markers_->Find(offer.words, 0), offer, 0), nullptr);
}

TEST_F(VictimsTest, WhoFacesAnAct) {
  // واجه: the act noun right after it, or after its subject's name, is one the subject faced.
  Analysis a = BuildAnalysis("واجه مجلس الأمن انتقادات دولية", {{"مجلس الأمن", "IGOUNO"}});
  const SentenceView view = SentenceView::Build(a, 0);
  EXPECT_EQ(SubjectedBefore(*markers_, markers_->Find(view.words, 0), view, 3), 0);
  // Any other word between: not its object.
  Analysis b = BuildAnalysis("واجه مجلس الأمن أمس انتقادات", {{"مجلس الأمن", "IGOUNO"}});
  const SentenceView other = SentenceView::Build(b, 0);
  EXPECT_EQ(SubjectedBefore(*markers_, markers_->Find(other.words, 0), other, 4), -1);
}

TEST_F(VictimsTest, TheAgentAndTheAimOfAnAttack) {
  Analysis a =
      BuildAnalysis("مقتل ثلاثة مدنيين على يد قوات التحالف", {{"قوات التحالف", "IGOWSTMIL"}});
  const SentenceView view = SentenceView::Build(a, 0);
  EXPECT_EQ(PassiveAgent(a, view, *roles_, markers_->Find(view.words, 0), 0).actor, "IGOWSTMIL");

  Analysis b = BuildAnalysis("هجوم استهدف الجيش العراقي", {{"الجيش العراقي", "IRQMIL"}});
  const SentenceView aimed = SentenceView::Build(b, 0);
  const std::vector<MarkerHit> hits = markers_->Find(aimed.words, 0);
  EXPECT_EQ(AimedTarget(b, aimed, *markers_, *roles_, hits, Killing(), 0, Span{}).actor, "IRQMIL");
  // What the attack was aimed at is not its own source.
  const Span source = RefOf(b, aimed, 0).span;
  EXPECT_TRUE(AimedTarget(b, aimed, *markers_, *roles_, hits, Killing(), 0, source).actor.empty());

  // A place past a preposition of place is where the aim was, not what it was.
  Analysis c =
      BuildAnalysis("هجوم استهدف حاجزا للتفتيش قرب مدينة الصدر", {{"مدينة الصدر", "IRQ", "LOC"}});
  const SentenceView near = SentenceView::Build(c, 0);
  EXPECT_TRUE(
      AimedTarget(c, near, *markers_, *roles_, markers_->Find(near.words, 0), Killing(), 0, Span{})
          .actor.empty());
  // A body its members belong to is what it was (قيادات في القاعدة).
  Analysis d = BuildAnalysis("ضربة استهدفت قيادات في القاعدة", {{"القاعدة", "IMGMUSALQ", "ORG"}});
  const SentenceView body = SentenceView::Build(d, 0);
  EXPECT_EQ(
      AimedTarget(d, body, *markers_, *roles_, markers_->Find(body.words, 0), Killing(), 0, Span{})
          .actor,
      "IMGMUSALQ");
}

TEST_F(VictimsTest, ANationalityAdjectiveAfterTheAttackNamesItsDoer) {
  // The actor stage codes the attack with its nationality (غارة إسرائيلية → ISRMIL).
  Analysis a = BuildAnalysis("قتل ثلاثة مدنيين في غارة إسرائيلية", {{"غارة إسرائيلية", "ISRMIL"}});
  EXPECT_EQ(DoerByNationality(a, SentenceView::Build(a, 0), 4).actor, "ISRMIL");
  // الهجوم الإسرائيلي: the adjective alone, as definite as the noun.
  Analysis b =
      BuildAnalysis("في الهجوم الإسرائيلي على غزة", {{"الإسرائيلي", "ISR"}, {"غزة", "PSE"}});
  EXPECT_EQ(DoerByNationality(b, SentenceView::Build(b, 0), 1).actor, "ISR");
  // قصف غزة: a place in the genitive is what was hit; an indefinite noun and a definite
  // adjective do not agree.
  Analysis c = BuildAnalysis("في قصف غزة", {{"قصف غزة", "PSEMIL"}});
  EXPECT_TRUE(DoerByNationality(c, SentenceView::Build(c, 0), 1).actor.empty());
  Analysis d = BuildAnalysis("في هجوم الإسرائيلي", {{"الإسرائيلي", "ISR"}});
  EXPECT_TRUE(DoerByNationality(d, SentenceView::Build(d, 0), 1).actor.empty());
}

}  // namespace
}  // namespace marsad::events
