// DateAnchors finds, cheaply and without allocating per word, the places in a text where a
// date expression may be: words that every date expression contains at least one of (month
// and weekday names, relative days, period words — the "anchor" words of data/dates/), digit
// runs that look like a year or the start of a numbered date (25/9), and day numbers that close
// a clause («عدت في 27.», «للثاني والعشرين»). The date finder runs its full grammar only on
// windows of a few words around these places.
#ifndef MARSAD_TEXT_DATE_ANCHORS_H_
#define MARSAD_TEXT_DATE_ANCHORS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/date_word_set.h"

namespace marsad::text {

class DateAnchors {
 public:
  // `words` are folded anchor words (text/date_words.h folding); `clause_end_words` are folded
  // words that anchor only when a clause ends right after them (day numbers in words). Each is
  // also recognised behind the clitics the date lexicon allows (و ف, then ب ل ك, لل for ال).
  explicit DateAnchors(const std::vector<std::string>& words,
                       const std::vector<std::string>& clause_end_words = {});

  // Byte windows of `text` around anchors, each reaching `words_before` and `words_after`
  // white-space separated words before and after its anchor, in order and merged where they
  // touch.
  std::vector<Span> Windows(std::string_view text, size_t words_before, size_t words_after) const;
  std::vector<Span> Windows(std::string_view text, size_t context_words) const {
    return Windows(text, context_words, context_words);
  }

  // Whether `folded` (one folded word, possibly with clitics) is an anchor word.
  bool IsAnchorWord(std::string_view folded) const;

 private:
  void AddWithClitics(const std::string& word, DateWordSet* set);
  static uint64_t HashOf(std::string_view folded);

  // What each pair of bytes folds to (text::Normalizer), indexed by the pair (first << 8 | second):
  // for the two-byte form of a code point of U+0600…U+06FF, kDropped for a mark the fold drops,
  // kDigit0 + d for a digit d, or a letter's folded code point − U+0600 (0x21…0xD3); kOther for
  // anything else (it ends a word). One lookup per character, with no range tests.
  static constexpr uint8_t kDropped = 0;
  static constexpr uint8_t kDigit0 = 0xE0;
  static constexpr uint8_t kOther = 0xFF;
  std::vector<uint8_t> pair_code_;
  DateWordSet words_;
  DateWordSet clause_end_words_;
  size_t max_length_ = 0;  // bytes of the longest folded word in either set
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_ANCHORS_H_
