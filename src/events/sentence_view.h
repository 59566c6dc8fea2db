// SentenceView is one sentence as the event coder reads it: the folded words (punctuation
// trimmed, match_form.h), where punctuation closes a phrase, which entity each word belongs
// to, which clitic prepositions (ب ل) precede an entity inside its first word, and which words
// a question (… ؟) asks about.
#ifndef MARSAD_EVENTS_SENTENCE_VIEW_H_
#define MARSAD_EVENTS_SENTENCE_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis.h"

namespace marsad::events {

struct EntityInSentence {
  uint32_t entity = 0;  // index into Analysis::entities
  uint32_t first = 0;   // first word (sentence-relative)
  uint32_t end = 0;     // one past the last word
  std::string clitic;   // folded proclitic bytes in the first word before the entity (e.g. "ل")
  std::string actor;    // its actor code (may be empty)
  bool place = false;   // a place (type LOC): a country, a capital, a city
};

struct SentenceView {
  uint32_t sentence = 0;            // index into Analysis::sentences
  uint32_t first_token = 0;         // the sentence's first token in Analysis::tokens
  std::vector<std::string> words;   // folded, punctuation trimmed
  std::vector<bool> closes_phrase;  // the word ends with , : ; . or a quote mark
  std::vector<bool> opens_quote;    // the word starts with an opening quote mark (« “ ")
  // The word is a noun with a prepositional proclitic (لوكالة، بقيادة): an actor right after
  // it is its genitive, inside the prepositional phrase.
  std::vector<bool> prepositional;
  // The word lies in a question: the words from the last clause break (. : ! ؛ or an opening
  // quote) before a ؟ up to it (هل ستنضم روسيا إلى التحالف؟). Acts there are asked about.
  std::vector<bool> asked;
  bool is_question = false;    // some word of the sentence is asked about
  std::vector<int> entity_at;  // index into `entities`, or -1
  std::vector<EntityInSentence> entities;

  // Builds the view of sentence `index` of `analysis`.
  static SentenceView Build(const Analysis& analysis, uint32_t index);
  // The first part of Build: the view with its sentence and words alone, the rest empty until
  // Complete. A cue search reads only the words, and most sentences hold no cue.
  static SentenceView WordsOf(const Analysis& analysis, uint32_t index);
  // Fills what WordsOf leaves empty (a view WordsOf made of `analysis`).
  void Complete(const Analysis& analysis);

  // The entity (an index into `entities`) that starts at word `word`; -1 when the word is
  // outside names, inside a name that starts before it, or past the sentence.
  int EntityStartingAt(uint32_t word) const {
    if (word >= entity_at.size()) return -1;
    const int e = entity_at[word];
    return e >= 0 && entities[e].first == word ? e : -1;
  }
  // The entity that starts at word `word` when it has an actor code; -1 otherwise.
  int ActorStartingAt(uint32_t word) const {
    const int e = EntityStartingAt(word);
    return e >= 0 && !entities[e].actor.empty() ? e : -1;
  }
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_SENTENCE_VIEW_H_
