// DateWords cuts text into the units the date grammar reads: runs of Arabic letters, runs of
// digits, runs of Latin letters, and single punctuation marks. Each word is folded for matching
// by text::Normalizer (alef/hamza forms → ا, ى → ي, ة → ه, diacritics and tatweel dropped,
// Arabic-Indic digits → ASCII) and keeps the byte span of the original text it came from. It
// does its own cutting so that date finding does not depend on the tokenizer's boundaries.
#ifndef MARSAD_TEXT_DATE_WORDS_H_
#define MARSAD_TEXT_DATE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/normalizer.h"

namespace marsad::text {

enum class DateWordKind { kLetters, kDigits, kLatin, kMark };

struct DateWord {
  std::string_view text;  // folded; a view into the DateWords that holds it
  Span span;              // in the original text
  DateWordKind kind = DateWordKind::kMark;
  bool space_before = false;  // white space separates it from the previous word
  bool line_before = false;   // a newline separates it from the previous word
};

// The words of one text and the folded text they view. Split() refills it, reusing its buffers, so
// that splitting many texts with one DateWords does not allocate once it is warm. Not copyable: the
// words view its own buffer.
class DateWords {
 public:
  DateWords() = default;
  DateWords(const DateWords&) = delete;
  DateWords& operator=(const DateWords&) = delete;

  void Split(std::string_view text);

  const std::vector<DateWord>& words() const { return words_; }
  size_t size() const { return words_.size(); }
  const DateWord& operator[](size_t i) const { return words_[i]; }

 private:
  Normalizer normalizer_;
  std::string folded_;
  std::vector<uint32_t> offsets_;  // original offset of every folded byte, and of the end
  std::vector<DateWord> words_;
};

// The folded form of a phrase (one or more words), as the date tables store it.
std::string FoldDatePhrase(std::string_view phrase);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_WORDS_H_
