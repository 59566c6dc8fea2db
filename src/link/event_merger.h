// EventMerger merges event mentions from many articles into corpus events: mentions with the
// same source and target actors and the same CAMEO root, dated within a day of each other,
// are one happening. It also finds contradictions: an act one outlet asserts that another
// reports negated, or that the actor concerned denies (CAMEO 016) within the window.
// Pure and in-memory: mentions in, events and contradictions (as indices) out.
#ifndef MARSAD_LINK_EVENT_MERGER_H_
#define MARSAD_LINK_EVENT_MERGER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/span.h"

namespace marsad::link {

// One coded event as one article reports it (see core/analysis.h Event).
struct EventMention {
  uint32_t doc = 0;    // the caller's document index
  std::string outlet;  // e.g. "sabq"
  std::string url;
  std::string date;    // YYYY-MM-DD: the event's date, else the article's publication date
  std::string source;  // actor codes; empty when unknown
  std::string target;
  std::string code;                   // CAMEO, 2-4 digits
  std::string polarity = "asserted";  // asserted | negated
  std::string modality = "actual";    // actual | reported | hypothetical | intended
  Span sentence;                      // byte span in the article's text
  std::string sentence_text;          // optional, for display
};

// One happening seen across the corpus. Counts cover asserted mentions of actual acts only
// (docs/EVENTS.md); `mentions` keeps every mention merged into it (negated, reported,
// hypothetical, intended too), for provenance.
struct CorpusEvent {
  std::string source;
  std::string target;
  std::string root;        // CAMEO root, two digits
  std::string code;        // the most frequent full code among the counted mentions (among
                           // all mentions when none counts)
  std::string first_seen;  // YYYY-MM-DD of the counted (else all) mentions; empty: undated
  std::string last_seen;
  int num_articles = 0;  // distinct docs
  int num_sources = 0;   // distinct outlets
  int num_mentions = 0;
  std::vector<uint32_t> mentions;  // indices into the input, date order
};

// An act asserted by some outlets and negated or denied by another: "negated" when another
// outlet reports the same act (same source, root, target, window) as not having happened;
// "denied" when the actor concerned (the act's source, or an actor of the same country)
// denies (CAMEO 016) within the window, in another article, an act of a denied root.
struct Contradiction {
  uint32_t event = 0;               // index into MergedEvents::events
  std::vector<uint32_t> asserting;  // mention indices asserting the act
  std::vector<uint32_t> denying;    // mention indices negating or denying it
  std::string kind;                 // "negated" or "denied"
};

struct MergedEvents {
  std::vector<CorpusEvent> events;  // ordered by first_seen, then source, root, target
  std::vector<Contradiction> contradictions;
};

class EventMerger {
 public:
  struct Options {
    int window_days = 1;  // a mention joins an event at most this many days after its first
    // CAMEO roots of acts an actor denies responsibility for (aid, threats, protests,
    // force, reduced relations, coercion, assault, fighting, mass violence).
    std::vector<std::string> denied_roots = {"07", "13", "14", "15", "16", "17", "18", "19", "20"};
    // When set, a denial counts only if its article also reports the denied act itself
    // (any polarity or modality), as in "نفى الكرملين ما يشاع حول قيام عسكريين روس …"
    // (docs/EVENTS.md: the denial and the embedded act, reported). Stricter, fewer false hits.
    bool denial_needs_embedded_act = false;
  };

  EventMerger() : EventMerger(Options{}) {}
  explicit EventMerger(Options options) : options_(options) {}

  // Mentions whose source and target are both unknown are merged only within their own
  // article. Undated mentions form events of their own (one per source, root, target).
  MergedEvents Merge(const std::vector<EventMention>& mentions) const;

 private:
  Options options_;
};

}  // namespace marsad::link

#endif  // MARSAD_LINK_EVENT_MERGER_H_
