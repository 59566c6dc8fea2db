// SentenceSplitter cuts news text into sentences: at . ! ? ؟ and line breaks (headlines have
// no full stop), never inside «…» / “…” quotes that end on the same line, after numbered
// dates (25/9/2015) or abbreviations. Also where a crawler ran related headlines into the start
// of a line: at a closing quote written right before و/ف and a word («"داعش"وأشار»), when the
// line up to it is a few words with no punctuation.
#ifndef MARSAD_TEXT_SENTENCE_SPLITTER_H_
#define MARSAD_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace marsad::text {

// Returns sentences (span, first_token, end_token) covering every token once, in order;
// whitespace between sentences belongs to none. Sets token.sentence on each token.
std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token>* tokens);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_SENTENCE_SPLITTER_H_
