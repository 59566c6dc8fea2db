// DateAnchors finds, cheaply and without allocating per word, the places in a text where a
// date expression may be: words that every date expression contains at least one of (month
// and weekday names, relative days, period words — the "anchor" words of data/dates/), and
// digit runs that look like a year or the start of a numbered date (25/9). The date finder runs
// its full grammar only on windows of a few words around these places.
#ifndef MARSAD_TEXT_DATE_ANCHORS_H_
#define MARSAD_TEXT_DATE_ANCHORS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/span.h"

namespace marsad::text {

class DateAnchors {
 public:
  // `words` are folded anchor words (text/date_words.h folding); each is also recognised
  // behind the clitics the date lexicon allows (و ف, then ب ل ك, لل for ال).
  explicit DateAnchors(const std::vector<std::string>& words);

  // Byte windows of `text` around anchors, each reaching `context_words` white-space separated
  // words before and after its anchor, in order and merged where they touch.
  std::vector<Span> Windows(std::string_view text, size_t context_words) const;

  // Whether `folded` (one folded word, possibly with clitics) is an anchor word.
  bool IsAnchorWord(std::string_view folded) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const;
  };
  void Add(const std::string& word);
  // A cheap filter in front of words_: a bit per (length, last two letters) of its words.
  static size_t FilterKey(std::string_view folded);

  std::vector<uint64_t> filter_;

  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  size_t max_length_ = 0;  // bytes of the longest folded word in words_
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_ANCHORS_H_
