// Refines the generic code of an appeal, offer, refusal, threat or aid (020, 030, 120, 130,
// 070 …) by what the words after its cue name: military words make it military (دعت إلى
// الانضمام للتحالف → 0212), words for talks make it one for talks (026, 036; between others,
// mediation 039), words for political backing diplomatic (022), economic words economic (0211,
// 0311, 071), words for a truce or withdrawal a call for calm (0256); the nearest wins. A
// negated verb of material cooperation is a rejection of it (لن تنضم → 121، 1212).
#ifndef MARSAD_EVENTS_CONTENT_REFINEMENT_H_
#define MARSAD_EVENTS_CONTENT_REFINEMENT_H_

#include "events/cue_event.h"
#include "events/marker_lexicon.h"
#include "events/sentence_view.h"

namespace marsad::events {

// Refines ev->code (an act's, or a statement's coded by its appeal: 020) by the field markers
// of data/lexicon/events_markers.tsv after its cue, or after its appeal word (content_from).
void RefineByContent(const MarkerLexicon& markers, const SentenceView& view, CueEvent* ev);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CONTENT_REFINEMENT_H_
