// Acts that answer or recall an act reported before them: an acceptance or a rejection of a
// request or proposal named as a known one (وافق على هذا المقترح، رفض هذا المقترح) answers its
// maker, and an accepted military request is military cooperation intended; an acceptance "on"
// something that names no proposal is an administrative decision (وافق الاتحاد على تعيين
// مدرب); a possessive act noun (أبلغ قادة تركيا باقتراحه) recalls the act where it was made.
#ifndef MARSAD_EVENTS_KNOWN_PROPOSALS_H_
#define MARSAD_EVENTS_KNOWN_PROPOSALS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "events/cue_event.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

// A request or proposal an act answers: who made it, and its code.
struct AcceptedProposal {
  ActorRef maker;
  std::string code;  // the proposal's
};

// وافق على هذا المقترح، موافقة الأسد على الطلب: an act followed by a request or proposal noun
// named as a known one (after a demonstrative, or with the article) answers the latest request
// or proposal of another country reported before it, in the sentence (`before`) or the article
// (`earlier`); its maker is the target. An empty maker when none applies.
AcceptedProposal MakerOfKnownProposal(const CueLexicon& cues, const MarkerLexicon& markers,
                                      const SentenceView& view, const CueEvent& ev,
                                      std::span<const CueEvent> before,
                                      const std::vector<Event>& earlier);

// The intent to cooperate that accepts a proposal of `code`: its kind carries over (a
// military request or offer accepted is military cooperation intended: 0212 → 0312); else
// `generic`.
std::string AcceptanceCode(std::string_view code, std::string generic);

// وافق الاتحاد على تعيين مدرب، وافقت الشركة على شراء …: an intent to cooperate "على"
// something (not an actor) that names no proposal, request, plan or cooperation within reach
// (data/lexicon/events_markers.tsv, accepted) is an administrative decision, not CAMEO 03.
bool AdministrativeDecision(const MarkerLexicon& markers, const RoleNouns& roles,
                            const SentenceView& view, const CueEvent& ev);

// The code of the most specific (then latest) act of the same source country and CAMEO root
// coded before in the article (أبلغ قادة تركيا باقتراحه: the proposal coded where it was
// made), or `code`.
std::string CodeOfEarlierAct(const std::vector<Event>& earlier, const ActorRef& source,
                             const std::string& code);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_KNOWN_PROPOSALS_H_
