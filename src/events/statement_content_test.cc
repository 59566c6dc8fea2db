#include "events/statement_content.h"

#include <gtest/gtest.h>

#include <optional>

#include "events/actor_refs.h"
#include "events/analysis_builder.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class StatementContentTest : public ShippedLexiconsTest {
 protected:
  static CueEvent Cue(uint32_t token, CueKind kind, const std::string& code, bool noun = false) {
    CueEvent ev;
    ev.cue.token = token;
    ev.cue.noun = noun;
    ev.kind = kind;
    ev.code = code;
    return ev;
  }
};

TEST_F(StatementContentTest, ADenialOrAnAppealInTheClauseCodesTheStatement) {
  Analysis a = BuildAnalysis("قال الوزير إنه لا يعلم بوجود خبراء", {{"الوزير", "USAGOV"}});
  const SentenceView view = SentenceView::Build(a, 0);
  const ArgumentFinder arguments(&*markers_);
  std::vector<CueEvent> cues = {Cue(0, CueKind::kReport, "010")};
  cues[0].args.clause_start = 3;
  cues[0].source = RefOf(a, view, 0);
  cues[0].targets = {ActorRef{Span{}, "x", "RUS"}};
  ReadStatementContent(a, view, arguments, *markers_, markers_->Find(view.words, 0), &cues);
  EXPECT_EQ(cues[0].kind, CueKind::kDeny);
  EXPECT_EQ(cues[0].code, "016");
  EXPECT_TRUE(cues[0].targets.empty());  // actors inside a denied claim are no addressees

  Analysis b = BuildAnalysis("قال الوزير إنه يجب على روسيا التحرك",
                             {{"الوزير", "USAGOV"}, {"روسيا", "RUS"}});
  const SentenceView appeal = SentenceView::Build(b, 0);
  std::vector<CueEvent> said = {Cue(0, CueKind::kReport, "010")};
  said[0].args.clause_start = 3;
  said[0].source = RefOf(b, appeal, 0);
  ReadStatementContent(b, appeal, arguments, *markers_, markers_->Find(appeal.words, 0), &said);
  EXPECT_EQ(said[0].kind, CueKind::kReport);
  EXPECT_EQ(said[0].code, "020");
  ASSERT_EQ(said[0].targets.size(), 1u);
  EXPECT_EQ(said[0].targets[0].actor, "RUS");
}

TEST_F(StatementContentTest, AReportConveyingAnActNounCodesTheAct) {
  Analysis a = BuildAnalysis("أبلغ الرئيس قادة تركيا باقتراحه", {});
  const SentenceView view = SentenceView::Build(a, 0);
  std::vector<CueEvent> cues = {Cue(0, CueKind::kReport, "010"),
                                Cue(4, CueKind::kAct, "036", /*noun=*/true)};
  cues[0].targets = {ActorRef{Span{}, "x", "TURGOV"}};
  AbsorbReportedContent(view, &cues);
  EXPECT_EQ(cues[0].code, "036");
  EXPECT_EQ(cues[0].kind, CueKind::kAct);
  EXPECT_TRUE(cues[1].absorbed);

  // Without an addressee the report conveys nothing.
  std::vector<CueEvent> plain = {Cue(0, CueKind::kReport, "010"),
                                 Cue(4, CueKind::kAct, "036", /*noun=*/true)};
  AbsorbReportedContent(view, &plain);
  EXPECT_EQ(plain[0].code, "010");
  EXPECT_FALSE(plain[1].absorbed);
}

TEST_F(StatementContentTest, ADenialRecallingWhatWasSaidMakesItAClaim) {
  Analysis a = BuildAnalysis("أن موسكو طلبت من واشنطن دعما وهو ما نفت واشنطن حدوثه", {});
  const SentenceView view = SentenceView::Build(a, 0);
  std::vector<CueEvent> cues = {Cue(2, CueKind::kAct, "020"), Cue(8, CueKind::kDeny, "016")};
  cues[0].source = ActorRef{Span{}, "موسكو", "RUSGOV"};
  MarkDeniedClaims(*markers_, view.words, &cues);
  EXPECT_EQ(cues[0].modality, "reported");
  EXPECT_EQ(DeniedActs(*markers_, view.words, cues, 1), std::vector<std::string>{"RUS02"});

  // A denial recalling nothing leaves the act before it as it was.
  Analysis b = BuildAnalysis("طلبت موسكو دعما ونفت واشنطن ذلك", {});
  const SentenceView plain = SentenceView::Build(b, 0);
  std::vector<CueEvent> apart = {Cue(0, CueKind::kAct, "020"), Cue(3, CueKind::kDeny, "016")};
  apart[0].source = ActorRef{Span{}, "موسكو", "RUSGOV"};
  MarkDeniedClaims(*markers_, plain.words, &apart);
  EXPECT_EQ(apart[0].modality, "actual");
  EXPECT_TRUE(DeniedActs(*markers_, plain.words, apart, 1).empty());
}

}  // namespace
}  // namespace marsad::events
