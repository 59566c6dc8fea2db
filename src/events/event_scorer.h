// EventScorer compares coded events with a gold file the way docs/EVENTS.md prescribes: a
// prediction matches a gold record of the same document when the gold evidence lies in the
// predicted record's sentence or one of its mentions (after normalisation), the source
// country and CAMEO root agree (the intent root 03 also answers an intended or hypothetical
// gold act) and, when gold names a target, the target country agrees. Matching is one-to-one
// and maximal, required gold first; optional gold is neither missed nor a false alarm.
// Scores are given at that root level and again requiring the full code, the full actor
// codes, polarity and modality.
#ifndef MARSAD_EVENTS_EVENT_SCORER_H_
#define MARSAD_EVENTS_EVENT_SCORER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::events {

struct GoldEvent {
  std::string doc;
  std::string evidence;
  std::string source;
  std::string code;
  std::string target;
  std::string polarity = "asserted";
  std::string modality = "actual";
  bool optional = false;
};

// Parses gold JSON Lines (one object a line, blank lines skipped).
Expected<std::vector<GoldEvent>> ParseGoldEvents(std::string_view jsonl);

struct Prf {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EventScores {
  Prf root;  // source country, CAMEO root, target country
  Prf full;  // and full code, actor codes, polarity, modality
  int documents = 0;
  int gold_without_document = 0;  // gold records of documents that were not scored
};

class EventScorer {
 public:
  explicit EventScorer(std::vector<GoldEvent> gold) : gold_(std::move(gold)) {}

  // Adds the coded events of one document, named by its file stem.
  void AddDocument(const std::string& doc, const Analysis& analysis);

  EventScores Score() const;

  // A readable account of the root-level matching, one line a record: each required gold
  // record as "hit" or "MISS", each unmatched prediction as "FP" (for finding what to fix).
  std::string Explain() const;

 private:
  struct Predicted {
    std::string doc;
    Event event;
    std::vector<std::string> sentences;  // normalised text of the sentence and its mentions
    std::string excerpt;                 // the start of the sentence as written
  };
  enum class Level { kRoot, kFull };
  bool Matches(const GoldEvent& gold, const Predicted& predicted, Level level) const;
  Prf ScoreLevel(Level level, const std::vector<bool>& scored_gold) const;
  // The gold index each prediction is matched to (-1 when none).
  std::vector<int> Match(Level level, const std::vector<bool>& scored_gold) const;
  std::vector<bool> ScoredGold() const;

  std::vector<GoldEvent> gold_;
  std::vector<Predicted> predicted_;
  std::vector<std::string> documents_;
};

// The normalised form evidence and sentences are compared in: folded letters, one space.
std::string NormalizeForScoring(std::string_view text);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_EVENT_SCORER_H_
