// Builds the inputs of linking (link/story_clusterer.h, link/event_merger.h) from an
// analysed article, so that a caller holding Analysis records needs no glue of its own.
#ifndef MARSAD_LINK_LINK_INPUTS_H_
#define MARSAD_LINK_LINK_INPUTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "link/event_merger.h"
#include "link/story_clusterer.h"

namespace marsad::link {

// doc: the caller's index for this article. `words` as from WordsOfAnalysis(analysis)
// (passed in so that the caller computes them once for MinHash and stories alike).
StoryDoc MakeStoryDoc(const Analysis& analysis, uint32_t doc,
                      const std::vector<std::string>& words);

// One mention an event of the analysis; the date is the event's, else the publication date.
std::vector<EventMention> MakeEventMentions(const Analysis& analysis, uint32_t doc);

// "source|root|target" of an event, as StoryDoc::event_keys holds them.
std::string EventKey(const std::string& source, const std::string& code, const std::string& target);

}  // namespace marsad::link

#endif  // MARSAD_LINK_LINK_INPUTS_H_
