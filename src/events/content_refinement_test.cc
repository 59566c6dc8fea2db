#include "events/content_refinement.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "events/analysis_builder.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class ContentRefinementTest : public ShippedLexiconsTest {
 protected:
  static void SetUpTestSuite() {
    ShippedLexiconsTest::SetUpTestSuite();
    auto refinements = ContentRefinements::Load(TestDataDir());
    ASSERT_TRUE(refinements.ok()) << refinements.status().message();
    refinements_.emplace(std::move(refinements).value());
  }
  static void TearDownTestSuite() {
    refinements_.reset();
    ShippedLexiconsTest::TearDownTestSuite();
  }

  // The code the act verb opening `text`, coded `code`, is refined to.
  static std::string Refined(const std::string& text, const std::string& code,
                             CueKind kind = CueKind::kAct, bool negated = false) {
    Analysis a = BuildAnalysis(text, {});
    const SentenceView view = SentenceView::Build(a, 0);
    CueEvent ev;
    ev.kind = kind;
    ev.code = code;
    ev.negated = negated;
    RefineByContent(*refinements_, *markers_, view, &ev);
    return ev.negated ? "not " + ev.code : ev.code;
  }

  static inline std::optional<ContentRefinements> refinements_;
};

TEST(ContentRefinementsTest, ParsesRowsOfNineCodesWithDashForNone) {
  auto table =
      ContentRefinements::Parse("# comment\n020\t0212\t026\t-\t0211\t-\t0256\t-\t121\n", "t");
  ASSERT_TRUE(table.ok()) << table.status().message();
  const ContentRefinement* row = table->For("020");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->military, "0212");
  EXPECT_EQ(row->policy, "");
  EXPECT_EQ(row->calm, "0256");
  EXPECT_EQ(row->mediation, "");
  EXPECT_EQ(row->refused, "121");
  EXPECT_EQ(table->For("030"), nullptr);
}

TEST(ContentRefinementsTest, AShortRowOrACodeTwiceIsAnError) {
  auto short_row = ContentRefinements::Parse("020\t0212\n", "t.tsv");
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.status().message().find("t.tsv:1"), std::string::npos)
      << short_row.status().message();
  EXPECT_FALSE(
      ContentRefinements::Parse("020\t-\t-\t-\t-\t-\t-\t-\t-\n020\t-\t-\t-\t-\t-\t-\t-\t-\n", "t")
          .ok());
}

TEST_F(ContentRefinementTest, TheFieldNamedAfterTheCueRefinesTheCode) {
  EXPECT_EQ(Refined("دعت الحكومة إلى الانضمام للتحالف", "020"), "0212");
  EXPECT_EQ(Refined("عرضت روسيا التعاون في مجال النفط", "030"), "0311");
  EXPECT_EQ(Refined("دعا الوزير إلى وقف إطلاق النار", "020"), "0256");
  EXPECT_EQ(Refined("دعا الوزير إلى الهدوء", "020"), "020");  // no field named
}

TEST_F(ContentRefinementTest, TalksOfferedBetweenOthersAreMediation) {
  EXPECT_EQ(Refined("عرضت مصر استضافة حوار بين الفصائل", "030"), "039");
  EXPECT_EQ(Refined("عرضت مصر استضافة حوار مع الفصائل", "030"), "036");
  EXPECT_EQ(Refined("دعا الوزير إلى حوار بين الفصائل", "020"), "026");  // no mediation code
}

TEST_F(ContentRefinementTest, ANegatedCooperationIsARejection) {
  EXPECT_EQ(Refined("لن تتعاون روسيا مع تركيا", "064", CueKind::kAct, true), "121");
  EXPECT_EQ(Refined("لن تنضم روسيا إلى تركيا", "062", CueKind::kAct, true), "1212");
  // Refused, then refined as a rejection: military words make it one of military cooperation.
  EXPECT_EQ(Refined("لن تتعاون روسيا عسكريا مع تركيا", "064", CueKind::kAct, true), "1212");
  // Asserted cooperation stays as it is, whatever its words name.
  EXPECT_EQ(Refined("تتعاون روسيا عسكريا مع تركيا", "064"), "064");
  // A negated appeal is no rejection.
  EXPECT_EQ(Refined("لم تدع روسيا إلى التعاون", "020", CueKind::kAct, true), "not 020");
}

TEST_F(ContentRefinementTest, AReportIsNotRefined) {
  EXPECT_EQ(Refined("قال الوزير إن التحالف عسكري", "010", CueKind::kReport), "010");
}

}  // namespace
}  // namespace marsad::events
