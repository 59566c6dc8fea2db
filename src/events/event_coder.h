// EventCoder is the events stage: from each non-boilerplate sentence it codes the acts it
// reports (source, CAMEO code, target, polarity, modality, date) and the quotes with their
// speakers, following docs/EVENTS.md. Verb cues and their argument frames live in
// data/lexicon/ (events*.tsv); CAMEO → PLOVER, quad class and Goldstein come from
// data/codebooks/.
#ifndef MARSAD_EVENTS_EVENT_CODER_H_
#define MARSAD_EVENTS_EVENT_CODER_H_

#include <memory>
#include <string>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::events {

class EventCoder {
 public:
  static Expected<EventCoder> Load(const std::string& data_dir);

  // Fills analysis->events and analysis->quotes. Needs the text and actors stages.
  void Apply(Analysis* analysis) const;

  struct Resources;

 private:
  explicit EventCoder(std::shared_ptr<const Resources> resources)
      : resources_(std::move(resources)) {}
  std::shared_ptr<const Resources> resources_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_EVENT_CODER_H_
