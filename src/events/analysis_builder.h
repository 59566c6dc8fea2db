// AnalysisBuilder makes a small Analysis by hand, the way the text and actors stages would
// fill it: one sentence a line, tokens split at spaces with punctuation apart, normalised
// forms, a leading preposition (ل ب ك) split off as a segment, and entities wherever a given actor
// name occurs (also behind the clitics و ف ب ل). Tests and the golden cases use it to exercise the
// coder without the other stages.
#ifndef MARSAD_EVENTS_ANALYSIS_BUILDER_H_
#define MARSAD_EVENTS_ANALYSIS_BUILDER_H_

#include <string>
#include <utility>
#include <vector>

#include "core/analysis.h"

namespace marsad::events {

struct ActorName {
  std::string text;          // as written in the sentence, e.g. "الكرملين"
  std::string actor;         // its code, e.g. "RUSGOV"
  std::string type = "ORG";  // PER, ORG, LOC or MISC
};

Analysis BuildAnalysis(std::string text, const std::vector<ActorName>& actors,
                       std::string published = "");

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ANALYSIS_BUILDER_H_
