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
  // The code the act verb opening `text`, coded `code`, is refined to.
  static std::string Refined(const std::string& text, const std::string& code,
                             CueKind kind = CueKind::kAct, bool negated = false) {
    Analysis a = BuildAnalysis(text, {});
    const SentenceView view = SentenceView::Build(a, 0);
    CueEvent ev;
    ev.kind = kind;
    ev.code = code;
    ev.negated = negated;
    RefineByContent(*markers_, view, &ev);
    return ev.negated ? "not " + ev.code : ev.code;
  }
};

TEST_F(ContentRefinementTest, TheFieldNamedAfterTheCueRefinesTheCode) {
  EXPECT_EQ(Refined("دعت الحكومة إلى الانضمام للتحالف", "020"), "0212");
  EXPECT_EQ(Refined("عرضت روسيا التعاون في مجال النفط", "030"), "0311");
  EXPECT_EQ(Refined("دعا الوزير إلى وقف إطلاق النار", "020"), "0256");
  EXPECT_EQ(Refined("دعا الوزير إلى الهدوء", "020"), "020");  // no field named
}

TEST_F(ContentRefinementTest, ANegatedCooperationIsARejection) {
  EXPECT_EQ(Refined("لن تتعاون روسيا مع تركيا", "064", CueKind::kAct, true), "121");
  EXPECT_EQ(Refined("لن تنضم روسيا إلى تركيا", "062", CueKind::kAct, true), "1212");
}

TEST_F(ContentRefinementTest, AReportIsNotRefined) {
  EXPECT_EQ(Refined("قال الوزير إن التحالف عسكري", "010", CueKind::kReport), "010");
}

}  // namespace
}  // namespace marsad::events
