// AssaultParties finds who attacked whom in an assault (CAMEO 18-20) in one sentence: the
// victims named after a result noun or a passive verb (مقتل ثلاثة أطباء، قتل 150 مدنيا), the
// doer named by the attack noun (في هجوم انتحاري، غارة إسرائيلية), by a passive agent or by the
// group that claimed it (وقد تبناه تنظيم القاعدة), and what the attack hit (the victims an
// outcome names, what it aimed at, not the place where it hit). The event coder asks it once
// per cue; the words it looks for are markers of data/lexicon/events_markers.tsv and role nouns
// of data/lexicon/events_roles.tsv.
#ifndef MARSAD_EVENTS_ASSAULT_PARTIES_H_
#define MARSAD_EVENTS_ASSAULT_PARTIES_H_

#include <cstdint>
#include <vector>

#include "core/analysis.h"
#include "events/cue_event.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

class AssaultParties {
 public:
  // All references must outlive the object; `matches` are the cues found in the view's words,
  // `hits` its markers.
  AssaultParties(const Analysis& a, const SentenceView& view, const CueLexicon& cues,
                 const MarkerLexicon& markers, const RoleNouns& roles,
                 const std::vector<CueMatch>& matches, const std::vector<MarkerHit>& hits)
      : a_(a),
        view_(view),
        cues_(cues),
        markers_(markers),
        roles_(roles),
        matches_(matches),
        hits_(hits) {}

  // Moves the victim of an assault named right after its cue (مقتل ثلاثة أطباء) from source to
  // targets, and reads a passive's victim; returns whether the victim is named right after the
  // cue (VictimFollows).
  bool FindVictim(CueEvent* ev) const;

  // Completes the doer and the target of `ev` once its other actors are read (`victim_after`:
  // what FindVictim returned).
  void Complete(CueEvent* ev, bool victim_after) const {
    FindAttacker(ev, victim_after);
    FindAssaultTarget(ev);
    TakeAttackerFromTargets(ev);
  }

 private:
  void FindAttacker(CueEvent* ev, bool victim_after) const;
  // Who did the attack named by the noun at word `attack` (في هجوم انتحاري، في غارة إسرائيلية):
  // its nationality adjective, or else the actor or role noun right after it, not at `skip`.
  ActorRef AttackerOf(uint32_t attack, Span skip) const;
  void FindAssaultTarget(CueEvent* ev) const;
  // An assault's doer named right after its attack noun is no target; who is named before an
  // attack noun in a phrase of place or cause, with no target, is.
  void TakeAttackerFromTargets(CueEvent* ev) const;
  // The victims named after the result noun of an outcome word after the act at `cue`, or an
  // empty reference.
  ActorRef VictimsOfOutcome(uint32_t cue) const;
  // The victims named after the first result noun past the act at word `act`, within reach and
  // after a preposition (أسفر الهجوم في السوق عن مقتل ثلاثة من الجنود), or an empty reference.
  ActorRef ResultVictims(uint32_t act) const;
  // The actor that claimed the attack `ev` made its source.
  void TakeClaimant(CueEvent* ev) const;

  const Analysis& a_;
  const SentenceView& view_;
  const CueLexicon& cues_;
  const MarkerLexicon& markers_;
  const RoleNouns& roles_;
  const std::vector<CueMatch>& matches_;
  const std::vector<MarkerHit>& hits_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ASSAULT_PARTIES_H_
