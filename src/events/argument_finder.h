// ArgumentFinder assigns the source and target actors of a cue inside one sentence:
// subject-initial clauses (روسيا ترفض …), verb-initial ones (نفى الكرملين …), verbal nouns
// with their genitive (انضمام روسيا), targets introduced by the cue's frame preposition
// (دعا … إلى، انضم إلى، بحث مع) or as direct object, and coordinated actors
// (تركيا والسعودية والأردن). It does not look outside the sentence; the coder does that.
#ifndef MARSAD_EVENTS_ARGUMENT_FINDER_H_
#define MARSAD_EVENTS_ARGUMENT_FINDER_H_

#include <vector>

#include "events/cue_finder.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/sentence_view.h"

namespace marsad::events {

struct Arguments {
  int source = -1;            // index into SentenceView::entities, or -1
  std::vector<int> targets;   // coordinated targets; empty when none
  uint32_t clause_start = 0;  // first word of a reported clause (after أن/إن); 0 when none
};

// هجوم انتحاري لمتمردي حزب العمال، غارات لطائرات التحالف: the coded actor in a ل-genitive right
// after the attack noun at `cue` (or after its adjective), its doer; -1 when there is none.
int AttackOwner(const SentenceView& view, const MarkerLexicon& markers, uint32_t cue);

class ArgumentFinder {
 public:
  explicit ArgumentFinder(const MarkerLexicon* markers) : markers_(markers) {}

  Arguments Find(const SentenceView& view, const CueMatch& cue, const CuePattern& pattern) const;

  // The entity that starts at word `i` and is not inside a prepositional phrase, or -1.
  int BareEntityAt(const SentenceView& view, uint32_t i) const;

  // The entities coordinated with entity `e` by و (e itself first).
  std::vector<int> Coordinated(const SentenceView& view, int e) const;

 private:
  bool PrepositionBefore(const SentenceView& view, int e) const;
  int SourceAfter(const SentenceView& view, uint32_t cue, uint32_t limit) const;
  // The actor right before a relative pronoun in front of the verb at `cue`, or -1.
  int RelativeAntecedent(const SentenceView& view, uint32_t cue) const;
  int SourceBefore(const SentenceView& view, uint32_t cue, uint32_t reach) const;
  // Whether a clause opener (إن، أن) stands a few words before word `i`: an actor there opens a
  // reported clause.
  bool AfterClauseOpener(const SentenceView& view, uint32_t i) const;
  // أنه لا يعلم بوجود خبراء روس في العراق للتنسيق مع …: the actor whose presence or sending a
  // prepositional noun names (بوجود X، بإرسال X) right before the purpose noun (ل+noun) at
  // `cue`, past places in prepositional phrases; -1 when there is none.
  int PurposeHolder(const SentenceView& view, uint32_t cue) const;
  // The target of a cue from word `from` on, before `clause_end` (CueMatch::clause_end).
  int FindTarget(const SentenceView& view, uint32_t from, const CuePattern& pattern, int source,
                 uint32_t clause_end, uint32_t* clause_start) const;

  const MarkerLexicon* markers_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ARGUMENT_FINDER_H_
