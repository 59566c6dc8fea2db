// DateWords cuts text into the units the date grammar reads: runs of Arabic letters, runs of
// digits, runs of Latin letters, and single punctuation marks. Each word is folded for matching
// by text::Normalizer (alef/hamza forms → ا, ى → ي, ة → ه, diacritics and tatweel dropped,
// Arabic-Indic digits → ASCII) and keeps the byte span of the original text it came from. It
// does its own cutting so that date finding does not depend on the tokenizer's boundaries.
#ifndef MARSAD_TEXT_DATE_WORDS_H_
#define MARSAD_TEXT_DATE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace marsad::text {

enum class DateWordKind { kLetters, kDigits, kLatin, kMark };

struct DateWord {
  std::string text;  // folded
  Span span;         // in the original text
  DateWordKind kind = DateWordKind::kMark;
  bool space_before = false;  // white space separates it from the previous word
  bool line_before = false;   // a newline separates it from the previous word
};

std::vector<DateWord> SplitDateWords(std::string_view text);

// The folded form of a phrase (one or more words), as the date tables store it.
std::string FoldDatePhrase(std::string_view phrase);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_WORDS_H_
