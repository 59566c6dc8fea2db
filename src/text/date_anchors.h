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
  // An open-addressing set of 64-bit word hashes: a text word is hashed while it is folded
  // and looked up without building a string. (A hash collision only costs a window.)
  class HashSet {
   public:
    void Insert(uint64_t hash);
    bool Contains(uint64_t hash) const;

   private:
    std::vector<uint64_t> slots_;  // 0 = empty; size a power of two
    size_t used_ = 0;
  };

  void AddWithClitics(const std::string& word, HashSet* set);
  // The folded code point of U+0600…U+06FF (0 for a dropped mark), from text::Normalizer.
  char16_t FoldArabic(char32_t cp) const { return fold_[cp - 0x0600]; }

  std::array<char16_t, 0x100> fold_{};
  HashSet words_;
  HashSet clause_end_words_;
  size_t max_length_ = 0;  // bytes of the longest folded word in either set
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_ANCHORS_H_
