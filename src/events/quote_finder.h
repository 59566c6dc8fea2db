// Quoted passages of a sentence: the words between «…», “…” or a pair of straight double
// quotes, as byte spans without the marks. The coder gives each passage a speaker (the actor
// of the reporting verb next to it) and drops quoted names of one word ("داعش").
#ifndef MARSAD_EVENTS_QUOTE_FINDER_H_
#define MARSAD_EVENTS_QUOTE_FINDER_H_

#include <string_view>
#include <vector>

#include "core/span.h"

namespace marsad::events {

// Passages inside `sentence` of `text` that hold at least `min_words` words.
std::vector<Span> FindQuotedPassages(std::string_view text, Span sentence, int min_words);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_QUOTE_FINDER_H_
