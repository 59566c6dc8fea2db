// ProtestParties finds the parties of a protest (CAMEO 14) in one sentence: what it is against
// (a named actor or a role noun a preposition or demand word governs: احتجاجا على قرار
// الحكومة) and the crowd that protests (المتظاهرون → CVL), with whether that crowd is one
// already known (the definite, uncounted المتظاهرون near the verb). The crowd rule also gives
// any other material act that names no one doing it its role-noun doer (هاجم مسلحون → UAF).
// The event coder asks it once per cue; the words it looks for are markers of
// data/lexicon/events_markers.tsv and role nouns of data/lexicon/events_roles.tsv.
#ifndef MARSAD_EVENTS_PROTEST_PARTIES_H_
#define MARSAD_EVENTS_PROTEST_PARTIES_H_

#include <cstdint>
#include <vector>

#include "core/analysis.h"
#include "events/cue_event.h"
#include "events/marker_lexicon.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

// CAMEO's root for protest (demonstrate, rally, block, strike).
inline constexpr int kProtestRoot = 14;

// Acts coded even when the sentence names no one doing them (قُتل ثلاثة، خرجت مظاهرات):
// material conflict, from CAMEO root 14 on.
inline constexpr int kFirstRootWithoutSource = 14;

class ProtestParties {
 public:
  // All references must outlive the object; `hits` are the markers of the view's words.
  ProtestParties(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                 const RoleNouns& roles, const std::vector<MarkerHit>& hits)
      : a_(a), view_(view), markers_(markers), roles_(roles), hits_(hits) {}

  // What the protest at word `cue` is against: the first actor after the cue (not `source`),
  // named or a role noun, that a preposition or demand word governs, directly (ضد الحكومة،
  // للحكومة) or through the nouns it heads (احتجاجا على قرار الحكومة). A place or nationality a
  // preposition of setting governs (في تل أبيب) is where they protest, not what against. An
  // empty reference when none.
  ActorRef Target(uint32_t cue, const ActorRef& source) const;

  // Completes the actors of `ev`: a protest without a target gets Target; a material act
  // (CAMEO 14 on, not a passive) without a source, or a protest whose source is a place, gets
  // the role noun nearest its cue as source (only before it when `victim_after`: the victim is
  // named after the cue), and ev->known_crowd tells whether that is a known crowd. A protest
  // that names no crowd of its own near its cue is that of `caller`, the actor that called for
  // it (دعت النقابات … إلى القيام باحتجاجات), when there is one.
  void Complete(CueEvent* ev, bool victim_after, const ActorRef& caller = ActorRef{}) const;

 private:
  const Analysis& a_;
  const SentenceView& view_;
  const MarkerLexicon& markers_;
  const RoleNouns& roles_;
  const std::vector<MarkerHit>& hits_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_PROTEST_PARTIES_H_
