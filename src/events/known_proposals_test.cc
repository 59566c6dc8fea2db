#include "events/known_proposals.h"

#include <gtest/gtest.h>

#include <optional>

#include "events/analysis_builder.h"
#include "events/match_form.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class KnownProposalsTest : public ShippedCuesTest {
 protected:
  static Event Record(const std::string& source, const std::string& code) {
    Event event;
    event.source = ActorRef{Span{0, 1}, source, source};
    event.code = code;
    return event;
  }

  // An acceptance (وافق على) opening the sentence, by `source`.
  static CueEvent Acceptance(const std::string& source) {
    CueEvent ev;
    ev.pattern = &acceptance_;
    ev.kind = CueKind::kAct;
    ev.code = "030";
    ev.source = ActorRef{Span{}, source, source};
    return ev;
  }

  static const CuePattern acceptance_;
};

const CuePattern KnownProposalsTest::acceptance_ = [] {
  CuePattern pattern;
  pattern.code = "030";
  pattern.target_by = {MatchForm("على")};
  return pattern;
}();

TEST_F(KnownProposalsTest, AnAcceptanceOfAKnownProposalAnswersItsMaker) {
  Analysis a = BuildAnalysis("وافق الأسد على هذا المقترح", {});
  const SentenceView view = SentenceView::Build(a, 0);
  const std::vector<Event> earlier = {Record("RUSGOV", "0212"), Record("SYRGOV", "030")};
  const AcceptedProposal accepted =
      MakerOfKnownProposal(*cues_, *markers_, view, Acceptance("SYRGOV"), {}, earlier);
  EXPECT_EQ(accepted.maker.actor, "RUSGOV");  // not the acceptor's own country
  EXPECT_TRUE(accepted.maker.span.empty());   // named in another sentence
  EXPECT_EQ(accepted.code, "0212");
  EXPECT_EQ(AcceptanceCode(accepted.code, "030"), "0312");

  // A proposal not named as a known one answers no one.
  Analysis b = BuildAnalysis("وافق الأسد على مقترح", {});
  EXPECT_TRUE(MakerOfKnownProposal(*cues_, *markers_, SentenceView::Build(b, 0),
                                   Acceptance("SYRGOV"), {}, earlier)
                  .maker.actor.empty());
}

TEST_F(KnownProposalsTest, AnAcceptanceOfNoProposalIsAnAdministrativeDecision) {
  Analysis a = BuildAnalysis("وافق الاتحاد على تعيين مدرب", {});
  EXPECT_TRUE(
      AdministrativeDecision(*markers_, *roles_, SentenceView::Build(a, 0), Acceptance("")));
  Analysis b = BuildAnalysis("وافق الاتحاد على هذا المقترح", {});
  EXPECT_FALSE(
      AdministrativeDecision(*markers_, *roles_, SentenceView::Build(b, 0), Acceptance("")));
}

TEST_F(KnownProposalsTest, AnActRecalledTakesTheCodeItWasMadeWith) {
  const std::vector<Event> earlier = {Record("TURGOV", "0312"), Record("RUSGOV", "0312"),
                                      Record("RUS", "030")};
  const ActorRef russia{Span{}, "روسيا", "RUSGOV"};
  EXPECT_EQ(CodeOfEarlierAct(earlier, russia, "030"), "0312");  // the most specific
  EXPECT_EQ(CodeOfEarlierAct(earlier, russia, "020"), "020");   // no appeal before
  const ActorRef iran{Span{}, "إيران", "IRN"};
  EXPECT_EQ(CodeOfEarlierAct(earlier, iran, "030"), "030");
}

}  // namespace
}  // namespace marsad::events
