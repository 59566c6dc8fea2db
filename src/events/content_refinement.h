// Refines the generic code of an appeal, offer, refusal, threat or aid (020, 030, 120, 130,
// 070 …) by what the words after its cue name: military words make it military (دعت إلى
// الانضمام للتحالف → 0212), words for talks make it one for talks (026, 036; between others,
// mediation 039), words for political backing diplomatic (022), economic words economic (0211,
// 0311, 071), words for a truce or withdrawal a call for calm (0256); the nearest wins. A
// negated verb of material cooperation is a rejection of it (لن تنضم → 121، 1212). The codes
// are data: data/lexicon/events_refinements.tsv.
#ifndef MARSAD_EVENTS_CONTENT_REFINEMENT_H_
#define MARSAD_EVENTS_CONTENT_REFINEMENT_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "events/cue_event.h"
#include "events/marker_lexicon.h"
#include "events/sentence_view.h"

namespace marsad::events {

// One row of data/lexicon/events_refinements.tsv: the code a generic one becomes when the
// words after its cue name a field. An empty code: that field leaves it as it is (material:
// as economic).
struct ContentRefinement {
  std::string generic;
  std::string military;
  std::string talks;
  std::string policy;
  std::string economic;
  std::string material;   // economic and military words together
  std::string calm;       // words for a truce or withdrawal
  std::string mediation;  // words for talks followed by بين: talks between others
  std::string refused;    // the act's verb negated

  // Every code of the row, empty ones included.
  std::array<const std::string*, 9> codes() const {
    return {&generic,  &military, &talks,     &policy, &economic,
            &material, &calm,     &mediation, &refused};
  }
};

// The refinement table, read from data/lexicon/events_refinements.tsv.
class ContentRefinements {
 public:
  static Expected<ContentRefinements> Load(const std::string& data_dir);
  // Rows of nine tab-separated codes ("-" for none); `name` is used in error messages.
  static Expected<ContentRefinements> Parse(std::string_view text, const std::string& name);

  // The row for a generic code; nullptr when the code is refined by nothing.
  const ContentRefinement* For(std::string_view generic) const;
  const std::vector<ContentRefinement>& rows() const { return rows_; }

 private:
  std::vector<ContentRefinement> rows_;
};

// Refines ev->code (an act's, or a statement's coded by its appeal: 020) by the field markers
// of data/lexicon/events_markers.tsv after its cue, or after its appeal word (content_from).
void RefineByContent(const ContentRefinements& refinements, const MarkerLexicon& markers,
                     const SentenceView& view, CueEvent* ev);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CONTENT_REFINEMENT_H_
