// What the event coder's units read off a cue's pattern beyond its fields: the CAMEO root of a
// code (the act's family: 04 consult, 14 protest, 18 assault) and whether the pattern's frame
// (the target column of data/lexicon/events.tsv) finds its target by a given means.
#ifndef MARSAD_EVENTS_CUE_TRAITS_H_
#define MARSAD_EVENTS_CUE_TRAITS_H_

#include <algorithm>
#include <string_view>

#include "events/cue_lexicon.h"

namespace marsad::events {

// Make statement (CAMEO 010): a report saying no more.
inline constexpr std::string_view kStatement = "010";

// Assault, fight and mass violence (CAMEO 18-20): acts with a victim.
inline constexpr int kFirstAssaultRoot = 18;
// The first CAMEO root of conflict (11 disapprove): what one can be subjected to or face.
inline constexpr int kFirstConflictRoot = 11;

// The root of a CAMEO code, its first two digits as a number ("0312" → 3, "180" → 18).
inline int CameoRoot(std::string_view code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

// Whether the cue's target column lists `by`: "obj" a direct object, "gen" the genitive of the
// verbal noun it needs after it, or a folded preposition (على، مع).
inline bool TakesTargetBy(const CuePattern& pattern, std::string_view by) {
  return std::find(pattern.target_by.begin(), pattern.target_by.end(), by) !=
         pattern.target_by.end();
}

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_TRAITS_H_
