// DateLexicon holds the words of date expressions read from data/dates/ (months.tsv,
// words.tsv, numbers.tsv): month names in every regional naming, Hijri months, weekdays,
// relative days, relative qualifiers, duration units and day-number words. It finds, for
// every word of a text, the phrases that start there (allowing one leading clitic).
#ifndef MARSAD_TEXT_DATE_LEXICON_H_
#define MARSAD_TEXT_DATE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "text/date_words.h"

namespace marsad::text {

struct DateEntry {
  std::string kind;  // month, month?, hijri, weekday, day, shift, unit, ... (see the files)
  int value = 0;
  std::string unit;  // for kind "unit": day, week, month or year
};

struct DatePhraseMatch {
  const DateEntry* entry = nullptr;
  size_t end = 0;             // index of the word after the phrase
  size_t clitic_letters = 0;  // letters of a leading clitic left out of the phrase («و», «بـ»)
};

class DateLexicon {
 public:
  // Reads months.tsv, words.tsv and numbers.tsv under `dir` (e.g. "<data>/dates").
  static Expected<DateLexicon> Load(const std::string& dir);

  // matches[i] lists every phrase that starts at words[i], longest first.
  std::vector<std::vector<DatePhraseMatch>> MatchAll(const std::vector<DateWord>& words) const;

  size_t size() const { return phrases_.size(); }

  // For each phrase of `kinds`, its longest word that is not on its own a phrase of one of
  // `except_kinds` («أمس» of «أول من أمس» when except_kinds holds "first" and "of"): a text
  // can hold the phrase only where it holds that word.
  std::vector<std::string> WordsOf(const std::vector<std::string_view>& kinds,
                                   const std::vector<std::string_view>& except_kinds) const;

 private:
  DateLexicon() = default;
  Status LoadFile(const std::string& path);

  std::unordered_map<std::string, std::vector<DateEntry>> phrases_;  // folded phrase → entries
  // The leading words of the phrases of more than one word («أول», «أول من»): a phrase is grown
  // word by word only while it is one of them.
  std::unordered_set<std::string> multiword_prefixes_;
  size_t max_words_ = 1;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_LEXICON_H_
