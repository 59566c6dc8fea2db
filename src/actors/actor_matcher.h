// ActorMatcher is the compiled actor lexicon: every actors*.tsv file under data/lexicon/, its
// forms read through the text stage into variant keys (with transliteration variants) and
// held in one PhraseMatcher. It finds the longest lexicon phrases in a run of match units,
// left to right, without overlaps. Read-only after Load; safe to share between threads.
#ifndef MARSAD_ACTORS_ACTOR_MATCHER_H_
#define MARSAD_ACTORS_ACTOR_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "actors/actor_lexicon.h"
#include "core/status.h"
#include "lexicon/match_units.h"
#include "lexicon/phrase_matcher.h"
#include "text/text_analyzer.h"

namespace marsad::actors {

// One lexicon phrase found in the text: units [first_unit, end_unit) and the entries it names.
struct LexiconMatch {
  size_t first_unit = 0;
  size_t end_unit = 0;
  Span span;
  std::vector<uint32_t> entries;  // indices into ActorMatcher::entries()
};

class ActorMatcher {
 public:
  // Reads every data_dir/lexicon/actors*.tsv file.
  static Expected<ActorMatcher> Load(const std::string& data_dir, const text::TextAnalyzer& text);
  // Compiles the given entries (for tests and tools).
  static ActorMatcher Compile(std::vector<LexiconEntry> entries, const text::TextAnalyzer& text);

  std::vector<LexiconMatch> Find(std::span<const lexicon::MatchUnit> units) const;
  // The same over units [begin, end) only (one sentence), appending to *matches; `choices` are
  // lexicon::KeyChoices(units), computed once for the whole article.
  void FindIn(std::span<const lexicon::MatchUnit> units,
              std::span<const lexicon::KeyChoice> choices, size_t begin, size_t end,
              std::vector<LexiconMatch>* matches) const;

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  size_t phrase_count() const { return matcher_.phrase_count(); }

 private:
  ActorMatcher(std::vector<LexiconEntry> entries, lexicon::PhraseMatcher matcher)
      : entries_(std::move(entries)), matcher_(std::move(matcher)) {}
  std::vector<LexiconEntry> entries_;
  lexicon::PhraseMatcher matcher_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_ACTOR_MATCHER_H_
