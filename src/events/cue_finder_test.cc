#include "events/cue_finder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "events/analysis_builder.h"
#include "events/match_form.h"
#include "events/sentence_view.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

constexpr char kCues[] =
    "120\tرفض\tيرفض\tرفض\t-\tobj\tact\tرفض الاقتراح\n"
    "011\tرفض\tيرفض\tرفض\tتعليق\t-\tact\tرفض التعليق\n"
    "195\tشن\tيشن\t-\tغارات\tعلى\tact\tشن غارات\n"
    "195\t-\t-\tغارات\t-\tعلى\tact\tغارات على المدينة\n";

std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t end = sentence.find(' ', start);
    if (end == std::string::npos) end = sentence.size();
    out.push_back(MatchForm(sentence.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

TEST(CueFinderTest, SpecificPatternWinsWhenItsWordFollows) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const CueFinder finder(&*lexicon);
  auto plain = finder.Find(Words("ورفضت الحكومة الاقتراح"));
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(lexicon->patterns()[plain[0].pattern].code, "120");
  auto comment = finder.Find(Words("ورفض المتحدث التعليق على الخبر"));
  ASSERT_EQ(comment.size(), 1u);
  EXPECT_EQ(lexicon->patterns()[comment[0].pattern].code, "011");
  EXPECT_EQ(comment[0].next_token, 2u);
}

TEST(CueFinderTest, RequiredWordIsConsumed) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok());
  const CueFinder finder(&*lexicon);
  auto matches = finder.Find(Words("وشنت الطائرات غارات على المدينة"));
  ASSERT_EQ(matches.size(), 1u);  // غارات is part of the verb's cue, not a second event
  EXPECT_EQ(matches[0].token, 0u);
  auto nominal = finder.Find(Words("غارات على المدينة"));
  ASSERT_EQ(nominal.size(), 1u);
  EXPECT_TRUE(nominal[0].noun);
  EXPECT_TRUE(finder.Find(Words("شن الحرب")).empty());  // شن needs غارات
}

TEST(CueFinderTest, FutureFormIsReported) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok());
  auto matches = CueFinder(&*lexicon).Find(Words("سترفض موسكو"));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_TRUE(matches[0].future);
}

constexpr char kKill[] =
    "1823\tقتل\tيقتل\tقتل,مقتل\t-\tobj\tact\tقتل مسلحون ثلاثة جنود\n"
    "183\tفجر\tيفجر\tتفجير\t-\tobj\tact\tفجر انتحاري نفسه\n";

TEST(CueFinderTest, VerbOrNounFormIsTheNounAfterANominalContextWord) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("# contexts\nnominal\tفي\nnominal\tجرائم\n", "c").ok());
  const CueFinder finder(&*lexicon);
  auto verb = finder.Find(Words("قتل 6500 مسلم في مقديشو"));
  ASSERT_EQ(verb.size(), 1u);
  EXPECT_FALSE(verb[0].noun);
  auto crimes = finder.Find(Words("ما ارتكبته إسرائيل من جرائم قتل"));
  ASSERT_EQ(crimes.size(), 1u);
  EXPECT_TRUE(crimes[0].noun);
  auto thinking = finder.Find(Words("لا يمكننا أن نفكر في قتل أشخاص أبرياء"));
  ASSERT_EQ(thinking.size(), 1u);
  EXPECT_TRUE(thinking[0].noun);
  // Only forms that are both: the plural verb stays a verb after في.
  auto plural = finder.Find(Words("في قتلوا"));
  ASSERT_EQ(plural.size(), 1u);
  EXPECT_FALSE(plural[0].noun);
}

TEST(CueFinderTest, WordExcludedBeforeAnotherIsNoCueThere) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("فجر\tأمس,اليوم\n");
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("ووقع الهجوم فجر أمس في مقديشو")).empty());
  EXPECT_TRUE(finder.Find(Words("وصل الوفد فجر اليوم")).empty());
  ASSERT_EQ(finder.Find(Words("فجر انتحاري نفسه في السوق")).size(), 1u);
}

TEST(CueFinderTest, CueWhoseRequiredWordIsExcludedThereIsNoCue) {
  auto lexicon =
      CueLexicon::Parse("190\tشن\tيشن\t-\tهجوم\tعلى\tact\tوشن الجيش هجوما على المسلحين\n", "t");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("هجوما\tحادا\n");
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وشن النائب هجوما حادا على الحكومة")).empty());
  ASSERT_EQ(finder.Find(Words("وشن الجيش هجوما على المسلحين")).size(), 1u);
}

TEST(CueFinderTest, ExclusionsHoldWithAConjunctionAndAtTheEnd) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("فجروا\tفي\nفجرا\t.,أمس\n");
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وفجروا في المكتب")).empty());  // و + an excluded word
  EXPECT_EQ(finder.Find(Words("وفجروا السيارة")).size(), 1u);
  EXPECT_TRUE(finder.Find(Words("حتى الثالثة فجرا")).empty());  // "." is the end
  const std::vector<std::string> before_comma = {MatchForm("اعتقل"), MatchForm("فجرا"), "",
                                                 MatchForm("للاشتباه")};
  EXPECT_TRUE(finder.Find(before_comma).empty());  // punctuation is an empty word
  EXPECT_EQ(finder.Find(Words("الانتحاريين فجرا نفسيهما")).size(), 1u);
}

TEST(CueFinderTest, VerbOrNounFormJoinedToVerbalNounsIsANoun) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("nominal\tفي\n", "c").ok());
  const CueFinder finder(&*lexicon);
  auto listed = finder.Find(Words("هل يرى في قتل الأبرياء وقتل الأطفال عملا جبانا"));
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_TRUE(listed[1].noun);  // joined to the noun read after في
  auto before = finder.Find(Words("جرائم ضد الانسانية وقتل وتفجير"));
  ASSERT_EQ(before.size(), 2u);
  EXPECT_TRUE(before[0].noun);  // a cue noun with و follows
  auto verb = finder.Find(Words("وقتل مسلحون ثلاثة جنود وفجروا سيارة"));
  ASSERT_EQ(verb.size(), 2u);
  EXPECT_FALSE(verb[0].noun);
  auto after_noun = finder.Find(Words("عمليات تفجير وقتل"));
  ASSERT_EQ(after_noun.size(), 2u);
  EXPECT_TRUE(after_noun[1].noun);  // the verbal noun of a verb cue right before
  auto apart = finder.Find(Words("وقع تفجير كبير وقتل فيه عشرة"));
  ASSERT_EQ(apart.size(), 2u);
  EXPECT_FALSE(apart[1].noun);  // not right after it: a new clause
}

TEST(CueFinderTest, PresentWrittenWithATildeNeedsANegation) {
  auto lexicon =
      CueLexicon::Parse("180\tهاجم\t~يهاجم\tهجوم\t-\tobj\tact\tهاجم مسلحون دورية\n", "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  ASSERT_TRUE(lexicon->patterns()[0].present_after_negation_only);
  ASSERT_TRUE(lexicon->AddContext("negation\tلم\nnegation\tلن\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("الذين يهاجمون المدنيين")).empty());  // generic
  EXPECT_TRUE(finder.Find(Words("جاء ليهاجم الموقع")).empty());       // a purpose
  EXPECT_EQ(finder.Find(Words("لم تهاجم إسرائيل غزة")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("إسرائيل لن تهاجم غزة")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("وهاجم مسلحون دورية")).size(), 1u);     // the past as before
  EXPECT_EQ(finder.Find(Words("ستهاجم القوات المدينة")).size(), 1u);  // the future as before
}

TEST(CueFinderTest, BangWordMustFollowWithoutTheArticle) {
  auto lexicon =
      CueLexicon::Parse("141\tتجمع\tيتجمع\t-\t!متظاهر,مئات\t-\tact\tوتجمع مئات المتظاهرين\n", "t");
  ASSERT_TRUE(lexicon.ok());
  const CueFinder finder(&*lexicon);
  EXPECT_EQ(finder.Find(Words("وتجمع آلاف المتظاهرين امام البيت الابيض")).size(), 0u);
  EXPECT_EQ(finder.Find(Words("وتجمع متظاهرون امام البيت الابيض")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("وتجمع مئات المتظاهرين امام البيت الابيض")).size(), 1u);
  EXPECT_TRUE(finder.Find(Words("وتجمع المتظاهرون امام مقر المؤتمر")).empty());
  // A part of a crowd is as new as the crowd, article or not.
  EXPECT_EQ(finder.Find(Words("وتجمع عدد من المتظاهرين امام السفارة")).size(), 1u);
  EXPECT_TRUE(finder.Find(Words("وتجمع عدد في المتظاهرين")).empty());
}

TEST(CueFinderTest, CrowdOfALightVerbsActMayStandBeforeIt) {
  auto lexicon = CueLexicon::Parse(
      "141	تجمع	يتجمع	تجمع	!متظاهر,مئات	-	act	وتجمع مئات المتظاهرين\n",
      "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("verbal\tلقيام\n", "c").ok());
  const CueFinder finder(&*lexicon);
  auto gathering =
      finder.Find(Words("واستنكرت الحكومة لقيام مئات المتظاهرين بالتجمع امام السفارة"));
  ASSERT_EQ(gathering.size(), 1u);
  EXPECT_FALSE(gathering[0].noun);                         // the light verb makes it the act
  EXPECT_EQ(gathering[0].next_token, gathering[0].token);  // nothing after it consumed
  // Without the light verb the crowd before the noun does not count.
  EXPECT_TRUE(finder.Find(Words("واستنكرت مئات المتظاهرين بالتجمع امام السفارة")).empty());
}

TEST(CueFinderTest, ProtestThatDatesOtherNewsOrHadHappenedBeforeIsBackground) {
  auto lexicon = CueLexicon::Parse(
      "141	تظاهر	~يتظاهر	تظاهر,مظاهرة,مظاهرات	-	ضد	act	تظاهر مئات "
      "الطلاب\n",
      "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("anchor\tخلال\npast\tكان\npast\tكانت\nperfect\tقد\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وقتل شاب خلال مظاهرة في المدينة")).empty());
  EXPECT_TRUE(finder.Find(Words("وكانت مظاهرات اخرى قد انطلقت في المدينة")).empty());
  EXPECT_TRUE(finder.Find(Words("وكان الطلاب قد تظاهروا امام الوزارة")).empty());
  EXPECT_EQ(finder.Find(Words("وقد تظاهر مئات الطلاب امام الوزارة")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("وكانت الشرطة هناك ، وقد تظاهر الطلاب")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("وخرجت مظاهرات في المدينة")).size(), 1u);
}

TEST(CueFinderTest, ConflictVerbInARelativeClauseIsBackground) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("relative\tالتي\n", "c").ok());
  EXPECT_FALSE(lexicon->AddContext("adverb\tالتي\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("في مذبحة سربرنيتشا التي قتلت خلالها القوات ثمانية آلاف")).empty());
  EXPECT_EQ(finder.Find(Words("وقتلت القوات ثمانية آلاف")).size(), 1u);
}

TEST(CueFinderTest, RelativeClauseMayHaveAuxiliariesBeforeItsVerb) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("relative\tالذي\nauxiliary\tكان\nauxiliary\tقد\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("الجندي الذي كان قد قتل ثلاثة مدنيين")).empty());
  EXPECT_EQ(finder.Find(Words("الجندي كان قد قتل ثلاثة مدنيين")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("الذي رأى المسلحين قتل ثلاثة")).size(), 1u);
}

TEST(CueFinderTest, AssaultWithAnObjectPronounIsDoneToAKnownVictim) {
  auto lexicon = CueLexicon::Parse(
      "181\tخطف\t~يخطف\tخطف\t-\tobj\tact\tخطف مسلحون موظفا\n"
      "173\tاعتقل\tيعتقل\tاعتقال\t-\tobj\tact\tاعتقلت الشرطة عشرة\n",
      "t");
  ASSERT_TRUE(lexicon.ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("اطلق سراح سفينة خطفها القراصنة في سبتمبر")).empty());
  EXPECT_TRUE(finder.Find(Words("بعد ثلاثة أسابيع من خطفهم")).empty());
  EXPECT_EQ(finder.Find(Words("وخطف مسلحون موظفا بريطانيا")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("واعتقلته الشرطة امس")).size(), 1u);  // not an assault
}

TEST(CueFinderTest, AssaultACondemnationIsAboutIsBackground) {
  auto lexicon =
      CueLexicon::Parse(std::string(kKill) + "010\tقال\tيقول\t-\t-\t-\treport\tقال\n", "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("background\tأدان\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وأدان الحزب المعارض امس قتل المدنيين")).empty());
  // One condemned act carries the next: the bombing and the killing are both background.
  EXPECT_TRUE(finder.Find(Words("وأدان الحزب تفجير السيارة وقتل ثلاثة من ركابها")).empty());
  // The statement opens another act: the killing after it is news.
  const auto after_another_cue =
      finder.Find(Words("وأدان الحزب الهجوم وقال ان المسلحين قتلوا ثلاثة"));
  ASSERT_EQ(after_another_cue.size(), 2u);
  EXPECT_EQ(lexicon->patterns()[after_another_cue[1].pattern].code, "1823");
}

// The shipped lexicon on news sentences: which words are read as which cue.
TEST(CueFinderTest, RelativeClauseCarriesToTheNounsOfItsAct) {
  auto lexicon =
      CueLexicon::Parse(std::string(kKill) + "1832\t-\t-\tمفخخة\t-\t-\tact\tسيارة مفخخة\n", "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("relative\tالذين\nverbal\tقاموا\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("للارهابيين الذين قاموا بتفجير سيارة مفخخة في دمشق")).empty());
  EXPECT_EQ(finder.Find(Words("وانفجرت سيارة مفخخة في دمشق")).size(), 1u);
}

TEST(CueFinderTest, OnlyACueWhereItStandsShieldsAnActFromABackgroundWord) {
  auto lexicon = CueLexicon::Parse(
      std::string(kKill) + "144\tقطع\tيقطع\tقطع\tطريق\t-\tact\tقطع الطريق\n", "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("background\tيرفض\n", "c").ok());
  const CueFinder finder(&*lexicon);
  // بالقطع ("categorically") is a form of قطع but no roadblock: the killing stays background.
  EXPECT_TRUE(finder.Find(Words("الدين يرفض بالقطع قتل الابرياء")).empty());
  // A real cue between them opens another act.
  EXPECT_EQ(finder.Find(Words("يرفض قطع الطريق ثم قتل مسلحون ثلاثة")).size(), 2u);
}

TEST(CueFinderTest, AssaultNextToADemonstrativeIsAlreadyTold) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("demonstrative\tهذا\ndemonstrative\tذلك\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وقد ادى مثل هذا التفجير الى خسائر")).empty());
  EXPECT_TRUE(finder.Find(Words("وشد قتل هذا الرجل الانظار")).empty());
  // ذلك before an indefinite verb is a connective: إلى ذلك, "besides".
  EXPECT_EQ(finder.Find(Words("الى ذلك قتل مسلحون ثلاثة جنود")).size(), 1u);
}

TEST(CueFinderTest, TollOfAnActARelativeClauseRecallsIsBackground) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(
      lexicon->AddContext("relative\tالذي\nresult\tاسفر\nresult\tادى\nresult\tعن\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("الهجوم الذي اسفر عن مقتل 15 جنديا")).empty());
  EXPECT_TRUE(finder.Find(Words("الحادث الذي ادى لمقتل اربعة")).empty());
  // After مما the outcome of the act just told is news.
  EXPECT_EQ(finder.Find(Words("وانفجرت قنبلة مما اسفر عن مقتل اربعة")).size(), 1u);
}

TEST(CueFinderTest, TollOfABackgroundActIsBackground) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("background\tبتهم\nresult\tاسفر\nresult\tعن\n", "c").ok());
  const CueFinder finder(&*lexicon);
  // The bombing is what they are charged with; the deaths it caused are as known as it is.
  EXPECT_TRUE(
      finder
          .Find(Words("بتهم الضلوع في تفجير نفذته الحركة في مايو الماضي على العاصمة واسفر عن "
                      "مقتل المئات"))
          .empty());
  // After a bombing told as news its toll is news too.
  EXPECT_EQ(finder.Find(Words("وفجر انتحاري نفسه في السوق واسفر عن مقتل العشرات")).size(), 2u);
}

TEST(CueFinderTest, AssaultThatDatesOtherNewsIsBackground) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("anchor\tبعد\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وتأتي الهجمات بعد تفجير نفذه الجيش")).empty());
  // The verb after بعد (بعد قتل is the noun, but بعدما قتل the verb) is still news.
  EXPECT_EQ(finder.Find(Words("بعدما فجر انتحاري نفسه")).size(), 1u);
}

TEST(CueFinderTest, OwnedActNounIsBackgroundUnlessTheDayOfTheNewsFollows) {
  auto lexicon = CueLexicon::Parse(
      "182\tاعتدى\tيعتدي\tاعتداء,اعتداءات\t-\tعلى\tact\tاعتدى مستوطنون على مزارع\n"
      "141\tتظاهر\tيتظاهر\tمظاهرة,تظاهرات\t-\tضد\tact\tتظاهر آلاف امس\n",
      "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  ASSERT_TRUE(lexicon->AddContext("recent\tامس\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("وتحدث عن اعتداءاتها على المزارعين")).empty());
  EXPECT_TRUE(finder.Find(Words("ولذلك سننهي تظاهراتنا اليوم")).empty());
  EXPECT_EQ(finder.Find(Words("وراح ضحية اعتداءاتها امس 7 فلسطينيين")).size(), 1u);
  EXPECT_EQ(finder.Find(Words("وتحدث عن اعتداءات على المزارعين")).size(), 1u);
}

TEST(CueFinderTest, OwnedArrestStaysACue) {
  auto lexicon = CueLexicon::Parse(
      "181\tاختطف\tيختطف\tاختطاف\t-\tobj\tact\tاختطف مسلحون مهندسا\n"
      "173\tاعتقل\tيعتقل\tاعتقال\t-\tobj\tact\tاعتقلت الشرطة ثلاثة\n",
      "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("بعد اسبوع من اختطافه")).empty());
  // Coercion is not protest or violence: an arrest told with a pronoun is still news of it.
  EXPECT_EQ(finder.Find(Words("وأعلنت الشرطة اعتقاله في المطار")).size(), 1u);
}

TEST(CueFinderTest, NegatedVerbInARelativeClauseIsBackground) {
  auto lexicon = CueLexicon::Parse(kKill, "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(lexicon->AddContext("relative\tالتي\nnegation\tلم\n", "c").ok());
  const CueFinder finder(&*lexicon);
  EXPECT_TRUE(finder.Find(Words("السيارات المفخخة التي لم يفجرها احد")).empty());
  EXPECT_TRUE(finder.Find(Words("العبوة التي لم تفجر")).empty());
  EXPECT_EQ(finder.Find(Words("لم يفجر احد السيارة")).size(), 1u);
}

class ShippedCuesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lexicon = CueLexicon::Load(TestDataDir());
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::make_unique<CueLexicon>(std::move(lexicon).value());
  }
  // The CAMEO codes of the cues found in `sentence`, with "n" after a nominal one.
  std::vector<std::string> Codes(const std::string& sentence) const {
    const Analysis a = BuildAnalysis(sentence, {});
    std::vector<std::string> codes;
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      const SentenceView view = SentenceView::Build(a, s);
      for (const CueMatch& m : CueFinder(lexicon_.get()).Find(view.words)) {
        codes.push_back(lexicon_->patterns()[m.pattern].code + (m.noun ? "n" : ""));
      }
    }
    return codes;
  }
  // Whether `sentence` has a cue coded `code` ("1823n" for a nominal one).
  bool Has(const std::string& sentence, const std::string& code) const {
    const std::vector<std::string> codes = Codes(sentence);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }
  std::unique_ptr<CueLexicon> lexicon_;
};

TEST_F(ShippedCuesTest, KillingAfterANounOrPrepositionIsNominal) {
  EXPECT_EQ(Codes("هل يرى هذا المعلق في قتل الأبرياء عملا جبانا؟"),
            (std::vector<std::string>{"1823n"}));
  EXPECT_EQ(Codes("حكمت المحكمة بالسجن على متهمين اثنين بخطف اربعة سياح."),
            (std::vector<std::string>{"181n"}));
  EXPECT_EQ(Codes("وقتل 150 مدنيا افغانيا على الاقل."), (std::vector<std::string>{"1823"}));
}

TEST_F(ShippedCuesTest, CrowdVerbsNeedANewCrowd) {
  EXPECT_EQ(Codes("وتجمع آلاف المتظاهرين امام البيت الابيض في واشنطن."),
            (std::vector<std::string>{"141"}));
  EXPECT_EQ(Codes("وفي الضفة الغربية، امس، خرج آلاف المتظاهرين ضد ما سموه جرائم حماس."),
            (std::vector<std::string>{"141"}));
  EXPECT_TRUE(Codes("وتجمع المتظاهرون امام مقر انعقاد المؤتمر الاستثنائي للحزب.").empty());
  EXPECT_TRUE(Codes("ووقعت شجارات عندما خرج المتظاهرون الى الشوارع من الاستاد.").empty());
}

TEST_F(ShippedCuesTest, MetaphorsAreNoAttacks) {
  EXPECT_FALSE(Has("وانفجرت فضيحة جديدة في وجه رئيس البنك الدولي.", "183"));
  EXPECT_FALSE(Has("وبعد أن خطف الفوز في الدقيقة الأخيرة عاد الفريق.", "181"));
  EXPECT_FALSE(Has("لقد اعتدت أن أعيش بهذه الطريقة.", "182"));
  EXPECT_TRUE(Has("وقال مسؤول ان سيارة مفخخة انفجرت قرب مقر الحزب.", "183"));
  EXPECT_TRUE(Has("كما خطف مسلحون عددا من الاشخاص.", "181"));
}

TEST_F(ShippedCuesTest, CrimesListedTogetherAreNouns) {
  EXPECT_TRUE(Has("وتثبت الادلة وقوع حالات تعذيب وقتل عمد في دارفور.", "1823n"));
  EXPECT_FALSE(Has("وتثبت الادلة وقوع حالات تعذيب وقتل عمد في دارفور.", "1823"));
  EXPECT_TRUE(Has("وقتل مسلحون ثلاثة جنود.", "1823"));
}

TEST_F(ShippedCuesTest, RocketFireIsAnAttack) {
  EXPECT_EQ(Codes("وكانت كتائب القسام قد أطلقت عشرات الصواريخ على البلدات المحيطة بغزة."),
            (std::vector<std::string>{"194"}));
  const auto release = Codes("وتم إطلاق سراح الرهائن بعد ساعتين.");
  EXPECT_EQ(std::find(release.begin(), release.end(), "194"), release.end());
  EXPECT_EQ(std::find(release.begin(), release.end(), "193"), release.end());
}

TEST_F(ShippedCuesTest, RelativeClausesRecallKnownActs) {
  EXPECT_TRUE(Codes("فيما اتصلت ايران امس بالسفينة الايرانية التي خطفها قراصنة الثلاثاء.").empty());
  const auto protest = Codes("وانتقد شافيز المتظاهرين الذين يحتجون على اغلاق المحطة.");
  EXPECT_EQ(std::find(protest.begin(), protest.end(), "140"), protest.end());
  EXPECT_EQ(Codes("كما خطف مسلحون قبل خمسة ايام عددا من الاشخاص جنوب بغداد."),
            (std::vector<std::string>{"181"}));
  // من before a verb is "who"; before a verbal noun it is "from".
  EXPECT_FALSE(Has("وألقت الشرطة القبض على من أطلقوا النار على الدورية.", "193"));
  EXPECT_TRUE(Has("وعانى السكان طويلا من قتل المدنيين في المدينة.", "1823n"));
  // A question word presupposes the act it asks about.
  EXPECT_FALSE(Has("ولم يستطع أحد أن يعرف لماذا قتل فلان.", "1823"));
}

TEST_F(ShippedCuesTest, KnownVictimsAndCondemnedActsAreBackground) {
  EXPECT_FALSE(Has("وأعلن تنظيم القاعدة أنه خطفهما من الأراضي التونسية.", "181"));
  EXPECT_TRUE(Has("وأعلن تنظيم القاعدة أنه خطف سائحين من الأراضي التونسية.", "181"));
  EXPECT_TRUE(Codes("الذين قاموا بتفجير سيارة في دمشق.").empty());
  EXPECT_FALSE(Has("وأدان الحزب المعارض أمس عملية خطف السائحين.", "181n"));
  EXPECT_FALSE(Has("في الذكرى الثانية لاغتيال النائب بتفجير استهدف موكبه.", "183n"));
  EXPECT_EQ(Codes("وفي الموصل اغتال مسلحون ضابطا في الشرطة."), (std::vector<std::string>{"186"}));
}

TEST_F(ShippedCuesTest, RejectedAndJustifiedKillingIsNoNews) {
  EXPECT_FALSE(Has("وقال إن الدين يرفض بالقطع قتل أبرياء مهما كانت المبررات.", "1823"));
  EXPECT_FALSE(Has("وقال إن الدين يرفض بالقطع قتل أبرياء مهما كانت المبررات.", "1823n"));
  EXPECT_FALSE(Has("مستخدمين آيات من القرآن لتبرير قتل المدنيين.", "1823n"));
}

TEST_F(ShippedCuesTest, BlockingTheWayToSomethingIsNoRoadblock) {
  EXPECT_FALSE(Has("وتداولوا في الحملة التي أرادت قطع الطريق على ترشيح أي شخصية.", "144"));
  EXPECT_TRUE(Has("وقطع المتظاهرون الطريق الدولية بين المدينتين.", "144"));
}

TEST_F(ShippedCuesTest, TollsAndDemonstrativesRecallKnownActs) {
  EXPECT_FALSE(Has("بالهجوم الذي شنه المقاتلون والذي اسفر عن مقتل 15 عسكريا.", "1823n"));
  EXPECT_FALSE(Has("وشد خطف هذه السفينة أنظار العالم.", "181n"));
  EXPECT_FALSE(Has("وشد خطف هذه السفينة أنظار العالم.", "181"));
  EXPECT_TRUE(Has("الى ذلك قتلت قوات الامن ستة متشددين في غارة.", "1823"));
  EXPECT_TRUE(Has("ارتكبت هذه الميليشيا المجزرة بحق أسرة العقيد.", "202"));
}

TEST_F(ShippedCuesTest, ANuclearTestIsNoBombing) {
  EXPECT_FALSE(Has("بل ان كوريا قامت اثناء توقف المفاوضات بتفجير قنبلة نووية.", "183"));
  EXPECT_FALSE(Has("بل ان كوريا قامت اثناء توقف المفاوضات بتفجير قنبلة نووية.", "183n"));
  EXPECT_TRUE(Has("وقام مسلحون بتفجير قنبلة قرب مركز للشرطة.", "183"));
  EXPECT_FALSE(Has("يعتقد ان كوريا الشمالية فجرت قنبلتها الذرية الاولى فيه.", "183"));
}

TEST_F(ShippedCuesTest, ActsSomeoneStandsBehindOrMustDoAreNoNews) {
  EXPECT_FALSE(Has("وقال إن باكستان تقف وراء الهجوم على السفارة.", "180n"));
  EXPECT_FALSE(Has("إلا أن أبو حمزة يرى انه يجب خطف جنود آخرين.", "181n"));
  EXPECT_FALSE(Has("كما رفضت المحكمة اعتبار خطف الطائرات المدنية حالة دفاعية.", "181n"));
  EXPECT_TRUE(Has("وخطف مسلحون جنديين آخرين قرب الحدود.", "181"));
}

TEST_F(ShippedCuesTest, AnAttackToldWithSpeechIsInWords) {
  EXPECT_FALSE(Has("وتحدث نائب الرئيس وشن هجوما متعدد الاتجاهات، وقال إن جهات تتآمر.", "190"));
  EXPECT_TRUE(Has("وشن مسلحون هجوما على مركز للشرطة في المدينة.", "190"));
  EXPECT_TRUE(Has("وهاجم مسلحون مركزا للشرطة جنوب المدينة.", "180"));
}

TEST_F(ShippedCuesTest, TheTollOfAnAttackAlreadyToldIsNoNewAct) {
  EXPECT_FALSE(Has("إن أربعة مدنيين وثلاثة حراس قتلوا في هذا الهجوم.", "1823"));
  EXPECT_TRUE(Has("إن أربعة مدنيين قتلوا في هجوم انتحاري امس.", "1823"));
  // The demonstrative of another clause does not count.
  EXPECT_TRUE(Has("إن أربعة مدنيين قتلوا امس، وهذا الهجوم هو الثاني.", "1823"));
}

TEST_F(ShippedCuesTest, DeathsInAnAccidentAreNoAttack) {
  EXPECT_FALSE(Has("وأعلنت الشرطة مقتل 19 شخصا في حادث الاصطدام بين حافلة وشاحنة.", "1823n"));
  EXPECT_FALSE(Has("مصرع ثلاثة في حادث مروري على الطريق السريع.", "1823n"));
  EXPECT_TRUE(Has("وأعلنت الشرطة مقتل 19 شخصا في هجوم على حافلة.", "1823n"));
}

TEST_F(ShippedCuesTest, AHumanChainIsAProtest) {
  EXPECT_TRUE(Has("وشكل مئات المتظاهرين سلسلة بشرية حول البرلمان.", "141"));
  EXPECT_FALSE(Has("وشكل الرئيس حكومة جديدة.", "141"));
  EXPECT_FALSE(Has("وقال إن الاحتباس الحراري شكل خطرا على البشرية.", "141"));
  EXPECT_FALSE(Has("وقال إن الاحتباس الحراري يشكل خطرا على البشرية.", "141"));
}

TEST_F(ShippedCuesTest, AnAttackThatDatesOtherNewsIsKnown) {
  EXPECT_FALSE(Has("وتأتي الهجمات الانتحارية بعد ضربة جوية نفذها الجيش على قاعدة.", "195n"));
}

TEST_F(ShippedCuesTest, PlainPresentOfAProtestVerbDescribesKnownProtesters) {
  EXPECT_FALSE(Has("فتحت قوى الأمن النار باتجاه متظاهرين يحتجون على ارتفاع الاسعار.", "140"));
  EXPECT_TRUE(Has("واحتج مئات الطلاب أمس على قرار إغلاق الجامعة.", "140"));
  EXPECT_TRUE(Has("ولم يحتج أحد على القرار.", "140"));
}

TEST_F(ShippedCuesTest, ACrowdOfCarsIsNoProtest) {
  EXPECT_TRUE(Codes("حيث تجمعت مئات السيارات والشاحنات عند الجانب اللبناني.").empty());
  EXPECT_TRUE(Has("وتجمع مئات المتظاهرين امام مبنى المحافظة.", "141"));
}

TEST_F(ShippedCuesTest, AttacksInWordsAreNoAssaults) {
  // (a harsh attack, هجوما حادا، is found and coded as criticism by the coder's verbal markers)
  EXPECT_TRUE(Codes("وشن النائب هجوما شديدا على الحكومة والحزب الحاكم.").empty());
  EXPECT_FALSE(Has("وتعرض الكاتب لهجمات بغيضة من المتعاطفين.", "180n"));
  EXPECT_TRUE(Has("وتعرض الكاتب لهجمات من المتعاطفين.", "180n"));
  EXPECT_TRUE(Codes("وهاجم الوزير بشدة سياسات الحكومة.").empty());
  EXPECT_TRUE(Has("وشن المسلحون هجوما على مركز للشرطة.", "190"));
  EXPECT_TRUE(Has("هاجم مسلحون مركزا للشرطة.", "180"));
}

TEST_F(ShippedCuesTest, NounAfterALightVerbIsTheAct) {
  EXPECT_EQ(Codes("ففي نابلس قام مسلحون مقنعون بخطف نائب رئيس البلدية من سيارته."),
            (std::vector<std::string>{"181"}));
  EXPECT_EQ(Codes("وحكمت المحكمة على متهمين بخطف اربعة سياح."), (std::vector<std::string>{"181n"}));
  // أقدم takes its act after على: the roadblock is done, not named.
  EXPECT_TRUE(Has("أقدم امس متظاهرون غاضبون في البقاع على قطع الطريق الدولية.", "144"));
  EXPECT_TRUE(Has("واحتجوا على قطع الطريق الدولية.", "144n"));
  EXPECT_TRUE(Has("وقالوا ان الجيش نجح في قتل العشرات من المسلحين.", "1823"));
  EXPECT_TRUE(Has("وتمكنت القوات من قتل 19 مسلحا.", "1823"));
  // Another act between them: the light verb is that act's.
  EXPECT_TRUE(Has("وتمكنت الشرطة من اعتقال المتهم في قتل زوجته.", "1823n"));
  // The subject may be long: a woman described by two clauses before her act.
  EXPECT_TRUE(Has("قامت امرأة بلجيكية اعتنقت الاسلام ومتزوجة من مغربي بتفجير نفسها.", "183"));
}

TEST_F(ShippedCuesTest, CrowdsTowardsNewProtests) {
  EXPECT_TRUE(Has("وتجمع عدد من المتظاهرين أمام مقر السفارة.", "141"));
  EXPECT_TRUE(Has("وأبلغه استنكار الحكومة لقيام مجموعة من المتظاهرين يوم أمس بالتجمع أمام السفارة.",
                  "141"));
  EXPECT_FALSE(Has("وكانت مظاهرات اخرى قد انطلقت في نفس المدينة قبل عدة اشهر.", "141n"));
  EXPECT_FALSE(Has("وقتل روسي خلال مظاهرة في تالين.", "141n"));
  // A protest stand is a demonstration; a stand alone is a pause or a stance.
  EXPECT_TRUE(Has("ونفذ العشرات وقفة احتجاجية أمس أمام المقر.", "141n"));
  EXPECT_FALSE(Has("ولا بد من وقفة مع الذات.", "141n"));
}

TEST_F(ShippedCuesTest, WordsThatOnlyLookLikeProtestAreNone) {
  EXPECT_FALSE(Has("وقال المصدر إن المقاومة قطعت طرق إمداد الحوثيين بين لحج وتعز.", "144"));
  EXPECT_FALSE(Has("والهدف هو قطع الطريق أمام إيران لصنع القنبلة.", "144"));
  EXPECT_TRUE(Has("وقطع المتظاهرون الطريق الدولية بين المدينتين.", "144"));
  EXPECT_FALSE(Has("وأنا أيضا تظاهرت بأنني نائمة حتى خرج.", "141"));
  EXPECT_FALSE(Has("منذ أبريل خرج من المدينة عدة عشرات من وجهاء القبائل.", "141"));
  EXPECT_FALSE(Has("تعيش المدينة تظاهرة اجتماعية واحتفالية ابتهاجا بالعيد.", "141n"));
  EXPECT_FALSE(Has("واحتجت لبعض الوقت من أجل استكشاف الظروف.", "140"));
  // احتجنا is always "we needed": "we protested" is احتججنا.
  EXPECT_FALSE(Has("مرات كثيرة احتجنا أشياء بسيطة جدا ولم نجدها.", "140"));
  EXPECT_TRUE(Has("وشارك الآلاف في تظاهرة ضد الحكومة.", "141n"));
  EXPECT_FALSE(Has("وشارك الآلاف في تظاهرة اقتصادية للتمور.", "141n"));
}

TEST_F(ShippedCuesTest, AnAttackOnThingsIsNoAssault) {
  EXPECT_FALSE(Has("وقال إن اعتداءات وقعت على محطات للربط الكهربائي.", "182n"));
  EXPECT_TRUE(Has("واعتدى مستوطنون على مزارعين فلسطينيين امس.", "182"));
}

TEST_F(ShippedCuesTest, DawnIsNoBombing) {
  EXPECT_TRUE(Codes("وصل الوزير فجر امس الى بغداد.").empty());
  EXPECT_TRUE(Codes("نعمل منذ الثامنة صباحا حتى الثالثة فجرا.").empty());
  EXPECT_FALSE(Has("كانت الساعة الثالثة فجراً وكانت مع زوجها تنتظر سيارة أجرة.", "183"));
  EXPECT_FALSE(Has("وقد اعتقل فجراً، للاشتباه في ضلوعه.", "183"));
  EXPECT_TRUE(Has("وقد اعتقل فجراً، للاشتباه في ضلوعه.", "173"));
  EXPECT_EQ(Codes("وفجر المهاجمون قنابلهم على متن 3 قطارات للمترو."),
            (std::vector<std::string>{"183"}));
}

TEST_F(ShippedCuesTest, ThreatenedPlannedAndFearedAttacksHaveNotHappened) {
  EXPECT_FALSE(Has("وهدد التنظيم بتفجير السفارة إذا لم تنسحب القوات.", "183n"));
  EXPECT_FALSE(Has("وقالت الشرطة إن الخلية كانت تخطط لشن هجمات على مراكز الأمن.", "180n"));
  EXPECT_FALSE(Has("ونقلت الإذاعة عنها تحذيرها من حدوث اغتيال سياسي آخر.", "186n"));
  EXPECT_FALSE(Has("وحذر الوزير من قتل المدنيين في المدينة.", "1823n"));
  // Past planning tells how an attack that happened was prepared.
  EXPECT_TRUE(Has("وقال إن المسلحين خططوا جيدا للهجوم ثم هاجموا الثكنة بقذائف.", "180"));
}

TEST_F(ShippedCuesTest, TheDeathOfABodyFoundIsNoNewAttack) {
  EXPECT_FALSE(Has("وعثرت الشرطة على جثتين احداهما لرجل قتل بعد تعرضه للتعذيب.", "1823"));
  EXPECT_FALSE(Has("وتم العثور على جثة صحافي كان قد خطف الشهر الماضي في بغداد.", "181"));
  EXPECT_TRUE(Has("وقتل مسلحون صحافيا في بغداد.", "1823"));
}

TEST_F(ShippedCuesTest, AnAccusationReachesAnAttackNamedLaterInIt) {
  EXPECT_FALSE(
      Has("اتهم نائب وزير الدفاع الصومالي صلاد علي جيلي جماعة مرتبطة بتنظيم القاعدة "
          "بمحاولة اغتيال رئيس الوزراء علي محمد جيدي بواسطة هجوم انتحاري.",
          "180n"));
  EXPECT_TRUE(Has("وأعلن الجيش أمس أن مسلحين هاجموا مركزا للشرطة في المدينة.", "180"));
}

TEST_F(ShippedCuesTest, BlowingUpBuildingsIsNoAssault) {
  EXPECT_FALSE(Has("قام الجيش بتفجير عدد من المباني ومشط الطرق الداخلية.", "183"));
  EXPECT_TRUE(Has("وقام مسلحون بتفجير سيارة مفخخة قرب مبنى البلدية.", "183"));
}

TEST_F(ShippedCuesTest, DeathsOfACrashOrCollapseAreNoKilling) {
  EXPECT_FALSE(Has("وقالت إن ثلاثة اشخاص قتلوا اليوم في تحطم طائرة صغيرة.", "1823"));
  EXPECT_FALSE(Has("وقال إن امرأتين وطفلا قتلوا عندما انهار منزلهم.", "1823"));
  EXPECT_TRUE(Has("وقال إن ثلاثة اشخاص قتلوا اليوم في هجوم على حافلة.", "1823"));
}

TEST_F(ShippedCuesTest, AnAttackOnTheInternetIsInWords) {
  EXPECT_FALSE(Has("وقالت إنها تعرضت لهجوم في بعض المواقع على شبكة الانترنت.", "180n"));
  EXPECT_TRUE(Has("وقالت إنها تعرضت لهجوم في الطريق إلى منزلها.", "180n"));
}

TEST_F(ShippedCuesTest, AKidnappingToldAfterARelease) {
  // Made-up sentences in the style of the news, not taken from the gold.
  EXPECT_FALSE(Has("وأفرج مسلحون أمس عن مهندسين اثنين اختطفا في الشهر الماضي.", "181"));
  EXPECT_TRUE(Has("واختطف مسلحون أمس مهندسين اثنين في جنوب البلاد.", "181"));
}

TEST_F(ShippedCuesTest, AnActOneIntendsIsNoAct) {
  EXPECT_EQ(Codes("وقال إن الجيش لا ينوي في الوقت الحاضر شن هجوم بري على المدينة."),
            (std::vector<std::string>{"010"}));
  EXPECT_TRUE(Has("وشن الجيش هجوما بريا على المدينة أمس.", "190"));
  // A type named is no background: the aircraft of a kind did strike.
  EXPECT_TRUE(Has("وقصفت طائرات من نوع إف 16 مواقع المسلحين أمس.", "195"));
}

TEST_F(ShippedCuesTest, AnActASuspectIsHeldForOrAFaithForbidsIsNoNews) {
  EXPECT_FALSE(Has("واعتقلت الشرطة عددا من المشتبه بتورطهم في تفجير وقع الثلاثاء.", "183n"));
  EXPECT_FALSE(Has("وأكد على تحريم قتل النفس بغير حق.", "1823n"));
  EXPECT_FALSE(Has("وأكد على تحريم قتل النفس بغير حق.", "1823"));
  EXPECT_TRUE(Has("واقتحم مسلحون حرم الجامعة وقتلوا خمسة طلاب.", "1823"));
  EXPECT_TRUE(Has("وأعلنت الشرطة مقتل شرطيين في تفجير وقع الثلاثاء.", "183n"));
  EXPECT_TRUE(Has("واشتبكت قوات الأمن مع مشتبه بهم وقتلت اثنين منهم.", "1823"));
}

TEST_F(ShippedCuesTest, FireworksAGapFilledAndASettlementAreNoViolenceNorProtest) {
  EXPECT_FALSE(Has("وفي ختام الحفل أطلقت الألعاب النارية في سماء المدينة.", "193"));
  EXPECT_FALSE(Has("وقال إن الصندوق يهدف إلى سد هذا النقص بطرق جديدة.", "144n"));
  EXPECT_FALSE(Has("وتخدم الشبكة 300 تجمعا سكانيا في المنطقة.", "141"));
  EXPECT_TRUE(Has("وأطلق مسلحون النار على دورية للشرطة.", "193"));
}

TEST_F(ShippedCuesTest, DeathsInACrashOrFireToldByAVerbAreNoKilling) {
  EXPECT_FALSE(Has("قتل طيار وأصيب آخر عندما تحطمت طائرة تدريب شمال البلاد.", "1823"));
  EXPECT_FALSE(Has("وأعلن الدفاع المدني مقتل شخصين في حريق بمصنع للأثاث.", "1823n"));
  EXPECT_FALSE(Has("وانطلق السباق في الرابعة فجرا واستمر حتى الظهر.", "183"));
  EXPECT_FALSE(Has("قتل 27 شخصا على الأقل بسبب الفيضانات التي أغرقت المنازل.", "1823"));
  EXPECT_TRUE(Has("قتل طيار وأصيب آخر عندما أطلق مسلحون النار على طائرته.", "1823"));
}

TEST_F(ShippedCuesTest, AnAttackOnDecisionsWithItsSubjectBetweenIsInWords) {
  EXPECT_FALSE(Has("كما هاجمت النائبة قرارات الرئيس السابق حول إجازة الأمومة.", "180"));
  EXPECT_TRUE(Has("وهاجم مسلحون مبنى الحكومة المحلية في المدينة.", "180"));
}

TEST_F(ShippedCuesTest, AMarketGoingDownAndARoadCrossedOrBlockedForSomeoneAreNoProtest) {
  EXPECT_FALSE(Has("ومن المتوقع أن ينزل إلى ما دون تسعة آلاف نقطة.", "141"));
  EXPECT_TRUE(Has("ونزل آلاف إلى الشوارع احتجاجا على ارتفاع الأسعار.", "141"));
  EXPECT_FALSE(Has("ولا ينبغي أن يسد علينا الطريق إلى الإصلاح.", "144"));
  EXPECT_FALSE(Has("والطريق يربط بين المدينتين ويقطعه عدد من الطرق.", "144"));
  EXPECT_TRUE(Has("ونزل آلاف المتظاهرين إلى الشوارع أمس.", "141"));
}

}  // namespace
}  // namespace marsad::events
