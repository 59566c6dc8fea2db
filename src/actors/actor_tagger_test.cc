#include "actors/actor_tagger.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "text/text_analyzer.h"

namespace marsad::actors {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/data";
}

class ActorTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto text = text::TextAnalyzer::Load(DataDir());
    auto tagger = ActorTagger::Load(DataDir());
    if (!text.ok() || !tagger.ok()) return;
    text_ = new text::TextAnalyzer(std::move(text).value());
    tagger_ = new ActorTagger(std::move(tagger).value());
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete text_;
    tagger_ = nullptr;
    text_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(tagger_, nullptr) << "text or actors stage failed to load"; }

  static Analysis Tag(const std::string& text, const std::string& published = "") {
    Analysis analysis;
    analysis.article.text = text;
    analysis.published = published;
    text_->Apply(&analysis);
    tagger_->Apply(&analysis);
    return analysis;
  }
  // The code of the entity spanning exactly `words`, or "<none>".
  static std::string CodeOf(const Analysis& analysis, std::string_view words) {
    for (const Entity& entity : analysis.entities) {
      if (entity.span.of(analysis.text()) == words) return entity.actor;
    }
    return "<none>";
  }
  static text::TextAnalyzer* text_;
  static ActorTagger* tagger_;
};

text::TextAnalyzer* ActorTaggerTest::text_ = nullptr;
ActorTagger* ActorTaggerTest::tagger_ = nullptr;

TEST_F(ActorTaggerTest, EntitiesAreSortedDisjointAndPointAtTheirWords) {
  Analysis analysis = Tag("نفى الكرملين ما يشاع عن عسكريين روس في بغداد ضد \"داعش\".");
  ASSERT_GE(analysis.entities.size(), 4u);
  for (size_t i = 1; i < analysis.entities.size(); ++i) {
    EXPECT_LE(analysis.entities[i - 1].span.end, analysis.entities[i].span.start);
  }
  const Entity& kremlin = analysis.entities[0];
  EXPECT_EQ(kremlin.span.of(analysis.text()), "الكرملين");
  EXPECT_EQ(kremlin.actor, "RUSGOV");
  EXPECT_EQ(kremlin.type, "ORG");
  EXPECT_EQ(kremlin.name, "Kremlin");
  EXPECT_EQ(CodeOf(analysis, "عسكريين روس"), "RUSMIL");
  EXPECT_EQ(CodeOf(analysis, "داعش"), "IMGMUSISI");
}

TEST_F(ActorTaggerTest, EntityStartsAfterTheProclitic) {
  Analysis analysis = Tag("دعا لروسيا وللعراق وبالبنتاغون");
  EXPECT_EQ(CodeOf(analysis, "روسيا"), "RUS");
  EXPECT_EQ(CodeOf(analysis, "عراق"), "IRQ");
  EXPECT_EQ(CodeOf(analysis, "البنتاغون"), "USAMIL");
}

TEST_F(ActorTaggerTest, OrgansOfStateByPattern) {
  Analysis analysis =
      Tag("قال وزير الخارجية الروسي ووزير الدفاع الأمريكي ورئيس الوزراء العراقي والجيش السوري "
          "والشرطة التركية والمخابرات الإيرانية ووزارة الخارجية البريطانية.");
  EXPECT_EQ(CodeOf(analysis, "وزير الخارجية الروسي"), "RUSGOV");
  EXPECT_EQ(CodeOf(analysis, "وزير الدفاع الأمريكي"), "USAMIL");
  EXPECT_EQ(CodeOf(analysis, "رئيس الوزراء العراقي"), "IRQGOV");
  EXPECT_EQ(CodeOf(analysis, "الجيش السوري"), "SYRMIL");
  EXPECT_EQ(CodeOf(analysis, "الشرطة التركية"), "TURCOP");
  EXPECT_EQ(CodeOf(analysis, "المخابرات الإيرانية"), "IRNSPY");
  EXPECT_EQ(CodeOf(analysis, "وزارة الخارجية البريطانية"), "GBRGOV");
}

TEST_F(ActorTaggerTest, FormerOfficialsAreElite) {
  Analysis analysis = Tag("أكد وزير الدفاع الأمريكي السابق تشاك هيغل ذلك.", "2015-09-25");
  EXPECT_EQ(CodeOf(analysis, "وزير الدفاع الأمريكي السابق"), "USAELI");
  EXPECT_EQ(CodeOf(analysis, "تشاك هيغل"), "USAELI");
}

TEST_F(ActorTaggerTest, SpokespersonSpeaksForTheActorAfterTheLinker) {
  Analysis analysis = Tag("وأشار المتحدث الرسمي باسم الرئيس الروسي إلى ذلك.");
  EXPECT_EQ(CodeOf(analysis, "المتحدث الرسمي"), "RUSGOV");
  EXPECT_EQ(CodeOf(analysis, "الرئيس الروسي"), "RUSGOV");
  Analysis official = Tag("أعلن مسؤول رفيع المستوى في وزارة الخارجية الروسية أن");
  EXPECT_EQ(CodeOf(official, "مسؤول رفيع المستوى"), "RUSGOV");
}

TEST_F(ActorTaggerTest, DatedRolesFollowThePublicationDate) {
  EXPECT_EQ(CodeOf(Tag("قال أوباما", "2014-01-01"), "أوباما"), "USAGOV");
  EXPECT_EQ(CodeOf(Tag("قال أوباما", "2019-01-01"), "أوباما"), "USAELI");
  // Before any role the person is named but not coded.
  EXPECT_EQ(CodeOf(Tag("قال أوباما", "2001-01-01"), "أوباما"), "");
}

TEST_F(ActorTaggerTest, WithinArticleResolution) {
  Analysis analysis =
      Tag("وقال مدير القسم في وزارة الخارجية الروسية إيليا روغاتشوف إن ذلك ممكن. "
          "وأضاف روغاتشوف أن الأمر صعب. وقال الرئيس الإيراني حسن روحاني إنه يرفض. "
          "وقال الرئيس إنه لا يرى تحالفا.",
          "2015-09-25");
  EXPECT_EQ(CodeOf(analysis, "إيليا روغاتشوف"), "RUSGOV");
  EXPECT_EQ(CodeOf(analysis, "روغاتشوف"), "RUSGOV");
  EXPECT_EQ(CodeOf(analysis, "الرئيس"), "IRNGOV");
}

TEST_F(ActorTaggerTest, CoordinatedStatesShareTheTitlesRole) {
  Analysis analysis = Tag("أبلغ قادة تركيا والسعودية وكذلك الولايات المتحدة باقتراحه.");
  EXPECT_EQ(CodeOf(analysis, "قادة تركيا"), "TURGOV");
  EXPECT_EQ(CodeOf(analysis, "السعودية"), "SAUGOV");
  EXPECT_EQ(CodeOf(analysis, "الولايات المتحدة"), "USAGOV");
}

TEST_F(ActorTaggerTest, NationalityFormsAfterTheArticleAndInTheAccusative) {
  Analysis analysis = Tag("قتل مدنيا أفغانيا وأصيب مصورا فرنسيا، وتظاهر المتظاهرون اللبنانيون.");
  EXPECT_EQ(CodeOf(analysis, "مدنيا أفغانيا"), "AFGCVL");
  EXPECT_EQ(CodeOf(analysis, "مصورا فرنسيا"), "FRAMED");
  EXPECT_EQ(CodeOf(analysis, "المتظاهرون اللبنانيون"), "LBNCVL");
}

TEST_F(ActorTaggerTest, QuotedNamesAndGroupsOfPeople) {
  Analysis analysis = Tag("هاجم مسلحون مجهولون اجتماعا لتنظيم « القاعدة » في الموصل.");
  EXPECT_EQ(CodeOf(analysis, "تنظيم « القاعدة"), "IMGMUSALQ");
  EXPECT_EQ(CodeOf(analysis, "الموصل"), "IRQ");
  Analysis offer = Tag("ورحب بالعرض الروسي، في بيشاور شمال غرب باكستان.");
  EXPECT_EQ(CodeOf(offer, "العرض الروسي"), "RUSGOV");
  EXPECT_EQ(CodeOf(offer, "غرب"), "<none>");  // a direction, not the West
}

TEST_F(ActorTaggerTest, PlainTextHasNoEntities) {
  EXPECT_TRUE(Tag("انعقدت الجلسة ولم يحضر أحد.").entities.empty());
  EXPECT_TRUE(Tag("").entities.empty());
}

TEST(ActorTaggerLoadTest, FailsWithoutData) {
  EXPECT_FALSE(ActorTagger::Load("/nonexistent/marsad-data").ok());
}

TEST_F(ActorTaggerTest, NoEntityIsTatweelOrPunctuationAlone) {
  const Analysis a =
      Tag("وأكد لـ«الشرق الأوسط» مصدر مطلع أن العمل جار. وقال لـ «عكاظ» المدير إن الخطة جاهزة.");
  for (const Entity& e : a.entities) {
    const std::string_view text = e.span.of(a.text());
    EXPECT_NE(text, "\u0640") << "an entity of tatweel alone";
    EXPECT_FALSE(text.empty());
  }
}

}  // namespace
}  // namespace marsad::actors
