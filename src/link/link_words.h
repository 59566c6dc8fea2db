// The words linking compares articles by: normalised (text/normalizer.h) word-like runs of
// an article's text, in order. Two entry points give the same kind of sequence: from raw
// text (no pipeline needed) and from an analysed article (its tokens' norms, boilerplate
// sentences left out).
#ifndef MARSAD_LINK_LINK_WORDS_H_
#define MARSAD_LINK_LINK_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace marsad::link {

// Normalises `text` and splits it into words: maximal runs of letters and digits (ASCII
// and Arabic punctuation, symbols and spaces separate words).
std::vector<std::string> WordsOfText(std::string_view text);

// The norms of the article's word, number and Latin tokens outside boilerplate sentences;
// falls back to WordsOfText(analysis.text()) when the analysis has no tokens.
std::vector<std::string> WordsOfAnalysis(const Analysis& analysis);

// 64-bit hash of the word sequence (words joined by one space): equal for articles whose
// normalised words are identical, whatever their spacing and punctuation; 0 for no words
// (and never otherwise).
uint64_t HashOfWords(const std::vector<std::string>& words);

}  // namespace marsad::link

#endif  // MARSAD_LINK_LINK_WORDS_H_
