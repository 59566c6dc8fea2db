#include "events/event_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "events/analysis_builder.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = EventCoder::Load(TestDataDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    coder_ = new EventCoder(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }

  static Analysis Code(const std::string& text, const std::vector<ActorName>& actors,
                       const std::string& published = "2015-09-25") {
    Analysis a = BuildAnalysis(text, actors, published);
    coder_->Apply(&a);
    return a;
  }

  // "SOURCE CODE TARGET polarity modality" of every event.
  static std::vector<std::string> Summary(const Analysis& a) {
    std::vector<std::string> out;
    for (const Event& e : a.events) {
      out.push_back(e.source.actor + " " + e.code + " " + e.target.actor + " " + e.polarity + " " +
                    e.modality);
    }
    return out;
  }

  static EventCoder* coder_;
};

EventCoder* EventCoderTest::coder_ = nullptr;

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

TEST_F(EventCoderTest, VerbInitialDenial) {
  Analysis a = Code("نفى الكرملين الجمعة ما تردد عن الاجتماع", {{"الكرملين", "RUSGOV"}});
  ASSERT_FALSE(a.events.empty());
  const Event& e = a.events[0];
  EXPECT_EQ(e.source.actor, "RUSGOV");
  EXPECT_EQ(e.source.text, "الكرملين");
  EXPECT_EQ(e.code, "016");
  EXPECT_EQ(e.quad_class, 1);
  EXPECT_EQ(e.polarity, "asserted");
  EXPECT_EQ(e.modality, "actual");
  EXPECT_EQ(e.date, "2015-09-25");  // no date in the sentence: the publication date
  EXPECT_EQ(e.cue.of(a.text()), "نفى");
}

TEST_F(EventCoderTest, SubjectInitialWithPrepositionalTarget) {
  Analysis a = Code("روسيا ترفض الانضمام إلى التحالف الدولي",
                    {{"روسيا", "RUS"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUS 1212 IGOWSTMIL asserted actual"));
  EXPECT_EQ(a.events[0].plover, "REJECT");
  EXPECT_EQ(a.events[0].quad_class, 3);
  EXPECT_DOUBLE_EQ(a.events[0].goldstein, -4.0);
}

TEST_F(EventCoderTest, ObjectAfterVerbInitialSubject) {
  Analysis a = Code("وانتقدت واشنطن دمشق بشدة", {{"واشنطن", "USAGOV"}, {"دمشق", "SYRGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAGOV 111 SYRGOV asserted actual"));
}

TEST_F(EventCoderTest, CoordinatedTargetsGiveOneRecordEach) {
  Analysis a = Code(
      "اقترح بوتين على تركيا والسعودية والأردن تشكيل تحالف",
      {{"بوتين", "RUSGOV"}, {"تركيا", "TURGOV"}, {"السعودية", "SAUGOV"}, {"الأردن", "JORGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 0312 TURGOV asserted actual",
                                      "RUSGOV 0312 SAUGOV asserted actual",
                                      "RUSGOV 0312 JORGOV asserted actual"));
}

TEST_F(EventCoderTest, ReportIsStatementOnlyWhenNothingMoreSpecific) {
  Analysis plain = Code("وقال لافروف إن الوضع معقد", {{"لافروف", "RUSGOV"}});
  EXPECT_THAT(Summary(plain), ElementsAre("RUSGOV 010  asserted actual"));
  Analysis specific = Code("وقال لافروف إن موسكو ترفض الحوار مع المعارضة",
                           {{"لافروف", "RUSGOV"}, {"موسكو", "RUSGOV"}});
  EXPECT_THAT(Summary(specific), ElementsAre("RUSGOV 125  asserted actual"));
}

TEST_F(EventCoderTest, AmmaTopicIsTheSubjectOfItsFaVerbAcrossCommas) {
  Analysis a = Code(
      "وقال لافروف إن الوضع معقد. أما الرئيس الإيراني الموجود في نيويورك لحضور الجلسات، "
      "فنفى أن يكون التحالف قائما.",
      {{"لافروف", "RUSGOV"}, {"الرئيس الإيراني", "IRNGOV"}});
  EXPECT_THAT(Summary(a), Contains("IRNGOV 016  asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("RUSGOV 016  asserted actual")));
}

TEST_F(EventCoderTest, ReportedSpeakerActsWhenClauseHasNoSubject) {
  Analysis a = Code("وأكد الوزير الأمريكي أنه سيزور موسكو الأسبوع المقبل",
                    {{"الوزير الأمريكي", "USAGOV"}, {"موسكو", "RUSGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAGOV 042 RUSGOV asserted intended"));
}

TEST_F(EventCoderTest, LaunchedAttackInWordsIsCriticism) {
  // A scathing or harsh attack, measured from the attack noun past the light verb's subject.
  EXPECT_THAT(Summary(Code("وشن الرئيس هجوما لاذعا على المعارضة",
                           {{"الرئيس", "USAGOV"}, {"المعارضة", "USAOPP"}})),
              ElementsAre("USAGOV 111 USAOPP asserted actual"));
  EXPECT_THAT(Summary(Code("وشن النائب هجوما حادا على الحكومة",
                           {{"النائب", "USALEG"}, {"الحكومة", "USAGOV"}})),
              ElementsAre("USALEG 111 USAGOV asserted actual"));
  // An attack launched by the press is one in words; by the army it is one of force.
  EXPECT_THAT(Summary(Code("شنت الصحافة السويدية هجوما عنيفا على الحكومة",
                           {{"الصحافة السويدية", "SWEMED"}, {"الحكومة", "SWEGOV"}})),
              ElementsAre("SWEMED 111 SWEGOV asserted actual"));
  EXPECT_THAT(Summary(Code("شن الجيش هجوما عنيفا على المسلحين",
                           {{"الجيش", "SWEMIL"}, {"المسلحين", "UAF"}})),
              Not(Contains(HasSubstr(" 111 "))));
  // Hateful attacks, or a violent one by a committee, are no assault.
  EXPECT_THAT(Summary(Code("تعرض الكاتب لهجمات بغيضة من المتعاطفين", {})),
              Not(Contains(HasSubstr(" 18"))));
  EXPECT_THAT(Summary(Code("وتعرض الوزير لهجوم عنيف من قبل اللجنة", {{"الوزير", "USAGOV"}})),
              Not(Contains(HasSubstr(" 18"))));
}

TEST_F(EventCoderTest, PlainAttackByThePressIsCriticism) {
  EXPECT_THAT(Summary(Code("وهاجمت وسائل الإعلام السعودية الاتفاق النووي",
                           {{"وسائل الإعلام السعودية", "SAUMED"}})),
              ElementsAre("SAUMED 111  asserted actual"));
  // A place it attacks is no word.
  EXPECT_THAT(Summary(Code("وهاجمت وسائل الإعلام مدينة حلب",
                           {{"وسائل الإعلام", "MED"}, {"مدينة حلب", "SYR", "LOC"}})),
              Not(Contains(HasSubstr("111"))));
}

TEST_F(EventCoderTest, Negation) {
  EXPECT_THAT(Summary(Code("لم تهاجم إسرائيل غزة", {{"إسرائيل", "ISR"}, {"غزة", "PSE"}})),
              ElementsAre("ISR 180 PSE negated actual"));
  EXPECT_THAT(Summary(Code("إسرائيل لن تهاجم غزة", {{"إسرائيل", "ISR"}, {"غزة", "PSE"}})),
              ElementsAre("ISR 180 PSE negated actual"));
}

TEST_F(EventCoderTest, Hypothetical) {
  Analysis a = Code("أعلن مسؤول أن موسكو يمكن أن تنضم إلى التحالف الدولي في حال تنفيذ الشروط",
                    {{"موسكو", "RUSGOV"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 062 IGOWSTMIL asserted hypothetical"));
}

TEST_F(EventCoderTest, IntendedFromFuturePrefixAndIntentionWords) {
  EXPECT_THAT(
      Summary(Code("موسكو ستنضم إلى التحالف", {{"موسكو", "RUSGOV"}, {"التحالف", "IGOWSTMIL"}})),
      ElementsAre("RUSGOV 062 IGOWSTMIL asserted intended"));
  EXPECT_THAT(Summary(Code("واشنطن تعتزم فرض عقوبات على طهران",
                           {{"واشنطن", "USAGOV"}, {"طهران", "IRNGOV"}})),
              ElementsAre("USAGOV 163 IRNGOV asserted intended"));
}

TEST_F(EventCoderTest, RumourIsReported) {
  Analysis a = Code("وتحدثت تقارير عن قيام الجيش الروسي بقصف حلب",
                    {{"الجيش الروسي", "RUSMIL"}, {"حلب", "SYR"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSMIL 195 SYR asserted reported"));
}

TEST_F(EventCoderTest, DenialAndTheDeniedActAreBothCoded) {
  Analysis a = Code("نفى الكرملين أن يكون الجيش الروسي قصف مواقع المعارضة",
                    {{"الكرملين", "RUSGOV"}, {"الجيش الروسي", "RUSMIL"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("RUSGOV 016  asserted actual", "RUSMIL 195  asserted reported"));
}

TEST_F(EventCoderTest, NounCueWithGenitiveSource) {
  Analysis a = Code("تبادل المعلومات الاستخبارية مع روسيا", {{"روسيا", "RUS"}});
  // No one named does the exchanging: a verbal act without a source is not coded.
  EXPECT_THAT(Summary(a), IsEmpty());
  Analysis b = Code("رحب العراق بانضمام روسيا إلى التحالف",
                    {{"العراق", "IRQGOV"}, {"روسيا", "RUS"}, {"التحالف", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(b), Contains("RUS 062 IGOWSTMIL asserted actual"));
}

TEST_F(EventCoderTest, MaterialActWithoutNamedActorIsStillCoded) {
  Analysis a = Code("خرج آلاف المتظاهرين إلى الشوارع احتجاجا على الغلاء", {});
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].plover, "PROTEST");
  // No name, but the role noun gives the actor's role.
  EXPECT_EQ(a.events[0].source.actor, "CVL");
  EXPECT_EQ(a.events[0].source.text, "المتظاهرين");
  Analysis b = Code("وقع انفجار في السوق وأسفر عن مقتل ثلاثة", {});
  ASSERT_FALSE(b.events.empty());
  EXPECT_TRUE(b.events[0].source.actor.empty());
}

TEST_F(EventCoderTest, NounOfMaterialConflictNeedsWordsSayingItHappened) {
  // A noun alone is background; with وقع / اندلعت / أسفر it is news of the act.
  EXPECT_THAT(Summary(Code("وتغيرت البلاد كثيرا منذ اغتيال رئيس الوزراء", {})), IsEmpty());
  EXPECT_THAT(Summary(Code("وقع انفجار في السوق وأسفر عن مقتل ثلاثة", {})),
              Contains(" 183  asserted actual"));
  EXPECT_THAT(Summary(Code("واندلعت مظاهرات في العاصمة", {})),
              ElementsAre(" 141  asserted actual"));
}

TEST_F(EventCoderTest, DefiniteNounNamesAnActAlreadyKnown) {
  // المظاهرات: the protests the reader knows of, not news of new ones.
  EXPECT_THAT(Summary(Code("وأسفرت المظاهرات في العاصمة عن سقوط جرحى", {})), IsEmpty());
  EXPECT_THAT(Summary(Code("وتجددت أمس مظاهرات في العاصمة", {})),
              ElementsAre(" 141  asserted actual"));
}

TEST_F(EventCoderTest, KnownActThatStartsAgainIsNews) {
  // تجددت المظاهرات: a new round of the known protests.
  EXPECT_THAT(Summary(Code("وتجددت أمس المظاهرات في العاصمة", {})),
              ElementsAre(" 141  asserted actual"));
  // The verb must stand right before the noun.
  EXPECT_THAT(Summary(Code("وتجددت الدعوات في العاصمة لوقف المظاهرات", {})), IsEmpty());
}

TEST_F(EventCoderTest, RunningTallyIsNotANewAct) {
  EXPECT_THAT(Summary(Code("وقتل مسلحون 13 جنديا في العراق حتى الآن هذا الشهر", {})), IsEmpty());
  EXPECT_THAT(Summary(Code("وقتل مسلحون 13 جنديا في العراق امس", {})), Not(IsEmpty()));
}

TEST_F(EventCoderTest, IssuedOrObtainedApprovalIsAPermit) {
  const std::vector<ActorName> saudi = {{"الحكومة السعودية", "SAUGOV"}};
  EXPECT_THAT(Summary(Code("وصدرت موافقة الحكومة السعودية على تعيين مدير جديد", saudi)),
              Not(Contains(testing::HasSubstr("030"))));
  EXPECT_THAT(Summary(Code("وأعلن الوزير موافقة الحكومة السعودية على المقترح", saudi)),
              Contains(testing::HasSubstr("030")));
}

TEST_F(EventCoderTest, WordSayingAnActHappenedMustStandNearItsNoun) {
  // وقعت names the meeting's time, far from the noun; the bombing is background.
  EXPECT_THAT(Summary(Code("وقعت الحكومة امس اتفاقا مع النقابات بعد اسابيع من المفاوضات الصعبة "
                           "التي اعقبت تفجير في المدينة",
                           {})),
              IsEmpty());
  EXPECT_THAT(Summary(Code("ووقع انفجار قوي امس قرب مقر البلدية", {})),
              Contains(" 183  asserted actual"));
}

TEST_F(EventCoderTest, CountedActNounIsAStatistic) {
  EXPECT_THAT(Summary(Code("ووقع خلال العام الماضي اكثر من 80 هجوما انتحاريا في البلاد", {})),
              IsEmpty());
  EXPECT_THAT(Summary(Code("وشهدت المنطقة هذا الشهر نحو مائة هجوم مسلح", {})), IsEmpty());
  EXPECT_THAT(Summary(Code("ووقع هجوم انتحاري امس في السوق", {})), Not(IsEmpty()));
}

TEST_F(EventCoderTest, AttemptsPlansAndChargesAreNotActualActs) {
  EXPECT_THAT(Summary(Code("وقال المدعي ان المتهمين حاولوا اغتيال القاضي", {})),
              Not(Contains(testing::HasSubstr("asserted actual"))));
  EXPECT_THAT(Summary(Code("وحوكم الرجلان بتهمة خطف سائح اجنبي", {})),
              Not(Contains(testing::HasSubstr("actual"))));
  EXPECT_THAT(Summary(Code("واعتقلت الشرطة ثلاثة رجال قالت انهم ارادوا خطف طائرة", {})),
              Contains("COP 181  asserted intended"));
}

TEST_F(EventCoderTest, ActDatedToAnEarlierYearIsBackground) {
  EXPECT_THAT(Summary(Code("وكان مسلحون قد هاجموا المدينة عام 1998 وقتلوا عشرات السكان", {})),
              IsEmpty());
  EXPECT_THAT(Summary(Code("وهاجم مسلحون امس قرية في شمال البلاد", {})),
              Contains(testing::HasSubstr("UAF 18")));
}

TEST_F(EventCoderTest, ActOfTheKnownProtestersIsADetailOfTheirProtest) {
  // المتظاهرون: the protesters of a protest already reported.
  EXPECT_THAT(Summary(Code("وبعد ذلك اغلق المتظاهرون الطريق الرئيسي المؤدي الى الميناء", {})),
              IsEmpty());
  // A verb opening the sentence narrates a new act of theirs.
  EXPECT_THAT(Summary(Code("وسد المتظاهرون لفترة قصيرة طريقا تسلكه قافلة عسكرية", {})),
              Contains(testing::HasSubstr(" 144 ")));
  // آلاف المتظاهرين: a counted crowd is news of a protest.
  EXPECT_THAT(Summary(Code("وتجمع آلاف المتظاهرين امام مبنى البرلمان", {})), Not(IsEmpty()));
}

TEST_F(EventCoderTest, HeadlineBeforeAColonIsAStatementOfItsActor) {
  // «X: …» in a headline: X says it, coded by what it says.
  EXPECT_THAT(Summary(Code("الخارجية الفرنسية: لا صحة لانباء عن سحب السفير",
                           {{"الخارجية الفرنسية", "FRAGOV"}})),
              Contains("FRAGOV 016  asserted actual"));
  EXPECT_THAT(Summary(Code("طهران: المفاوضات مع الغرب تسير ببطء", {{"طهران", "IRNGOV"}})),
              ElementsAre("IRNGOV 010  asserted actual"));
  // Without the colon the actor is not speaking.
  EXPECT_THAT(Summary(Code("طهران المفاوضات مع الغرب تسير ببطء", {{"طهران", "IRNGOV"}})),
              Not(Contains("IRNGOV 010  asserted actual")));
}

TEST_F(EventCoderTest, TalksWithoutTheirOwnActorAreHeldByTheLastActor) {
  // محادثات أجراها: the talks belong to the actor of the previous sentence.
  Analysis a = Code(
      "وانتقد وزير الخارجية المصري امس سياسة الاستيطان\nوقال عقب محادثات اجراها "
      "مع الملك عبد الله ان العلاقات ممتازة",
      {{"وزير الخارجية المصري", "EGYGOV"}, {"الملك عبد الله", "JORGOV"}});
  EXPECT_THAT(Summary(a), Contains("EGYGOV 046 JORGOV asserted actual"));
}

TEST_F(EventCoderTest, PrepositionBeforeAHeadNounIntroducesTheTarget) {
  // مع نظيره التونسي: مع governs نظيره, whose adjective is the actor.
  EXPECT_THAT(Summary(Code("واجتمع الرئيس الجزائري امس مع نظيره التونسي",
                           {{"الرئيس الجزائري", "DZAGOV"}, {"التونسي", "TUN"}})),
              Contains("DZAGOV 040 TUNGOV asserted actual"));
}

TEST_F(EventCoderTest, KnownTalksInAPrepositionalPhraseAreNotNewTalks) {
  EXPECT_THAT(Summary(Code("واستعرض الوزير التونسي الاوضاع الاقليمية خلال المحادثات",
                           {{"الوزير التونسي", "TUNGOV"}})),
              Not(Contains(testing::HasSubstr(" 046 "))));
}

TEST_F(EventCoderTest, ReachingAnAgreementIsSigningIt) {
  EXPECT_THAT(Summary(Code("وتوصلت مصر واثيوبيا امس الى اتفاق حول تقاسم مياه النهر",
                           {{"مصر", "EGY"}, {"اثيوبيا", "ETH"}})),
              Contains("EGY 057 ETH asserted actual"));
}

TEST_F(EventCoderTest, AttackInWordsIsCriticism) {
  EXPECT_THAT(Summary(Code("وهاجم وزير الخارجية الايراني الولايات المتحدة قائلا انها تدعم الارهاب",
                           {{"وزير الخارجية الايراني", "IRNGOV"}, {"الولايات المتحدة", "USA"}})),
              Contains("IRNGOV 111 USA asserted actual"));
  EXPECT_THAT(Summary(Code("وهاجم مسلحون دورية للشرطة في المدينة", {})),
              Not(Contains(testing::HasSubstr("111"))));
}

TEST_F(EventCoderTest, UpcomingMeetingIsIntended) {
  EXPECT_THAT(
      Summary(Code("ويتوقع ان يبحث الرئيس التركي الملف خلال لقاء مرتقب مع المستشارة الالمانية",
                   {{"الرئيس التركي", "TURGOV"}, {"المستشارة الالمانية", "DEUGOV"}})),
      Contains(
          testing::AllOf(testing::HasSubstr(" 040 "), testing::HasSubstr("asserted intended"))));
}

TEST_F(EventCoderTest, RoleNounsGiveSourceAndVictimOfAnAssault) {
  EXPECT_THAT(Summary(Code("وهاجم مسلحون دورية للشرطة في المدينة", {})),
              ElementsAre("UAF 180 COP asserted actual"));
}

TEST_F(EventCoderTest, CountryQualifyingAPlaceIsNoSubject) {
  // في البقاع اللبناني: the country qualifies the place; the crowd is the source.
  EXPECT_THAT(Summary(Code("أقدم امس متظاهرون غاضبون في البقاع اللبناني على قطع الطريق الدولية",
                           {{"البقاع", "LBN", "LOC"}, {"اللبناني", "LBN", "MISC"}})),
              ElementsAre("CVL 144  asserted actual"));
}

TEST_F(EventCoderTest, ProtestNamingNoCrowdIsItsCallers) {
  // Not the armed man (المتطرف) named far after it.
  EXPECT_THAT(
      Summary(Code(
          "دعت النقابات وممثلون عن الأحزاب الديمقراطية امس الى القيام باحتجاجات ضد "
          "الحزب القومي الألماني ، وذلك بمناسبة تنظيم الحزب اليميني المتطرف لقاء "
          "انتخابيا في إحدى المدارس",
          {{"النقابات", "DEULAB"}, {"الأحزاب", "DEUPTY"}, {"الحزب القومي الألماني", "DEUPTY"}})),
      Contains(HasSubstr("DEULAB 140")));
}

TEST_F(EventCoderTest, ProtestCrowdNamedFurtherOn) {
  EXPECT_THAT(Summary(Code("اندلعت في العاصمة مظاهرات مناوئة للانقلاب في عدد من أحياء المدينة "
                           "الكبيرة، ورفع المتظاهرون شعارات وصورا",
                           {})),
              Contains("CVL 141  asserted actual"));
}

TEST_F(EventCoderTest, RoleNounAfterAnAttackNounIsTheAttacker) {
  // هجوم انتحاري: the suicide bomber attacked; the victims are the sect attacked.
  const std::vector<std::string> summary =
      Summary(Code("وقتل 20 شخصا في هجوم انتحاري على الطائفة اليزيدية", {}));
  EXPECT_THAT(summary, Not(Contains(HasSubstr(" UAF asserted"))));
  EXPECT_THAT(summary, Contains(::testing::StartsWith("UAF 18")));
}

TEST_F(EventCoderTest, TheOutcomeOfAnAttackNamesItsVictims) {
  // ما أسفر عن إصابة ثلاثة من عناصر الجيش: those the bombing hurt.
  EXPECT_THAT(Summary(Code("وقال ان الانتحاريين فجرا نفسيهما قرب القوة المداهمة لاحد المنازل، ما "
                           "اسفر عن اصابة ثلاثة من عناصر الجيش بجروح",
                           {{"الانتحاريين", "UAF"}, {"عناصر الجيش", "MIL"}})),
              Contains("UAF 183 MIL asserted actual"));
}

TEST_F(EventCoderTest, WhoClaimedAnAttackDidIt) {
  // تعرضت ثكنة … لاعتداء …، وقد تبناه تنظيم القاعدة.
  const std::vector<std::string> summary =
      Summary(Code("كما تعرضت ثكنة الغلاوية في الشمال لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه "
                   "تنظيم القاعدة في بلاد المغرب الإسلامي",
                   {{"تنظيم القاعدة في بلاد المغرب الإسلامي", "IMGMUSALQ"}}));
  EXPECT_THAT(summary, Contains(::testing::StartsWith("IMGMUSALQ 18")));
  EXPECT_THAT(summary, Not(Contains(HasSubstr(" IMGMUSALQ asserted"))));
}

TEST_F(EventCoderTest, PeopleNamedBeforeAnAttackInAPhraseOfCauseAreItsVictims) {
  // أصيبوا … إثر انفجار سيارة مفخخة شرق الموصل: the civilians were hit; the city is where.
  EXPECT_THAT(Summary(Code("ذكر مصدر أن اربعة مدنيين أصيبوا بجروح أمس إثر انفجار سيارة مفخخة "
                           "شرق الموصل",
                           {{"مدنيين", "CVL"}, {"الموصل", "IRQ", "LOC"}})),
              Contains(" 183 CVL asserted actual"));
}

TEST_F(EventCoderTest, PlaceBeforeAPassiveKillIsNeitherItsSubjectNorItsVictim) {
  EXPECT_THAT(
      Summary(
          Code("وفي جلولاء التابعة لمحافظة ديالى قتل احد افراد البيشمركة ( القوات "
               "الكردية ) واصيب 10 آخرون بجروح",
               {{"ديالى", "IRQ", "LOC"}, {"البيشمركة", "KURMIL"}, {"القوات الكردية", "KURMIL"}})),
      Contains(" 1823 KURMIL asserted actual"));
}

TEST_F(EventCoderTest, VictimAfterAPassiveKill) {
  // قتل 12 شخصا: those killed are the target, not the source.
  EXPECT_THAT(Summary(Code("وقتل 12 شخصا في الهجوم على السوق", {})),
              Contains(" 1823 CVL asserted actual"));
  EXPECT_THAT(Summary(Code("وقتل 4 جنود إثيوبيين في المدينة", {{"جنود إثيوبيين", "ETHMIL"}})),
              Contains(" 1823 ETHMIL asserted actual"));
}

TEST_F(EventCoderTest, CarriesThePreviousActor) {
  Analysis a =
      Code("وقال لافروف إن الوضع معقد\nمن جهته، انتقد الوزير المعارضة", {{"لافروف", "RUSGOV"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("RUSGOV 010  asserted actual", "RUSGOV 111  asserted actual"));
  EXPECT_TRUE(a.events[1].source.span.empty());  // implicit
}

TEST_F(EventCoderTest, RepeatsMergeIntoMentions) {
  Analysis a = Code("انتقدت واشنطن دمشق\nخبر آخر\nوانتقدت واشنطن دمشق مجددا",
                    {{"واشنطن", "USAGOV"}, {"دمشق", "SYRGOV"}});
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.events[0].mentions.size(), 1u);
  EXPECT_EQ(a.events[0].mentions[0], a.sentences[2].span);
}

TEST_F(EventCoderTest, DateFromTheSentence) {
  Analysis a = Code("هاجم مسلحون القرية الجمعة", {{"مسلحون", "UAF"}});
  a.dates.push_back({{0, 0}, "2015-09-18"});
  a.events.clear();
  a.dates[0].span = a.sentences[0].span;
  a.dates[0].span.start += 1;
  coder_->Apply(&a);
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].date, "2015-09-18");
}

TEST_F(EventCoderTest, BoilerplateSentencesAreNotCoded) {
  Analysis a = BuildAnalysis("انتقدت واشنطن دمشق", {{"واشنطن", "USAGOV"}, {"دمشق", "SYRGOV"}});
  a.sentences[0].boilerplate = true;
  coder_->Apply(&a);
  EXPECT_TRUE(a.events.empty());
}

TEST_F(EventCoderTest, DirectQuoteWithSpeaker) {
  Analysis a = Code("وقال الرئيس الإيراني \"لا أرى تحالفا بين إيران وروسيا\"",
                    {{"الرئيس الإيراني", "IRNGOV"}, {"إيران", "IRN"}, {"روسيا", "RUS"}});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker.actor, "IRNGOV");
  EXPECT_EQ(a.quotes[0].cue, "وقال");
  EXPECT_EQ(a.quotes[0].span.of(a.text()), "لا أرى تحالفا بين إيران وروسيا");
}

TEST_F(EventCoderTest, IndirectQuote) {
  Analysis a = Code("وقال لافروف إن الوضع في سوريا معقد.", {{"لافروف", "RUSGOV"}});
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker.text, "لافروف");
  EXPECT_EQ(a.quotes[0].span.of(a.text()), "الوضع في سوريا معقد");
}

TEST_F(EventCoderTest, QuotedNameIsNotAQuote) {
  Analysis a = Code("وقال لافروف إن روسيا تحارب تنظيم \"داعش\"", {{"لافروف", "RUSGOV"}});
  for (const Quote& q : a.quotes) EXPECT_NE(q.span.of(a.text()), "داعش");
}

TEST_F(EventCoderTest, SpeakerAfterTheOutletHeSpokeTo) {
  // لوكالة "X" الروسية قال Y: the outlet is inside a prepositional phrase, Y speaks.
  Analysis a = Code("وفي حديث لوكالة \"تاس\" الروسية قال المبعوث إن المحادثات مستمرة",
                    {{"تاس", "RUSMED"}, {"الروسية", "RUS"}, {"المبعوث", "USAGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, ActorListGoesOnPastAnInclusivePhrase) {
  Analysis a =
      Code("وعرض الرئيس على قادة العراق ودول الجوار، ومن بينها الكويت والأردن، المساعدة",
           {{"الرئيس", "RUSGOV"}, {"قادة العراق", "IRQGOV"}, {"الكويت", "KWT"}, {"الأردن", "JOR"}});
  // The countries listed after the leaders of Iraq are meant as governments too.
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 0312 IRQGOV asserted actual",
                                      "RUSGOV 0312 KWTGOV asserted actual",
                                      "RUSGOV 0312 JORGOV asserted actual"));
}

TEST_F(EventCoderTest, StatementDenyingKnowledgeIsADenial) {
  Analysis a = Code("وأكد وزير الخارجية أنه لا يعلم بوجود خبراء أجانب في البلاد",
                    {{"وزير الخارجية", "IRQGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("IRQGOV 016  asserted actual"));
}

TEST_F(EventCoderTest, StatementThatSomethingMustBeDoneIsAnAppeal) {
  Analysis a = Code("وأكد الوزير أن الخلاف يجب أن يحل من قبل مجلس الأمن",
                    {{"الوزير", "USAGOV"}, {"مجلس الأمن", "IGOUNO"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAGOV 020 IGOUNO asserted actual"));
}

TEST_F(EventCoderTest, ConditionAfterTheActMakesItHypothetical) {
  Analysis a = Code("موسكو ستنضم إلى التحالف الدولي بشروط",
                    {{"موسكو", "RUSGOV"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 062 IGOWSTMIL asserted hypothetical"));
}

TEST_F(EventCoderTest, QadBeforeAPastVerbIsNotHypothetical) {
  EXPECT_THAT(
      Summary(Code("وكان الوزير قد انتقد دمشق", {{"الوزير", "USAGOV"}, {"دمشق", "SYRGOV"}})),
      ElementsAre("USAGOV 111 SYRGOV asserted actual"));
  EXPECT_THAT(Summary(Code("روسيا قد تنتقد دمشق", {{"روسيا", "RUS"}, {"دمشق", "SYRGOV"}})),
              ElementsAre("RUS 111 SYRGOV asserted hypothetical"));
}

TEST_F(EventCoderTest, NounPredicatedOfCoordinatedActorsUnderDenial) {
  Analysis a = Code("ونفى الرئيس أن تكون إيران وروسيا جزءا من تحالف عسكري",
                    {{"الرئيس", "IRNGOV"}, {"إيران", "IRN"}, {"روسيا", "RUS"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("IRNGOV 016  asserted actual", "IRN 062 RUS asserted reported"));
}

TEST_F(EventCoderTest, EmbeddedActOfCoordinatedActorsUnderDenial) {
  Analysis a = Code("نفى الكرملين قيام عسكريين روس وسوريين بإنشاء مركز تنسيق في بغداد",
                    {{"الكرملين", "RUSGOV"},
                     {"عسكريين روس", "RUSMIL"},
                     {"سوريين", "SYRMIL"},
                     {"بغداد", "IRQGOV"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("RUSGOV 016  asserted actual", "RUSMIL 062 SYRMIL asserted reported"));
}

TEST_F(EventCoderTest, RepeatLendsTheTargetTheFirstRecordLacked) {
  Analysis a = Code("روسيا ستنضم إلى التحالف\nموسكو ستنضم إلى التحالف الدولي",
                    {{"روسيا", "RUS"}, {"موسكو", "RUSGOV"}, {"التحالف الدولي", "IGOWSTMIL"}});
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].target.actor, "IGOWSTMIL");
  EXPECT_EQ(a.events[0].mentions.size(), 1u);
}

TEST_F(EventCoderTest, DenialsOfDifferentThingsStayApart) {
  Analysis a =
      Code("نفى الوزير وجود قوات أجنبية\nونفى الوزير أي تدخل خارجي", {{"الوزير", "IRQGOV"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("IRQGOV 016  asserted actual", "IRQGOV 016  asserted actual"));
}

TEST_F(EventCoderTest, TopicBeforeACommaIsTheSubjectOfFaqad) {
  Analysis a = Code("كذلك، وزير الخارجية البريطاني، فقد دعا موسكو إلى الحوار",
                    {{"وزير الخارجية البريطاني", "GBRGOV"}, {"موسكو", "RUSGOV"}});
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].source.actor, "GBRGOV");
  EXPECT_EQ(a.events[0].target.actor, "RUSGOV");
}

TEST_F(EventCoderTest, PartyBetweenNamesTheTarget) {
  Analysis a = Code("وأشاد الوزير بتطور العلاقات بين روسيا والعراق",
                    {{"الوزير", "RUSGOV"}, {"روسيا", "RUS"}, {"العراق", "IRQ"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 051 IRQGOV asserted actual"));
}

TEST_F(EventCoderTest, UncodedTitleBeforeANameGivesWayToTheName) {
  Analysis a = Code("ونددت باريس \"بالزعيم\" كيم جونغ أون",
                    {{"باريس", "FRAGOV"}, {"الزعيم", ""}, {"كيم جونغ أون", "PRKGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("FRAGOV 111 PRKGOV asserted actual"));
}

TEST_F(EventCoderTest, ReportConveyingAProposalIsTheProposal) {
  Analysis b = Code("وقال الرئيس الروسي إنه أبلغ قادة الكويت وقطر باقتراحه",
                    {{"الرئيس الروسي", "RUSGOV"}, {"قادة الكويت", "KWTGOV"}, {"قطر", "QAT"}});
  EXPECT_THAT(Summary(b), ElementsAre("RUSGOV 030 KWTGOV asserted actual",
                                      "RUSGOV 030 QATGOV asserted actual"));
}

TEST_F(EventCoderTest, IntentionNounIsTheSpeakersOwnAct) {
  Analysis a = Code("وأعلنت واشنطن نيتها الطلب من الجانب الروسي دعم التحالف",
                    {{"واشنطن", "USAGOV"}, {"الجانب الروسي", "RUSGOV"}});
  // Support for the coalition is military cooperation (0212).
  EXPECT_THAT(Summary(a), Contains("USAGOV 0212 RUSGOV asserted intended"));
}

TEST_F(EventCoderTest, ActsAskedAboutAreNotCoded) {
  Analysis a = Code("وقال ردا على سؤال حول احتمال انضمام روسيا إلى التحالف الدولي إن الأمر سابق",
                    {{"روسيا", "RUS", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), Not(Contains("RUS 062 IGOWSTMIL asserted hypothetical")));
  EXPECT_THAT(Summary(a), Not(Contains("RUS 060 IGOWSTMIL asserted hypothetical")));
}

TEST_F(EventCoderTest, ActNamedWithADemonstrativeIsAlreadyKnown) {
  // The calls are no new appeal; holding them void is a rejection (of no one named here).
  Analysis a = Code("ولكن موسكو ترى بتلك الدعوات أمورا باطلة", {{"موسكو", "RUSGOV", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 120  asserted actual"));
}

TEST_F(EventCoderTest, RejectionOfAKnownProposalAnswersItsMaker) {
  Analysis a = Code("وعرضت أنقرة على دمشق وقف إطلاق النار، لكن دمشق رفضت هذا العرض",
                    {{"أنقرة", "TURGOV", "LOC"}, {"دمشق", "SYRGOV", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("SYRGOV 120 TURGOV asserted actual"));
}

TEST_F(EventCoderTest, SayingOfAnUncodedNameIsNoStatement) {
  Analysis a = Code("وفي ذلك يصدق قول الشاعر الكبير إن الصبر مفتاح الفرج", {{"الشاعر الكبير", ""}});
  EXPECT_THAT(Summary(a), IsEmpty());
  Analysis b = Code("وجاء ذلك بعد قول مسؤولين في واشنطن إن أنقرة وافقت على الطلب",
                    {{"مسؤولين في واشنطن", "USAGOV"}, {"أنقرة", "TURGOV", "LOC"}});
  EXPECT_THAT(Summary(b), Contains("USAGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, AimIsNotAnAct) {
  Analysis a = Code("وتوصلت واشنطن وموسكو إلى اتفاق تمهيدا لمباحثات السلام بين المعارضة ودمشق",
                    {{"واشنطن", "USAGOV"}, {"موسكو", "RUSGOV"}, {"دمشق", "SYRGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAGOV 057 RUSGOV asserted actual"));
}

TEST_F(EventCoderTest, AnyProposalIsNoProposal) {
  Analysis a = Code("وقال هيغل إن أي توصية أو عرض صادر من عضو يستحق النظر", {{"هيغل", "USAELI"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAELI 010  asserted actual"));
}

TEST_F(EventCoderTest, DeniedNounIsTheDeniersAct) {
  Analysis a = Code("نفت الولايات المتحدة أي تنسيق مع طهران على هذا الصعيد",
                    {{"الولايات المتحدة", "USA", "LOC"}, {"طهران", "IRNGOV", "LOC"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("USA 016  asserted actual", "USA 062 IRNGOV asserted reported"));
}

TEST_F(EventCoderTest, RequestNotReceivedWasAddressedToTheSpeaker) {
  Analysis a = Code("البنتاجون: لم نتلق طلبا روسيا لتنفيذ غارات مشتركة",
                    {{"البنتاجون", "USAMIL"}, {"روسيا", "RUS"}});
  EXPECT_THAT(Summary(a), Contains("RUS 0212 USAMIL negated actual"));
}

TEST_F(EventCoderTest, MilitaryContentRefinesAnAppeal) {
  Analysis a = Code("وطلبت موسكو من واشنطن البدء بتنفيذ غارات جوية مشتركة",
                    {{"موسكو", "RUSGOV", "LOC"}, {"واشنطن", "USAGOV", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 0212 USAGOV asserted actual"));
}

TEST_F(EventCoderTest, AppealForPoliticalBackingIsDiplomatic) {
  Analysis a =
      Code("ودعا جونسون موسكو للوقوف إلى جانب التحالف الدولي",
           {{"جونسون", "GBRGOV"}, {"موسكو", "RUSGOV", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), Contains("GBRGOV 022 RUSGOV asserted actual"));
}

TEST_F(EventCoderTest, ProspectsOfCooperationAreTheSpeakersIntent) {
  Analysis a = Code("وأكد الجعفري أن آفاق التعاون مع روسيا كبيرة",
                    {{"الجعفري", "IRQGOV"}, {"روسيا", "RUS", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("IRQGOV 030 RUSGOV asserted actual"));
}

TEST_F(EventCoderTest, AppealForDialogueIsAnAppealToNegotiate) {
  Analysis a = Code("وشدد لافروف على ضرورة العمل من أجل إقامة حوار وطني مستقر في اليمن",
                    {{"لافروف", "RUSGOV"}, {"اليمن", "YEM", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 026 YEM asserted actual"));
}

TEST_F(EventCoderTest, CounterpartHasThePeersRole) {
  Analysis a = Code("والتقى الوزير الروسي مع نظيره العراقي في موسكو",
                    {{"الوزير الروسي", "RUSGOV"}, {"العراقي", "IRQ"}, {"موسكو", "RUSGOV", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 040 IRQGOV asserted actual"));
}

TEST_F(EventCoderTest, GovernmentPraisingACountryPraisesItsGovernment) {
  Analysis a = Code("وأشاد لافروف بتطور التعاون الثنائي بين روسيا والعراق",
                    {{"لافروف", "RUSGOV"}, {"روسيا", "RUS", "LOC"}, {"العراق", "IRQ", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 051 IRQGOV asserted actual"));
}

TEST_F(EventCoderTest, AppealToACountryKeepsTheCountry) {
  Analysis a =
      Code("ودعا لافروف العراق إلى الحوار", {{"لافروف", "RUSGOV"}, {"العراق", "IRQ", "LOC"}});
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].target.actor, "IRQ");
}

TEST_F(EventCoderTest, PraiseOfARegionKeepsTheRegion) {
  Analysis a = Code("وأشاد لافروف بالغرب", {{"لافروف", "RUSGOV"}, {"الغرب", "WST", "LOC"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 051 WST asserted actual"));
}

TEST_F(EventCoderTest, ActAQuestionAsksAboutIsHypothetical) {
  Analysis a = Code("هل ستنضم روسيا إلى التحالف الدولي؟",
                    {{"روسيا", "RUS", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUS 062 IGOWSTMIL asserted hypothetical"));
  Analysis b = Code("انضمت روسيا إلى التحالف الدولي. فهل تنجح؟",
                    {{"روسيا", "RUS", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(b), Contains("RUS 062 IGOWSTMIL asserted actual"));
  // The question starts at its interrogative: what comes before it is told, not asked.
  Analysis c = Code("انضمت روسيا إلى التحالف الدولي، إلا أن السؤال هل تنجح؟",
                    {{"روسيا", "RUS", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}});
  EXPECT_THAT(Summary(c), Contains("RUS 062 IGOWSTMIL asserted actual"));
}

TEST_F(EventCoderTest, QuestionReachesBackOnlyToItsClause) {
  Analysis a =
      Code("وانضمت روسيا إلى التحالف الدولي، وتساءل لافروف: هل تنجح الجهود؟",
           {{"روسيا", "RUS", "LOC"}, {"التحالف الدولي", "IGOWSTMIL"}, {"لافروف", "RUSGOV"}});
  EXPECT_THAT(Summary(a), Contains("RUS 062 IGOWSTMIL asserted actual"));
}

TEST_F(EventCoderTest, ApprovalOfAnAppointmentIsNoIntentToCooperate) {
  Analysis a = Code("وافق الاتحاد السعودي لكرة القدم على تعيين المدرب البلجيكي مديرا فنيا",
                    {{"الاتحاد السعودي لكرة القدم", "SAU"}});
  EXPECT_THAT(Summary(a), IsEmpty());
  // A comma after the subject and a long title do not hide what is approved.
  Analysis c = Code("وافق مجلس الوزراء العراقي، أمس على مشروع القرار الذي قدمه رئيس الحكومة",
                    {{"مجلس الوزراء العراقي", "IRQGOV"}});
  EXPECT_THAT(Summary(c), IsEmpty());
  Analysis b = Code("وافقت تركيا على مشاركة الولايات المتحدة في توجيه ضربات جوية",
                    {{"تركيا", "TUR", "LOC"}, {"الولايات المتحدة", "USA", "LOC"}});
  ASSERT_FALSE(b.events.empty());
  EXPECT_EQ(b.events[0].code.substr(0, 2), "03");
  EXPECT_EQ(b.events[0].source.actor, "TUR");
}

TEST_F(EventCoderTest, AnnouncingThatNoRequestCameIsADenial) {
  Analysis a = Code("أعلنت وزارة الدفاع الأمريكية عدم تلقي طلب روسي بشأن تنفيذ غارات مشتركة",
                    {{"وزارة الدفاع الأمريكية", "USAMIL"}});
  EXPECT_THAT(Summary(a), Contains("USAMIL 016  asserted actual"));
}

TEST_F(EventCoderTest, QuestionAboutWhatShouldBeDoneIsNoAppeal) {
  Analysis a = Code("وقال الوزير: هل ينبغي أن يبقى نظام الأسد أم لا؟",
                    {{"الوزير", "TURGOV"}, {"نظام الأسد", "SYRGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("TURGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, ActInAnotherSpeakersClauseLeavesTheStatement) {
  Analysis a = Code(
      "أكد بوتين لأردوغان بأن روسيا جاءت إلى سوريا، وبحسب رويترز فإن روسيا وتركيا "
      "يبحثون في شتى السبل",
      {{"بوتين", "RUSGOV"},
       {"أردوغان", "TURGOV"},
       {"روسيا", "RUS", "LOC"},
       {"سوريا", "SYR", "LOC"},
       {"رويترز", "MED"},
       {"تركيا", "TUR", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 010 TURGOV asserted actual"));
  EXPECT_THAT(Summary(a), Contains("RUS 040 TUR asserted actual"));
}

TEST_F(EventCoderTest, StatementThatOnesOwnSideDidNotActIsADenial) {
  Analysis a = Code("أكد بوتين لأردوغان بأن روسيا لم تأت إلى سوريا من أجل الدفاع عن الأسد",
                    {{"بوتين", "RUSGOV"},
                     {"أردوغان", "TURGOV"},
                     {"روسيا", "RUS", "LOC"},
                     {"سوريا", "SYR", "LOC"},
                     {"الأسد", "SYRGOV"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 016 TURGOV asserted actual"));
  // Another side that did not act: a statement, not a denial.
  Analysis b = Code("أكد بوتين بأن تركيا لم تأت إلى سوريا",
                    {{"بوتين", "RUSGOV"}, {"تركيا", "TUR", "LOC"}, {"سوريا", "SYR", "LOC"}});
  EXPECT_THAT(Summary(b), Not(Contains("RUSGOV 016  asserted actual")));
  Analysis c = Code("وقال الوزير إننا لم نرسل قوات إلى سوريا",
                    {{"الوزير", "RUSGOV"}, {"سوريا", "SYR", "LOC"}});
  EXPECT_THAT(Summary(c), Contains("RUSGOV 016  asserted actual"));
  // The impersonal أنه (أنه لم تتوفر تفاصيل) denies nothing.
  Analysis d = Code("وقالت المفوضية إنه لم تتوفر بعد تفاصيل عن جنسياتهم", {{"المفوضية", "IGOUNO"}});
  EXPECT_THAT(Summary(d), ElementsAre("IGOUNO 010  asserted actual"));
}

TEST_F(EventCoderTest, CooperationRefusedIsARejection) {
  Analysis a = Code("وقال المتحدث إن الولايات المتحدة لا تتعاون مع الروس",
                    {{"المتحدث", "USAMIL"}, {"الولايات المتحدة", "USA", "LOC"}, {"الروس", "RUS"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAMIL 121 RUS asserted actual"));
}

TEST_F(EventCoderTest, ClaimDeniedInTheSameSentenceIsReported) {
  Analysis a =
      Code("وأعلن الوزير أن موسكو طلبت من واشنطن المساعدة، وهو ما نفت واشنطن حدوثه",
           {{"الوزير", "RUSMIL"}, {"موسكو", "RUSGOV", "LOC"}, {"واشنطن", "USAGOV", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSMIL 020 USAGOV asserted reported"));
  EXPECT_THAT(Summary(a), Not(Contains("RUSMIL 010  asserted actual")));
}

TEST_F(EventCoderTest, ActorBeforeARelativePronounActs) {
  Analysis a = Code("وفي لقاء مع الوزير الروسي الذي دعا تركيا إلى الحوار",
                    {{"الوزير الروسي", "RUSGOV"}, {"تركيا", "TUR", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 026 TUR asserted actual"));
}

TEST_F(EventCoderTest, VerbalNounAfterAPossibilityWord) {
  Analysis a =
      Code("وأعلن الوزير إمكانية تعاون واشنطن مع موسكو لمحاربة داعش", {{"الوزير", "USAMIL"},
                                                                       {"واشنطن", "USAGOV", "LOC"},
                                                                       {"موسكو", "RUSGOV", "LOC"},
                                                                       {"داعش", "IMGMUSISI"}});
  EXPECT_THAT(Summary(a), Contains("USAGOV 062 RUSGOV asserted hypothetical"));
}

TEST_F(EventCoderTest, SubjectIsNotInsideAPrepositionalPhrase) {
  Analysis a = Code("قال لافروف إن الوضع صعب.\nوقال بخصوص الملف النووي الإيراني إن الحل قريب",
                    {{"لافروف", "RUSGOV"}, {"الإيراني", "IRN"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, QuotedWordsAreNotTheSpeaker) {
  Analysis a = Code("قال لافروف إن الوضع صعب.\nوقال «الجعفري صديق قديم»",
                    {{"لافروف", "RUSGOV"}, {"الجعفري", "IRQGOV"}});
  EXPECT_THAT(Summary(a), ElementsAre("RUSGOV 010  asserted actual"));
  Analysis b = Code("وندد «حزب الله» بالهجوم", {{"حزب الله", "LBNMIL"}});
  EXPECT_THAT(Summary(b), ElementsAre("LBNMIL 111  asserted actual"));
}

TEST_F(EventCoderTest, StatementsOfDifferentRolesStayApart) {
  Analysis a = Code("وقالت صحيفة إيزفيستا إن الوضع صعب.\nوقال بوتين إن الوضع صعب",
                    {{"إيزفيستا", "RUSMED"}, {"بوتين", "RUSGOV"}});
  EXPECT_THAT(Summary(a),
              ElementsAre("RUSMED 010  asserted actual", "RUSGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, ProposalConveyedFarAfterTheVerbIsTheMostSpecificMadeBefore) {
  Analysis a = Code(
      "اقترح بوتين تشكيل تحالف جديد.\nوقال بوتين اقترحنا التعاون مع دول المنطقة.\n"
      "وقال إنه أبلغ بنفسه قادة تركيا والسعودية، وكذلك الولايات المتحدة باقتراحه",
      {{"بوتين", "RUSGOV"},
       {"قادة تركيا", "TURGOV"},
       {"السعودية", "SAU", "LOC"},
       {"الولايات المتحدة", "USA", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 0312 SAUGOV asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("RUSGOV 030 SAUGOV asserted actual")));
  // The first proposal keeps no target: the later sentence names several, its own.
  EXPECT_THAT(Summary(a), Contains("RUSGOV 0312  asserted actual"));
  EXPECT_THAT(Summary(a), Contains("RUSGOV 0312 TURGOV asserted actual"));
}

TEST_F(EventCoderTest, ProposalConveyedIsTheOneMadeBefore) {
  Analysis a = Code("اقترح بوتين تشكيل تحالف جديد.\nوقال إنه أبلغ قادة تركيا بمقترحه",
                    {{"بوتين", "RUSGOV"}, {"قادة تركيا", "TURGOV"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 0312 TURGOV asserted actual"));
}

TEST_F(EventCoderTest, AcceptingAKnownProposalTargetsItsMaker) {
  Analysis a = Code(
      "وقال الوزير إن موسكو طلبت من واشنطن تنفيذ غارات مشتركة.\n"
      "وأكد الوزير موافقة الرئيس السوري بشار الأسد، على هذا المقترح",
      {{"الوزير", "RUSMIL"},
       {"موسكو", "RUSGOV", "LOC"},
       {"واشنطن", "USAGOV", "LOC"},
       {"الرئيس السوري بشار الأسد", "SYRGOV", "PER"}});
  // A military request accepted is military cooperation intended, towards the requester.
  EXPECT_THAT(Summary(a), Contains("SYRGOV 0312 RUSMIL asserted actual"));
}

TEST_F(EventCoderTest, AcceptingSomethingNotAProposalHasNoTarget) {
  Analysis a =
      Code("وطلبت موسكو من واشنطن تنفيذ غارات.\nووافق الأسد على تسليمه إلى السلطات",
           {{"موسكو", "RUSGOV", "LOC"}, {"واشنطن", "USAGOV", "LOC"}, {"الأسد", "SYRGOV", "PER"}});
  EXPECT_THAT(Summary(a), Contains("SYRGOV 030  asserted actual"));
}

TEST_F(EventCoderTest, ReservingTheRightToAttackIsAThreatMadeNow) {
  Analysis a =
      Code("وأكد شويجو موافقة الأسد على المقترح، وأن روسيا ستحتفظ بحق تنفيذ هجمات",
           {{"شويجو", "RUSMIL", "PER"}, {"الأسد", "SYRGOV", "PER"}, {"روسيا", "RUS", "LOC"}});
  // The speaker's country acts in the speaker's role, also in a clause opened far from the verb.
  EXPECT_THAT(Summary(a), Contains("RUSMIL 138  asserted actual"));
  // Its act codes what the speaker said: no plain statement.
  EXPECT_THAT(Summary(a), Not(Contains("RUSMIL 010  asserted actual")));
}

TEST_F(EventCoderTest, ReservingTheRightToReplyIsAThreat) {
  Analysis a = Code("وأكدت الوزارة أنها تحتفظ بحقها في الرد", {{"الوزارة", "SAUGOV"}});
  EXPECT_THAT(Summary(a), Contains("SAUGOV 130  asserted actual"));
}

TEST_F(EventCoderTest, ProtestersDemandingOfAnActorTargetIt) {
  Analysis a = Code("وتجمع مئات المتظاهرين امام المبنى، مطالبين الحكومة التركية بالتدخل",
                    {{"الحكومة التركية", "TURGOV"}});
  EXPECT_THAT(Summary(a), Contains("CVL 141 TURGOV asserted actual"));
}

TEST_F(EventCoderTest, AgentOfAPassiveAssaultIsItsSource) {
  Analysis a = Code("وقال مسؤول ان خمسة إثيوبيين خطفوا على أيدي رجال مسلحين الخميس",
                    {{"إثيوبيين", "ETH", "MISC"}});
  EXPECT_THAT(Summary(a), Contains("UAF 181 ETH asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("ETH 181 UAF asserted actual")));
}

TEST_F(EventCoderTest, AgentAfterAPassiveDropsAFarSpeakerAsSource) {
  Analysis a = Code("وقال خليل إن ضابطا وجنديا من الجيش اختطفا من منزليهما على يد مسلحين",
                    {{"خليل", "PSE", "PER"}});
  // The soldiers taken (ضابطا وجنديا من الجيش) are the victims.
  EXPECT_THAT(Summary(a), Contains("UAF 181 MIL asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("UAF 181 PSE asserted actual")));
}

TEST_F(EventCoderTest, PluralVerbTakesTheNameAfterItAsObject) {
  Analysis a = Code(
      "أعلنت القنصلية الافغانية ان مجهولين خطفوا امس القنصل الافغاني في بيشاور شمال غرب "
      "باكستان",
      {{"القنصلية الافغانية", "AFGGOV"}, {"القنصل الافغاني", "AFGGOV"}, {"باكستان", "PAK"}});
  EXPECT_THAT(Summary(a), Contains("UAF 181 AFGGOV asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("AFGGOV 181 PAK asserted actual")));
}

// Protesters who clash riot (CAMEO 145, PLOVER PROTEST).
TEST_F(EventCoderTest, CountedCrowdClashesWithTheActorAfterWith) {
  Analysis a = Code(
      "اشتبك العشرات من المتظاهرين الفلسطينيين ممن نجحوا في اقتحام معبر رفح الى البوابة "
      "المصرية مع رجال الامن المصري",
      {{"المتظاهرين الفلسطينيين", "PSECVL"}, {"رجال الامن المصري", "EGYCOP"}});
  EXPECT_THAT(Summary(a), Contains("PSECVL 145 EGYCOP asserted actual"));
}

TEST_F(EventCoderTest, KilledInAnAttackAreTheVictims) {
  Analysis a = Code("وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي امس في هجوم انتحاري",
                    {{"الجيش العراقي", "IRQMIL"}});
  EXPECT_THAT(Summary(a), Contains("UAF 1823 IRQMIL asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("IRQMIL 1823  asserted actual")));
}

TEST_F(EventCoderTest, ActiveKillerBeforeACountIsTheSource) {
  Analysis a = Code("وقتل مهاجم انتحاري 47 شخصا في هجوم على انصار المعارضة", {});
  EXPECT_THAT(Summary(a), Contains("UAF 1823  asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains(" 1823 UAF asserted actual")));
}

TEST_F(EventCoderTest, APlaceAfterAVisitIsWhereItGoes) {
  Analysis a = Code("ويعتزم كيري زيارة الدوحة في الأسابيع المقبلة",
                    {{"كيري", "USAGOV", "PER"}, {"الدوحة", "QATGOV", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("USAGOV 042 QATGOV asserted intended"));
  // A person after the visit noun is the visitor.
  Analysis visitor = Code("واحتلت زيارة أوباما الصفحات الأولى للصحف الكينية",
                          {{"أوباما", "USAGOV", "PER"}, {"الكينية", "KEN", "MISC"}});
  EXPECT_THAT(Summary(visitor), Contains(::testing::StartsWith("USAGOV 042")));
}

TEST_F(EventCoderTest, CrowdNotPlaceProtests) {
  Analysis a =
      Code("وفي بغداد أحرق متظاهرون أعلام اسرائيل في احتجاجات عمت العراق امس",
           {{"بغداد", "IRQGOV", "LOC"}, {"اسرائيل", "ISR", "LOC"}, {"العراق", "IRQ", "LOC"}});
  EXPECT_THAT(Summary(a), Contains(::testing::StartsWith("CVL 14")));
  EXPECT_THAT(Summary(a), Not(Contains(::testing::StartsWith("IRQ 14"))));
}

TEST_F(EventCoderTest, NamedCrowdIsTheSourceOfAProtest) {
  Analysis a = Code("اندلعت امس مظاهرات في وسط المدينة ورفع المتظاهرون الغاضبون لافتات",
                    {{"المتظاهرون الغاضبون", "EGYCVL"}});
  EXPECT_THAT(Summary(a), Contains(::testing::StartsWith("EGYCVL 14")));
}

TEST_F(EventCoderTest, MilitantsKilledAreTheTarget) {
  Analysis a = Code("قتلت قوات الامن الباكستانية ستة متشددين في غارة شنتها ليلا",
                    {{"قوات الامن الباكستانية", "PAKCOP"}});
  EXPECT_THAT(Summary(a), Contains("PAKCOP 1823 REB asserted actual"));
}

TEST_F(EventCoderTest, HeadlineStatementAnnouncesTheSpeakersReportedWords) {
  Analysis a = Code(
      "وزير الدفاع السابق: العرض الروسي يستحق النظر\n"
      "وأكد وزير الدفاع السابق أن العرض يجب أن يدرس بعناية من قبل الأمم المتحدة",
      {{"وزير الدفاع السابق", "USAELI", "PER"}, {"الأمم المتحدة", "IGOUNO"}});
  EXPECT_THAT(Summary(a), Contains("USAELI 020 IGOUNO asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("USAELI 010  asserted actual")));
}

TEST_F(EventCoderTest, HeadlineStatementAloneIsARecord) {
  Analysis a = Code("وزير الدفاع السابق: العرض الروسي يستحق النظر",
                    {{"وزير الدفاع السابق", "USAELI", "PER"}});
  EXPECT_THAT(Summary(a), ElementsAre("USAELI 010  asserted actual"));
}

TEST_F(EventCoderTest, DenyingTheSamePartiesAgainIsOneDenial) {
  Analysis a = Code(
      "فنفى الرئيس أن تكون إيران وروسيا جزءا من تحالف.\n"
      "وقال الرئيس \"لا أرى تحالفا بين إيران وروسيا في القتال ضد الإرهاب\"",
      {{"الرئيس", "IRNGOV", "PER"}, {"إيران", "IRN", "LOC"}, {"روسيا", "RUS", "LOC"}});
  const auto denials = std::count_if(a.events.begin(), a.events.end(),
                                     [](const Event& e) { return e.code == "016"; });
  EXPECT_EQ(denials, 1);
  EXPECT_THAT(Summary(a), Not(Contains("RUS 190  asserted reported")));
  EXPECT_THAT(Summary(a), Not(Contains("IRNGOV 010  asserted actual")));
}

TEST_F(EventCoderTest, DenialsOfOtherPartiesStayApart) {
  Analysis a = Code(
      "وأوضح الجعفري أن القوات تعمل تحت إدارة الحكومة ولا وجود لأي تدخل خارجي.\n"
      "ونفى الجعفري وجود أي أدلة على دعم التحالف لتنظيم داعش",
      {{"الجعفري", "IRQGOV", "PER"}, {"التحالف", "IGOWSTMIL"}, {"داعش", "IMGMUSISI"}});
  const auto denials = std::count_if(a.events.begin(), a.events.end(),
                                     [](const Event& e) { return e.code == "016"; });
  EXPECT_EQ(denials, 2);
}

TEST_F(EventCoderTest, VerbWithoutSubjectContinuesTheLastActorOfTheSentence) {
  Analysis a =
      Code("ورفض ديفيس الكشف عن موقف بلاده، إلا أنه قال إن الولايات المتحدة لا تتعاون مع الروس",
           {{"ديفيس", "USAMIL", "PER"}, {"الولايات المتحدة", "USA", "LOC"}, {"الروس", "RUS"}});
  EXPECT_THAT(Summary(a), Contains("USAMIL 121 RUS asserted actual"));
}

TEST_F(EventCoderTest, AVerbWithoutSubjectContinuesTheLastSpeakerNotAnActInHisWords) {
  // وأضاف أن إيران رفضت …: the next sentence's bare وأوضح is still Schumer's, not Iran's.
  Analysis a = Code(
      "وقال شومر إن الاتفاق سيئ جدا\nوأضاف أن إيران رفضت السماح بتفتيش مواقعها العسكرية\n"
      "وأوضح أن التأخير لمدة 24 يوما قبل التفتيش مقلق للغاية",
      {{"شومر", "USALEG", "PER"}, {"إيران", "IRN", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("USALEG 010  asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("IRN 010  asserted actual")));
}

TEST_F(EventCoderTest, OfferingTalksBetweenOthersIsAnOfferToMediate) {
  Analysis a = Code("وأعربت روسيا عن استعدادها للمساهمة في إرساء حوار بين هذه الدول",
                    {{"روسيا", "RUS", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUS 039  asserted actual"));
}

TEST_F(EventCoderTest, DenialsOfTheSameActByOneCountryAreOneEvent) {
  // The headline and the text deny the same Russian request: one record, two mentions.
  Analysis a = Code(
      "الخارجية الأمريكية: لم نتلق طلبا روسيا للتعاون\n"
      "وأعلن وزير الدفاع الروسي أن موسكو طلبت من واشنطن التعاون، وهو ما نفت واشنطن حدوثه.",
      {{"الخارجية الأمريكية", "USAGOV"},
       {"روسيا", "RUS"},
       {"وزير الدفاع الروسي", "RUSMIL"},
       {"موسكو", "RUSGOV", "LOC"},
       {"واشنطن", "USAGOV", "LOC"}});
  const auto denials = std::count_if(a.events.begin(), a.events.end(),
                                     [](const Event& e) { return e.code == "016"; });
  EXPECT_EQ(denials, 1);
  for (const Event& e : a.events) {
    if (e.code == "016") {
      EXPECT_EQ(e.mentions.size(), 1u);
    }
  }
}

TEST_F(EventCoderTest, DenialsOfDifferentActsByOneCountryStayApart) {
  Analysis a = Code(
      "الخارجية الأمريكية: لم نتلق طلبا روسيا للتعاون\n"
      "وأعلن مسؤول إيراني أن طهران هاجمت السفينة، وهو ما نفت واشنطن حدوثه.",
      {{"الخارجية الأمريكية", "USAGOV"},
       {"روسيا", "RUS"},
       {"مسؤول إيراني", "IRNGOV"},
       {"طهران", "IRNGOV", "LOC"},
       {"واشنطن", "USAGOV", "LOC"}});
  const auto denials = std::count_if(a.events.begin(), a.events.end(),
                                     [](const Event& e) { return e.code == "016"; });
  EXPECT_EQ(denials, 2);
}

TEST_F(EventCoderTest, WeInAQuoteAreItsSpeaker) {
  Analysis a =
      Code("وقال لافروف «أبلغني الوزير العراقي بالتفاصيل. نحن أكدنا تضامننا مع الدولة الصديقة»",
           {{"لافروف", "RUSGOV", "PER"}, {"الوزير العراقي", "IRQGOV"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 010  asserted actual"));
  // The minister named after أبلغني did the informing: the speaker before the quotation is not
  // the subject of a verb inside it.
  EXPECT_THAT(Summary(a), Contains("IRQGOV 010  asserted actual"));
}

TEST_F(EventCoderTest, AnActorBeforeAQuotationIsNotTheSubjectOfAVerbInIt) {
  Analysis a = Code("وقال لافروف «يرفض شركاؤنا الأمريكيون الاعتراف بالأسد شريكا».",
                    {{"لافروف", "RUSGOV", "PER"}, {"الأمريكيون", "USA"}, {"الأسد", "SYRGOV"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 010  asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains(HasSubstr("RUSGOV 12"))));
}

TEST_F(EventCoderTest, EconomicAndMilitaryFieldsTogetherAreMaterialCooperation) {
  Analysis both = Code("وأكد الوزير أن آفاق التعاون مع الصين كبيرة في المجالين الاقتصادي والعسكري",
                       {{"الوزير", "EGYGOV"}, {"الصين", "CHN"}});
  EXPECT_THAT(Summary(both), Contains("EGYGOV 031 CHNGOV asserted actual"));
  Analysis economic = Code("وأبدت روسيا استعدادها لتعزيز التجارة مع مصر",
                           {{"روسيا", "RUS", "LOC"}, {"مصر", "EGY", "LOC"}});
  EXPECT_THAT(Summary(economic), Contains("RUS 0311  asserted actual"));
}

TEST_F(EventCoderTest, AppealForATruceIsAnAppealToDeEscalate) {
  Analysis a =
      Code("ودعا الأمين العام الطرفين إلى هدنة إنسانية فورية", {{"الأمين العام", "IGOUNO"}});
  EXPECT_THAT(Summary(a), ElementsAre("IGOUNO 0256  asserted actual"));
}

TEST_F(EventCoderTest, AppealToAPronounSubjectAddressesTheLastClauseSubject) {
  // يثبتوا carries its subject: the addressee is إيران (its clause's subject), not what follows.
  Analysis a = Code(
      "وقال المتحدث الأمريكي إن إيران تريد دورا في المنطقة، ويجب أن يثبتوا حسن نيتهم تجاه "
      "السعودية",
      {{"المتحدث الأمريكي", "USAGOV"}, {"إيران", "IRN", "LOC"}, {"السعودية", "SAU", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("USAGOV 020 IRN asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("USAGOV 020 SAU asserted actual")));
}

TEST_F(EventCoderTest, MeetingBetweenHimAndAPartnerIsHis) {
  Analysis a =
      Code("وقال الوزير القطري إنه جرت خلال الاجتماع بينه وبين كيري مناقشة الأوضاع في المنطقة",
           {{"الوزير القطري", "QATGOV"}, {"كيري", "USAGOV", "PER"}});
  EXPECT_THAT(Summary(a), Contains("QATGOV 040 USAGOV asserted actual"));
}

TEST_F(EventCoderTest, WhatIntelligenceSaysIsAClaimAmongItsCoSubjects) {
  Analysis a = Code(
      "وقالت الصحيفة نقلا عن معلومات استخباراتية إن العسكريين الروس والإيرانيين نظموا مركز "
      "تنسيق في بغداد للتعاون مع العشائر",
      {{"الصحيفة", "USAMED"},
       {"العسكريين الروس", "RUSMIL"},
       {"الإيرانيين", "IRNMIL"},
       {"بغداد", "IRQGOV", "LOC"},
       {"العشائر", ""}});
  EXPECT_THAT(Summary(a), Contains("RUSMIL 062 IRNMIL asserted reported"));
  EXPECT_THAT(Summary(a), Not(Contains("RUSMIL 062  asserted reported")));
}

TEST_F(EventCoderTest, IsConsideredIsNoStatement) {
  Analysis a = Code("وتعتبر السعودية أكبر مصدر للنفط في العالم", {{"السعودية", "SAU", "LOC"}});
  EXPECT_THAT(a.events, IsEmpty());
}

TEST_F(EventCoderTest, WhatALongNamedAddresseeIsAskedToDoHasNotHappened) {
  Analysis a =
      Code("الحكومة اليمنية تدعو مفوض الأمم المتحدة لحقوق الإنسان لزيارة مدينة عدن",
           {{"الحكومة اليمنية", "YEMGOV"}, {"مفوض الأمم المتحدة لحقوق الإنسان", "IGOUNO"}});
  EXPECT_THAT(Summary(a), Contains("YEMGOV 020 IGOUNO asserted actual"));
  for (const Event& e : a.events) EXPECT_NE(e.code, "042");
}

TEST_F(EventCoderTest, ThoseWhosePresenceIsDeniedHoldItsPurpose) {
  Analysis a = Code("وقال الوزير إنه لا يعلم بوجود خبراء أتراك في سوريا للتنسيق مع الجيش السوري",
                    {{"الوزير", "IRQGOV"},
                     {"خبراء أتراك", "TURMIL"},
                     {"سوريا", "SYR", "LOC"},
                     {"الجيش السوري", "SYRMIL"}});
  EXPECT_THAT(Summary(a), Contains("IRQGOV 016  asserted actual"));
  EXPECT_THAT(Summary(a), Contains("TURMIL 062 SYRMIL asserted reported"));
}

TEST_F(EventCoderTest, ACapitalInTheSentenceTellsWhoInTheCountryActs) {
  Analysis a = Code(
      "وأشارت الصحيفة إلى رفض روسيا المشاركة في التحالف، وبحسبها فإن مسؤولين عبروا عن رفض "
      "موسكو المشاركة في التحالف",
      {{"الصحيفة", "RUSMED"},
       {"روسيا", "RUS", "LOC"},
       {"التحالف", "IGOWSTMIL"},
       {"موسكو", "RUSGOV", "LOC"}});
  EXPECT_THAT(Summary(a), Contains("RUSGOV 1212 IGOWSTMIL asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("RUS 1212 IGOWSTMIL asserted actual")));
}

TEST_F(EventCoderTest, ConfirmingAKnownCooperationIsTakingPartInIt) {
  Analysis a = Code(
      "وأعلن الجيش الأردني تبادل المعلومات الاستخبارية مع مصر.\n"
      "ولاحقا، أكد وزير الخارجية المصري هذا التعاون.",
      {{"الجيش الأردني", "JORMIL"}, {"مصر", "EGY", "LOC"}, {"وزير الخارجية المصري", "EGYGOV"}});
  EXPECT_THAT(Summary(a), Contains("JORMIL 064 EGY asserted actual"));
  EXPECT_THAT(Summary(a), Contains("EGYGOV 064 JORMIL asserted actual"));
  EXPECT_THAT(Summary(a), Not(Contains("EGYGOV 010  asserted actual")));
}

TEST_F(EventCoderTest, BareRoleListedAfterAnOrganIsNoCountry) {
  // Countries listed after an organ share its role (TURGOV), never a bare role: the police
  // addressed with the Iraqi government stay COP, not COPGOV.
  Analysis a = Code("ودعت تركيا الحكومة العراقية والشرطة إلى التعاون",
                    {{"تركيا", "TUR"}, {"الحكومة العراقية", "IRQGOV"}, {"الشرطة", "COP"}});
  std::vector<std::string> targets;
  for (const Event& e : a.events) targets.push_back(e.target.actor);
  EXPECT_THAT(targets, Contains("IRQGOV"));
  EXPECT_THAT(targets, Contains("COP"));
  EXPECT_THAT(targets, Not(Contains("COPGOV")));
}

TEST_F(EventCoderTest, CrowdCodedAsBareRoleActsLikeARoleNoun) {
  // The actors stage codes «المتظاهرين» CVL alone: it is the crowd of the protest, not what the
  // protest is against, which is the government.
  Analysis a = Code("كما خرج مئات من المتظاهرين احتجاجا على تعامل الحكومة مع الحرائق",
                    {{"المتظاهرين", "CVL", "PER"}, {"الحكومة", "GOV"}});
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].source.actor, "CVL");
  EXPECT_EQ(a.events[0].target.actor, "GOV");
}

TEST_F(EventCoderTest, PersonARoleNounIntroducesKeepsTheRole) {
  // المواطن سامي أنور: a person coded with the role of the noun before it is a named speaker;
  // a bare crowd alone (سكان) is no speaker of a statement.
  Analysis a = Code("وأشار المواطن سامي أنور إلى أن الخدمات ضعيفة", {{"سامي أنور", "CVL", "PER"}});
  EXPECT_THAT(Summary(a), Contains(::testing::StartsWith("CVL 01")));
  Analysis b = Code("وأشار سكان إلى أن الخدمات ضعيفة", {{"سكان", "CVL", "PER"}});
  for (const Event& e : b.events) EXPECT_NE(e.source.actor, "CVL") << e.code;
}

TEST_F(EventCoderTest, AttackAdjectiveCodedAsBareRoleNamesTheAttacker) {
  // هجوم انتحاري: the indefinite adjective names who attacked, also when coded UAF alone.
  Analysis a = Code("وقتل خمسة جنود في هجوم انتحاري استهدف حاجزا للتفتيش",
                    {{"جنود", "MIL", "PER"}, {"انتحاري", "UAF", "PER"}});
  for (const Event& e : a.events) EXPECT_NE(e.target.actor, "UAF") << e.code;
}

TEST_F(EventCoderTest, ANationalityAdjectiveAfterTheAttackNamesTheAttacker) {
  // في غارة إسرائيلية: the attack coded with its nationality did the killing.
  Analysis a = Code("وقتل ثلاثة مدنيين في غارة إسرائيلية على خان يونس",
                    {{"مدنيين", "CVL", "PER"}, {"غارة إسرائيلية", "ISRMIL", "MISC"}});
  EXPECT_THAT(Summary(a), Contains("ISRMIL 1823 CVL asserted actual"));
  // هجوم فلسطيني: the adjective right after the attack noun is its doer, not its target.
  Analysis b = Code("وأصيب جنديان في هجوم فلسطيني قرب الخليل",
                    {{"جنديان", "MIL", "PER"}, {"فلسطيني", "PSE", "MISC"}});
  for (const Event& e : b.events) EXPECT_NE(e.target.actor, "PSE") << e.code;
  EXPECT_THAT(Summary(b), Contains(::testing::StartsWith("PSE 18")));
}

TEST_F(EventCoderTest, TheOutcomeOfAnActItIsTheSubjectOfNamesItsVictims) {
  // أسفر انفجار … عن إصابة: the act is the outcome verb's subject; those its result noun counts
  // (some of them counted again after بينهم) are its victims.
  Analysis a = Code(
      "وفي تكريت، أسفر انفجار سيارة ملغومة في وسط المدينة، عن إصابة عشرة بينهم ثلاثة من "
      "رجال الشرطة",
      {{"رجال الشرطة", "IRQCOP"}});
  EXPECT_THAT(Summary(a), Contains(::testing::HasSubstr(" 183 IRQCOP ")));
  // أدى هجوم انتحاري إلى مقتل 71 شخصا: a role noun names them too.
  Analysis b = Code("وأدى هجوم انتحاري بسيارة مفخخة في ابريل الماضي الى مقتل 71 شخصا", {});
  EXPECT_THAT(Summary(b), Contains(::testing::HasSubstr(" 180 CVL ")));
}

TEST_F(EventCoderTest, ThoseHitBeforeAnAttackInAPlaceAreItsTargetNotThePlace) {
  // قتل 15 شخصا … في هجوم … في العاصمة كابل: the place is where the attack hit; those named
  // before the attack noun were hit by it.
  Analysis a = Code("وقتل 15 شخصا في وقت سابق أمس، في هجوم بشاحنة مفخخة في العاصمة كابل",
                    {{"شخصا", "CVL", "PER"}, {"كابل", "", "LOC"}});
  EXPECT_THAT(Summary(a), Contains(::testing::HasSubstr(" 180 CVL ")));
  for (const Event& e : a.events) EXPECT_NE(e.source.actor, "CVL") << e.code;
  // محاولة هجوم قاموا بها: the attack noun after another noun may be the act of those named
  // before it; they stay its source.
  Analysis b = Code(
      "قتل 25 مقاتلا من المعارضة خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة "
      "حلب",
      {{"مقاتلا", "REB", "PER"}, {"حلب", "SYR", "LOC"}});
  for (const Event& e : b.events) {
    if (e.code == "180") {
      EXPECT_NE(e.target.actor, "REB");
    }
  }
}

TEST_F(EventCoderTest, AnnouncedTollIsAnActOfItsOwn) {
  // وأعلنت الشرطة مقتل 13: the announced killing took place; the police announce it, they did
  // not kill.
  Analysis a = Code("وأعلنت الشرطة مقتل 13 شخصا في هجوم انتحاري", {{"الشرطة", "COP"}});
  std::vector<std::string> codes;
  for (const Event& e : a.events) {
    codes.push_back(e.code);
    if (e.code == "1823") {
      EXPECT_NE(e.source.actor, "COP");
      EXPECT_EQ(e.modality, "actual");
    }
  }
  EXPECT_THAT(codes, Contains("1823"));
  EXPECT_THAT(codes, Contains("180"));
}

TEST_F(EventCoderTest, TollNounAloneIsBackground) {
  // Without an announcement, a date line or a verb saying it occurred, the noun is background.
  Analysis a = Code("وتحدث الوزير عن مقتل 13 شخصا في هجوم انتحاري", {});
  for (const Event& e : a.events) EXPECT_NE(e.code, "1823");
}

TEST_F(EventCoderTest, DatedTimelineLineTellsItsActs) {
  const std::string line = "* 27 يوليو: مقتل 13 شخصا في هجوم انتحاري";
  Analysis a = BuildAnalysis(line, {}, "2015-08-01");
  const size_t date_start = line.find("27");
  const size_t date_end = line.find(':');
  a.dates.push_back(DateMention{
      Span{static_cast<uint32_t>(date_start), static_cast<uint32_t>(date_end)}, "2015-07-27"});
  coder_->Apply(&a);
  std::vector<std::string> codes;
  for (const Event& e : a.events) codes.push_back(e.code);
  EXPECT_THAT(codes, Contains("1823"));
  EXPECT_THAT(codes, Contains("180"));
  // The same line without its date tells nothing new.
  Analysis undated = Code("* مقتل 13 شخصا في هجوم انتحاري", {});
  for (const Event& e : undated.events) EXPECT_NE(e.code, "1823");
}

TEST_F(EventCoderTest, AttackerWhoThenSpeaksAttackedInWords) {
  // هاجم X Y، وقال إنه …: the attacker's own reported clause makes it criticism (111).
  Analysis a = Code("هاجم الرئيس التركي الاتحاد الأوروبي، وقال إنه يكيل بمكيالين",
                    {{"الرئيس التركي", "TURGOV"}, {"الاتحاد الأوروبي", "IGOEUREEC"}});
  EXPECT_THAT(Summary(a), Contains("TURGOV 111 IGOEUREEC asserted actual"));
  // A new speaker after the attack leaves it an assault.
  Analysis b = Code("وهاجم مسلحون دورية للشرطة، وقال مصدر أمني إن ثلاثة قتلوا", {});
  std::vector<std::string> codes;
  for (const Event& e : b.events) codes.push_back(e.code);
  EXPECT_THAT(codes, Contains("180"));
  EXPECT_THAT(codes, Not(Contains("111")));
}

TEST_F(EventCoderTest, AttackerWhoThenAccusesAttackedInWords) {
  // وهاجم X، واتهمه ب…؛ ووصفها بـ…: an accusation or description with the attacked one as its
  // object pronoun, no new subject between, makes the attack criticism.
  auto codes_of = [](const Analysis& a) {
    std::vector<std::string> codes;
    for (const Event& e : a.events) codes.push_back(e.code);
    return codes;
  };
  const Analysis accused = Code("وهاجم الوزير المعارضة، واتهمها بالعمالة",
                                {{"الوزير", "EGYGOV"}, {"المعارضة", "EGYOPP"}});
  EXPECT_THAT(codes_of(accused), Contains("111"));
  EXPECT_THAT(codes_of(accused), Not(Contains("180")));
  const Analysis described = Code("وهاجم الوزير المعارضة، ووصفها بأنها مأجورة",
                                  {{"الوزير", "EGYGOV"}, {"المعارضة", "EGYOPP"}});
  EXPECT_THAT(codes_of(described), Contains("111"));
  // Described by a new subject (في ما وصفه مسؤولون بأنه), the attack stays one of force.
  const Analysis officials =
      Code("وتعرضت قافلة السفير لهجوم بعدة قنابل في ما وصفه مسؤولون بأنه محاولة اغتيال", {});
  EXPECT_THAT(codes_of(officials), Contains("180"));
  EXPECT_THAT(codes_of(officials), Not(Contains("111")));
  // Nor by the speaker who condemns the attacks in a relative clause (التي وصفها بـ).
  const Analysis condemned =
      Code("وقال مكتب الرئيس إن 11 شخصا قتلوا، مدينا الهجمات التي وصفها بـ«الجبانة»", {});
  EXPECT_THAT(codes_of(condemned), Contains("1823"));
  EXPECT_THAT(codes_of(condemned), Not(Contains("111")));
}

TEST_F(EventCoderTest, AttackLaunchedByUncodedPersonIsCriticism) {
  // A named person of no known role launching an attack (a footballer, an artist) speaks.
  const ActorName player{"مارادونا", "", "PER"};
  const ActorName fifa{"الفيفا", "", "ORG"};
  const Analysis a = Code("وشن مارادونا هجوما على الفيفا ورئيسه", {player, fifa});
  ASSERT_FALSE(a.events.empty());
  for (const Event& e : a.events) EXPECT_EQ(e.code, "111");
  // Armed men launching one, or such a person shooting, use force.
  const Analysis armed = Code("وشن مسلحون هجوما على الفيفا", {fifa});
  EXPECT_THAT(Summary(armed), Not(Contains(HasSubstr(" 111 "))));
  const Analysis shot =
      Code("وكان عبد العزيز قد أطلق النار على مركزين عسكريين", {{"عبد العزيز", "", "PER"}});
  EXPECT_THAT(Summary(shot), Contains(HasSubstr(" 193 ")));
}

TEST_F(EventCoderTest, PassiveVerbAfterItsVictim) {
  // خمسة مدنيين قتلوا في هجوم انتحاري: the subject of the passive is the victim; neither it nor
  // the speaker did the killing, the attacker named by the attack noun did.
  Analysis a = Code("وقال مصدر أمني إن خمسة مدنيين قتلوا في هجوم انتحاري", {});
  EXPECT_THAT(Summary(a), Contains("UAF 1823 CVL asserted actual"));
  for (const Event& e : a.events) EXPECT_NE(e.source.actor, "CVL");
}

TEST_F(EventCoderTest, VerbInitialPassiveBeforeANewClause) {
  // قتل جنديان أميركيان وأصيب تسعة عراقيين: the actor right after the passive verb is its victim;
  // the wounded of the next clause are not the killed.
  Analysis a = Code("كما قتل جنديان أميركيان وأصيب تسعة عراقيين بجروح",
                    {{"جنديان أميركيان", "USAMIL"}, {"عراقيين", "IRQ"}});
  ASSERT_FALSE(a.events.empty());
  EXPECT_EQ(a.events[0].code, "1823");
  EXPECT_EQ(a.events[0].target.actor, "USAMIL");
  EXPECT_EQ(a.events[0].source.actor, "");
}

TEST_F(EventCoderTest, VerbWithItsObjectStaysActive) {
  // مجهولين خطفوا مصورا فرنسيا في بوساسو: a verb with an object after it is active.
  Analysis a =
      Code("وأفادت مصادر أن مجهولين خطفوا مصورا فرنسيا في بوساسو", {{"مصورا فرنسيا", "FRAMED"}});
  EXPECT_THAT(Summary(a), Contains("UAF 181 FRAMED asserted actual"));
  // قتل نحو 150 متمردا: a number after نحو is the object the verb counts.
  Analysis b =
      Code("وأكد حلف شمال الأطلسي أنه قتل نحو 150 متمردا", {{"حلف شمال الأطلسي", "IGOWSTNAT"}});
  for (const Event& e : b.events) {
    if (e.code == "1823") {
      EXPECT_EQ(e.source.actor, "IGOWSTNAT");
    }
  }
}

TEST_F(EventCoderTest, VictimCountedBeforeMin) {
  // مقتل اثنين من عناصر الشرطة: the actor counted by من after the result noun is the victim.
  Analysis a = Code("وأعلن مصدر أمني مقتل اثنين من عناصر الشرطة في تفجير سيارة مفخخة",
                    {{"عناصر الشرطة", "COP"}});
  std::vector<std::string> targets;
  for (const Event& e : a.events) {
    if (e.code == "1823") targets.push_back(e.target.actor);
  }
  EXPECT_THAT(targets, ElementsAre("COP"));
}

TEST_F(EventCoderTest, AttackAimedAtAnActor) {
  // … قتلوا في هجوم انتحاري استهدف دورية للجيش العراقي: what the attack targeted.
  Analysis a = Code("وأعلنت الشرطة أن عشرة قتلوا في هجوم انتحاري استهدف دورية للجيش العراقي",
                    {{"الشرطة", "IRQCOP"}, {"جيش العراقي", "IRQMIL"}});
  bool killing = false;
  for (const Event& e : a.events) {
    if (e.code != "1823") continue;
    killing = true;
    EXPECT_EQ(e.target.actor, "IRQMIL");
    EXPECT_NE(e.source.actor, "IRQCOP");  // the police announce; they did not kill
  }
  EXPECT_TRUE(killing);
}

TEST_F(EventCoderTest, RocketsFiredFromOnePlaceAtAnother) {
  // من جنوب لبنان is where the rockets came from; على مستوطنة كريات شمونة is what they hit.
  Analysis a = Code(
      "وشهد الأحد حادثا أمنيا تمثل بإطلاق صواريخ كاتيوشا من جنوب لبنان على مستوطنة كريات شمونة",
      {{"لبنان", "LBN"}, {"كريات شمونة", "ISR"}});
  std::vector<std::string> targets;
  for (const Event& e : a.events) {
    if (e.code == "194") targets.push_back(e.target.actor);
  }
  EXPECT_THAT(targets, ElementsAre("ISR"));
  // أطلقت عشرات الصواريخ على البلدات المحيطة بقطاع غزة: the place a noun's genitive names.
  Analysis b =
      Code("وكانت كتائب القسام قد أطلقت عشرات الصواريخ فجر أمس على البلدات المحيطة بقطاع غزة",
           {{"كتائب القسام", "PSEREB"}, {"قطاع غزة", "PSE"}});
  EXPECT_THAT(Summary(b), Contains("PSEREB 194 PSE asserted actual"));
}

TEST_F(EventCoderTest, AimedTargetStopsAtANewClause) {
  // سيطر على بضع بلدات وأعدم أجانب: the foreigners are no target of the seizure.
  Analysis a = Code("وقد استغل تنظيم داعش الفوضى بأن سيطر على بضع بلدات وأعدم أجانب",
                    {{"تنظيم داعش", "IMGMUSISI"}});
  for (const Event& e : a.events) EXPECT_EQ(e.target.actor, "") << e.code;
}

TEST_F(EventCoderTest, MaterialActHitsTheOwnerOfItsObject) {
  // قصفت … مواقع لتنظيم داعش في سوريا: the owner of the positions shelled is the target.
  Analysis a =
      Code("وقصفت طائرات حربية تركية مواقع لتنظيم داعش في سوريا",
           {{"طائرات حربية تركية", "TURMIL"}, {"تنظيم داعش", "IMGMUSISI"}, {"سوريا", "SYR"}});
  EXPECT_THAT(Summary(a), Contains("TURMIL 195 IMGMUSISI asserted actual"));
}

TEST_F(EventCoderTest, ProtestAccusingAnActorIsAgainstIt) {
  // متهمين الجنود الأميركيين: whom the crowd accuses is what it protests against.
  Analysis a =
      Code("واحتج مئات المتظاهرين الأحد في موقع الهجوم متهمين الجنود الأميركيين بإطلاق النار",
           {{"الجنود الأميركيين", "USAMIL"}});
  std::vector<std::string> targets;
  for (const Event& e : a.events) {
    if (e.code.starts_with("14")) targets.push_back(e.target.actor);
  }
  EXPECT_THAT(targets, Contains("USAMIL"));
}

TEST_F(EventCoderTest, SubjectedToIsNoOfferAndItsSubjectIsTheVictim) {
  // تعرض ل: "was subjected to", not the present of عرض (offer) taking the attack as content.
  const auto army = Summary(
      Code("وتعرض الجيش الباكستاني لهجوم في وزيرستان امس", {{"الجيش الباكستاني", "PAKMIL"}}));
  EXPECT_THAT(army, Contains(" 180 PAKMIL asserted actual"));
  EXPECT_THAT(army, Not(Contains(HasSubstr("031"))));
  // A name between the verb and إلى counts as one word.
  EXPECT_THAT(Summary(Code("وتعرض المهاجم جيلمين ريفاس الفنزويلي إلى إصابة في المباراة",
                           {{"جيلمين ريفاس الفنزويلي", "VEN"}})),
              Not(Contains(HasSubstr("031"))));
  // تعرض على: an offer still.
  EXPECT_THAT(Summary(Code("وتعرض الحكومة الفرنسية على لبنان المساعدة في إعادة الإعمار",
                           {{"الحكومة الفرنسية", "FRAGOV"}, {"لبنان", "LBN"}})),
              Contains(HasSubstr("031")));
}

TEST_F(EventCoderTest, WhoFacesOrIsSubjectedToCriticismIsNotTheCritic) {
  // واجه X انتقادات: X is criticised, not the critic (who, unnamed, makes no record); so with
  // تعرض ل. Who directs criticism (وجه انتقادات) is still the critic.
  EXPECT_THAT(Summary(Code("وواجه مجلس الأمن انتقادات دولية لوقوفه صامتا",
                           {{"مجلس الأمن", "IGOUNO", "ORG"}})),
              Not(Contains(HasSubstr("IGOUNO 111"))));
  EXPECT_THAT(
      Summary(Code("وتعرضت الحكومة التركية لانتقادات شديدة", {{"الحكومة التركية", "TURGOV"}})),
      Not(Contains(HasSubstr("TURGOV 111"))));
  EXPECT_THAT(
      Summary(Code("ووجه مجلس الأمن انتقادات دولية للحكومة", {{"مجلس الأمن", "IGOUNO", "ORG"}})),
      Contains(HasSubstr("IGOUNO 111")));
}

TEST_F(EventCoderTest, WhatARelativeClauseSaysOneWasSubjectedToIsBackground) {
  EXPECT_THAT(Summary(Code("بسبب الشعور بالانتقام لدى أقارب الضحايا الذين تعرض ذووهم لغارات "
                           "طائرات بدون طيار في اليمن",
                           {{"اليمن", "YEM"}})),
              Not(Contains(HasSubstr(" 19"))));
  EXPECT_THAT(Summary(Code("وتعرض ذووهم لغارات طائرات بدون طيار في اليمن امس", {{"اليمن", "YEM"}})),
              Contains(HasSubstr(" 19")));
}

TEST_F(EventCoderTest, HadBeenSubjectedIsNoPossibility) {
  // قد before a past verb of the form تفعّل is "had", not "may".
  EXPECT_THAT(Summary(Code("وكان الإقليم الحدودي قد تعرض لقصف صاروخي أسفر عن سقوط خمسة قتلى", {})),
              Contains(AllOf(HasSubstr(" 19"), HasSubstr("asserted actual"))));
}

TEST_F(EventCoderTest, MonthsOrYearsAgoIsBackground) {
  EXPECT_THAT(Summary(Code("فقد تعرض الوزير لمحاولة اغتيال قبل ثمانية أشهر في العاصمة", {})),
              Not(Contains(HasSubstr(" 18"))));
  // Days ago are news.
  EXPECT_THAT(Summary(Code("كما خطف مسلحون قبل خمسة ايام عددا من الاشخاص جنوب بغداد", {})),
              Contains(HasSubstr(" 181")));
}

TEST_F(EventCoderTest, ActDatedWellBeforeThePublicationIsBackground) {
  // The date stage dated the sentence to May (its last day): background in August, news in June.
  auto kidnapping = [](const std::string& published) {
    Analysis a = BuildAnalysis("وخطف ثلاثة مقنعين في مايو رئيس الدير في المدينة", {}, published);
    const size_t at = a.text().find("مايو");
    a.dates.push_back(DateMention{
        Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string("مايو").size())},
        "2015-05"});
    coder_->Apply(&a);
    return Summary(a);
  };
  EXPECT_THAT(kidnapping("2015-08-08"), Not(Contains(HasSubstr(" 181"))));
  EXPECT_THAT(kidnapping("2015-06-10"), Contains(HasSubstr(" 181")));
}

TEST_F(EventCoderTest, RoadsCutByRainOrFloodsAreNoProtest) {
  EXPECT_THAT(Summary(Code("الأمطار تقطع الطرق وتعطل الكهرباء في المدينة", {})),
              Not(Contains(HasSubstr(" 144 "))));
  EXPECT_THAT(Summary(Code("كما أدت الفيضانات إلى إغلاق بعض الطرق", {})),
              Not(Contains(HasSubstr(" 144 "))));
  EXPECT_THAT(Summary(Code("وقطع المتظاهرون الطريق الدولية بين المدينتين", {})),
              Contains(HasSubstr(" 144 ")));
}

TEST_F(EventCoderTest, TimelineLineWithoutYearTellsItsAct) {
  EXPECT_THAT(Summary(Code("17 مارس: مظاهرة في ساحة بلندن ضد الحرب الأميركية في فيتنام", {})),
              Contains(HasSubstr(" 141 ")));
  // An act noun on its own, with no dated line, is background.
  EXPECT_THAT(Summary(Code("مظاهرة في ساحة بلندن ضد الحرب الأميركية في فيتنام", {})),
              Not(Contains(HasSubstr(" 141 "))));
}

TEST_F(EventCoderTest, LightNounGenitiveDoesTheAct) {
  // استنكار الحكومة لقيام مجموعة من المتظاهرين بالتجمع: the protesters gather, not the
  // government that condemns it.
  EXPECT_THAT(Summary(Code("وأبلغه استنكار الحكومة الأردنية لقيام مجموعة من المتظاهرين يوم أمس "
                           "بالتجمع أمام مقر السفارة الأردنية في طهران",
                           {{"الحكومة الأردنية", "JORGOV"}, {"السفارة الأردنية", "JORGOV"}})),
              Contains("CVL 141 JORGOV asserted actual"));
}

}  // namespace
}  // namespace marsad::events
