// DateLexicon holds the words of date expressions read from data/dates/ (months.tsv,
// words.tsv, numbers.tsv): month names in every regional naming, Hijri months, weekdays,
// relative days, relative qualifiers, duration units and day-number words. It finds, for
// every word of a text, the phrases that start there (allowing one leading clitic).
#ifndef MARSAD_TEXT_DATE_LEXICON_H_
#define MARSAD_TEXT_DATE_LEXICON_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_filter.h"
#include "core/key_index.h"
#include "core/status.h"
#include "text/date_words.h"

namespace marsad::text {

// The key of a kind name ("month", "weekday", ...): a 64-bit FNV-1a hash of the name, worked out
// at compile time for the names the date grammar asks for, so that the kind of a phrase is told
// by one comparison rather than a string compare. DateLexicon::Load fails when two kinds of its
// files share a key, so keys tell the kinds apart exactly.
class DateKindKey {
 public:
  consteval DateKindKey(const char* name) : hash_(Hash(name)) {}  // NOLINT: from literals
  static constexpr DateKindKey Of(std::string_view name) { return DateKindKey(Hash(name)); }
  constexpr bool operator==(const DateKindKey&) const = default;
  constexpr uint64_t hash() const { return hash_; }

 private:
  explicit constexpr DateKindKey(uint64_t hash) : hash_(hash) {}
  static constexpr uint64_t Hash(std::string_view name) {
    uint64_t hash = 14695981039346656037ull;
    for (const char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
  }
  uint64_t hash_;
};

struct DateEntry {
  std::string kind;  // month, month?, hijri, weekday, day, shift, unit, ... (see the files)
  DateKindKey kind_key = DateKindKey::Of("");  // DateKindKey::Of(kind)
  int value = 0;
  std::string unit;  // for kind "unit": day, week, month or year
};

struct DatePhraseMatch {
  const DateEntry* entry = nullptr;
  size_t end = 0;             // index of the word after the phrase
  size_t clitic_letters = 0;  // letters of a leading clitic left out of the phrase («و», «بـ»)
};

// The phrases that start at every word of a text, longest first, in one flat list that
// DateLexicon::MatchAll refills (reusing its buffers).
class DatePhraseMatches {
 public:
  std::span<const DatePhraseMatch> operator[](size_t word) const {
    return std::span<const DatePhraseMatch>(all_).subspan(begin_[word],
                                                          begin_[word + 1] - begin_[word]);
  }
  size_t size() const { return begin_.empty() ? 0 : begin_.size() - 1; }

 private:
  friend class DateLexicon;
  std::vector<DatePhraseMatch> all_;
  std::vector<uint32_t> begin_;  // the matches of word i are all_[begin_[i], begin_[i + 1])
  std::string phrase_;           // scratch: a phrase being checked against the lexicon
};

class DateLexicon {
 public:
  // Reads months.tsv, words.tsv and numbers.tsv under `dir` (e.g. "<data>/dates").
  static Expected<DateLexicon> Load(const std::string& dir);

  // Fills `matches` with every phrase that starts at each word, longest first.
  void MatchAll(const std::vector<DateWord>& words, DatePhraseMatches* matches) const;

  // The number of phrases.
  size_t size() const { return phrase_count_; }

  // For each phrase of `kinds`, its longest word that is not on its own a phrase of one of
  // `except_kinds` («أمس» of «أول من أمس» when except_kinds holds "first" and "of"): a text
  // can hold the phrase only where it holds that word.
  std::vector<std::string> WordsOf(const std::vector<std::string_view>& kinds,
                                   const std::vector<std::string_view>& except_kinds) const;

 private:
  // A folded phrase, or the leading words of a longer one («أول», «أول من»), or both: a phrase is
  // grown word by word only while it is one of the latter.
  struct Key {
    std::string text;
    std::vector<DateEntry> entries;  // empty for the leading words of a phrase only
    bool continues = false;
  };

  DateLexicon() = default;
  Status LoadFile(const std::string& path);
  // A word that starts a key as written or behind clitics, with those keys: the variants of the
  // word without its clitics (see CliticVariants in the .cc) that are keys, in order.
  struct FirstWord {
    std::string text;
    struct Start {
      uint32_t key = 0;
      uint32_t clitic_letters = 0;
    };
    std::vector<Start> starts;
  };

  Key& KeyFor(const std::string& text);
  // Finds, for every form of the single-word keys behind the clitics that MatchAll strips, the keys
  // it starts.
  void AddFirstWords();
  const FirstWord* FindFirstWord(std::string_view word) const;
  const Key* Find(std::string_view text) const;

  std::vector<Key> keys_;
  KeyIndex index_;  // hash of a key's text → its index in keys_
  std::vector<FirstWord> first_words_;
  KeyIndex first_word_index_;  // hash of a first word → its index in first_words_
  // A bit filter of the hashes of first_words_: most words are not among them and are looked up
  // no further.
  KeyFilter first_word_filter_;
  size_t phrase_count_ = 0;
  size_t max_words_ = 1;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_LEXICON_H_
