// One record per act per article (docs/EVENTS.md "What is coded"): the event coder codes each
// sentence on its own; this merges the records of an article that tell the same act again
// into the first one, which keeps the other sentences as its mentions.
#ifndef MARSAD_EVENTS_REPEAT_MERGER_H_
#define MARSAD_EVENTS_REPEAT_MERGER_H_

#include <string>
#include <vector>

#include "core/analysis.h"

namespace marsad::events {

// What the merge needs to know of a record beyond the record itself.
struct RecordNotes {
  bool headline_statement = false;   // a plain statement read from a headline's "X: …"
  std::vector<std::string> parties;  // of a denial: the countries named after its cue
  // Of a denial: the acts it denies, each as its source country and CAMEO root ("RUS02").
  std::vector<std::string> denied;
};

// Whether two references name the same actor: the same code, or, when neither has one, the
// same words.
bool SameActor(const ActorRef& x, const ActorRef& y);

// Appends `records` (in text order, `notes` parallel to them) to `out`, merging repeats: a
// record with the same source country, CAMEO root, target country, polarity and modality as an
// earlier one becomes a mention of it, and lends it a target it lacked. Of CAMEO root 01 only
// plain statements (010) merge; a denial merges with one of the same parties or the same
// denied act. A headline's statement is dropped when the article has another of its speaker.
void MergeRepeats(std::vector<Event> records, const std::vector<RecordNotes>& notes,
                  std::vector<Event>* out);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_REPEAT_MERGER_H_
