// Tokenizer splits news text into words, numbers, Latin words and punctuation (each
// punctuation mark a token of its own), with byte spans into the original text.
// Dates written with digits (25/9/2015), decimals (1.5) and abbreviations (د.ب.ا) stay whole.
#ifndef MARSAD_TEXT_TOKENIZER_H_
#define MARSAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace marsad::text {

// Returns tokens with span and kind set (segments, norm and sentence are left empty).
std::vector<Token> Tokenize(std::string_view text);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TOKENIZER_H_
