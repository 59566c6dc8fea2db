// What a report's words do beyond saying something (docs/EVENTS.md: "قال X إن …" codes what
// X's words do): a denial or an appeal in its clause codes the statement as one (016, 020); a
// report that conveys an act noun (أبلغ X باقتراحه) codes that act; a statement confirming a
// known act of cooperation (أكد لافروف هذا التعاون) is that act of the speaker's; and a denial
// recalling what was said before it (وهو ما نفت واشنطن حدوثه) makes the acts it denies claims.
// The event coder applies these rules to the cues of one sentence (cue_event.h), in this order.
#ifndef MARSAD_EVENTS_STATEMENT_CONTENT_H_
#define MARSAD_EVENTS_STATEMENT_CONTENT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "events/argument_finder.h"
#include "events/cue_event.h"
#include "events/marker_lexicon.h"
#include "events/sentence_view.h"

namespace marsad::events {

// A denial in a report's clause (أكد أنه لا يعلم بـ…، لم نتلق، أكد بوتين بأن روسيا لم تأت)
// makes it a denial (016), whose clause acts are then reported; an appeal (يجب أن، من الضروري)
// makes it an appeal (020), addressed to the actors after it, or to the subject of the clause
// before it when the verb after the appeal carries its subject (… يجب أن يضعوه); the acts
// appealed for after it are its content (absorbed), not acts of their own.
void ReadStatementContent(const Analysis& a, const SentenceView& view,
                          const ArgumentFinder& arguments, const MarkerLexicon& markers,
                          const std::vector<MarkerHit>& hits, std::vector<CueEvent>* cues);

// أبلغ X باقتراحه، أخبره برفض …: a report whose object is followed by a ب-noun of an appeal,
// offer, demand, disapproval, rejection or threat codes that act, addressed to its targets; the
// noun is marked absorbed, not to be coded again on its own.
void AbsorbReportedContent(const SentenceView& view, std::vector<CueEvent>* cues);

// أكد لافروف هذا التعاون: a statement whose object is a known act of cooperation (a
// demonstrative and a noun of cooperation, data/lexicon/events_markers.tsv) confirms the act
// reported before in the article (`earlier`) in which the speaker's country was addressed; it
// is coded as that act of the speaker's, addressed to its maker.
void ConfirmKnownAct(const MarkerLexicon& markers, const SentenceView& view,
                     const std::vector<Event>& earlier, CueEvent* ev);

// أن موسكو طلبت من واشنطن …، وهو ما نفت واشنطن حدوثه: a denial right after a phrase recalling
// what was said before it makes the acts before it in the sentence claims (reported).
void MarkDeniedClaims(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      std::vector<CueEvent>* cues);

// The acts the denial at cues[d] denies, as source country and CAMEO root ("RUS02"): those in
// its clause (their governor is d), and those before it when it recalls them (وهو ما نفت
// واشنطن حدوثه).
std::vector<std::string> DeniedActs(const MarkerLexicon& markers,
                                    const std::vector<std::string>& words,
                                    const std::vector<CueEvent>& cues, size_t d);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_STATEMENT_CONTENT_H_
