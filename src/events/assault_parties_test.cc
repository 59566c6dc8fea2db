#include "events/assault_parties.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "events/analysis_builder.h"
#include "events/cue_finder.h"
#include "events/shipped_lexicons_fixture.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

class AssaultPartiesTest : public ShippedCuesTest {
 protected:
  // The assault whose cue is the sentence's word `cue_word`, with `source` and `targets` as the
  // argument finder left them, completed by AssaultParties.
  static CueEvent Completed(const std::string& text, const std::vector<ActorName>& actors,
                            uint32_t cue_word, const std::string& code) {
    const Analysis a = BuildAnalysis(text, actors);
    const SentenceView view = SentenceView::Build(a, 0);
    const std::vector<MarkerHit> hits = markers_->Find(view.words, 0);
    const std::vector<CueMatch> matches = CueFinder(&*cues_).Find(view.words);
    CueEvent ev;
    for (const CueMatch& match : matches) {
      if (match.token == cue_word) {
        ev.cue = match;
        ev.pattern = &cues_->patterns()[match.pattern];
      }
    }
    EXPECT_NE(ev.pattern, nullptr) << "no cue at word " << cue_word;
    if (ev.pattern == nullptr) return ev;
    ev.code = code;
    const AssaultParties parties(a, view, *cues_, *markers_, *roles_, matches, hits);
    const bool victim_after = parties.FindVictim(&ev);
    parties.Complete(&ev, victim_after);
    return ev;
  }
};

TEST_F(AssaultPartiesTest, WhoClaimedTheAttackDidIt) {
  // وقد تبناه تنظيم القاعدة: the group that claimed the attack is its doer.
  const CueEvent ev = Completed("تعرضت ثكنة الغلاوية لاعتداء وقد تبناه تنظيم القاعدة",
                                {{"تنظيم القاعدة", "IMGMUSALQ"}}, 3, "180");
  EXPECT_EQ(ev.source.actor, "IMGMUSALQ");
}

TEST_F(AssaultPartiesTest, VictimNamedAfterAResultNoun) {
  // مقتل ثلاثة من عناصر الشرطة: the victims of the killing.
  const CueEvent ev =
      Completed("مقتل ثلاثة من عناصر الشرطة العراقية", {{"الشرطة العراقية", "IRQCOP"}}, 0, "1823");
  ASSERT_FALSE(ev.targets.empty());
  EXPECT_EQ(ev.targets[0].actor, "IRQCOP");
  EXPECT_TRUE(ev.source.actor.empty());
}

}  // namespace
}  // namespace marsad::events
