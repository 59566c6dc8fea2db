// CueEvent is what the event coder knows about one cue of a sentence while it works on the
// sentence: the cue and its pattern, the code and kind it has come to, its actors, polarity and
// modality, and how it stands to the other cues (the report whose clause holds it, the report
// that absorbs it). The coder's steps and the statement-content rules read and refine it; a
// record (Event) is built from it at the end.
#ifndef MARSAD_EVENTS_CUE_EVENT_H_
#define MARSAD_EVENTS_CUE_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "events/argument_finder.h"
#include "events/cue_finder.h"
#include "events/cue_lexicon.h"

namespace marsad::events {

struct CueEvent {
  CueMatch cue;
  const CuePattern* pattern = nullptr;
  CueKind kind = CueKind::kAct;  // the pattern's, or kDeny when a statement's content denies
  std::string code;              // the pattern's, or what a statement's content codes
  Arguments args;
  ActorRef source;
  std::vector<ActorRef> targets;
  bool negated = false;
  std::string modality = "actual";
  int governor = -1;         // index of the report/deny cue whose clause holds this cue
  bool absorbed = false;     // its act is coded as the content of the report before it
  bool known_crowd = false;  // its source is a definite role noun (المتظاهرون) named before
  bool any = false;          // a noun after أي: any such act (أي توصية أو عرض)
  std::vector<bool> counterpart;  // targets[k] follows نظيره: it takes the source's role
  bool place_source = false;  // its source is a place named as an actor (موسكو، روسيا)
  bool possessive = false;    // a noun with a pronoun suffix (اقتراحه): an act named before
  bool refers_back = false;   // its code is that of the act its possessive content names
  bool headline = false;      // a headline's "X: …" read as X's statement
  bool own_meeting = false;  // a meeting noun followed by "بينه وبين X": its subject's with X
  bool passive = false;      // an assault verb read as a passive: its subject is the victim
  uint32_t subject_end = 0;   // one past the actor right after the verb, or 0
  uint32_t content_from = 0;  // of a statement coded by its appeal: the word after the appeal
  int subjected_at = -1;      // of a noun: the تعرض whose phrase it lies in (SubjectedBefore)
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_EVENT_H_
