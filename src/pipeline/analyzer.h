// Analyzer runs the per-article stages in order — clean, text, actors, events — over one
// Article and returns its Analysis. It is loaded once from the data directory and is then
// read-only, so one Analyzer serves any number of threads.
#ifndef MARSAD_PIPELINE_ANALYZER_H_
#define MARSAD_PIPELINE_ANALYZER_H_

#include <string>

#include "actors/actor_tagger.h"
#include "clean/cleaner.h"
#include "core/analysis.h"
#include "core/status.h"
#include "events/event_coder.h"
#include "text/text_analyzer.h"

namespace marsad::pipeline {

// The stages to run; later stages need the earlier ones.
enum class Depth { kText, kActors, kEvents };

class Analyzer {
 public:
  static Expected<Analyzer> Load(const std::string& data_dir);

  Analysis Analyze(Article article, Depth depth = Depth::kEvents) const;

  const text::TextAnalyzer& text() const { return text_; }

 private:
  Analyzer(clean::Cleaner cleaner, text::TextAnalyzer text, actors::ActorTagger actors,
           events::EventCoder events)
      : cleaner_(std::move(cleaner)),
        text_(std::move(text)),
        actors_(std::move(actors)),
        events_(std::move(events)) {}

  clean::Cleaner cleaner_;
  text::TextAnalyzer text_;
  actors::ActorTagger actors_;
  events::EventCoder events_;
};

// The data directory: `flag` when given, else $MARSAD_DATA, else share/marsad beside the
// binary's prefix, else the source tree's data/ folder.
std::string ResolveDataDir(const std::string& flag);

}  // namespace marsad::pipeline

#endif  // MARSAD_PIPELINE_ANALYZER_H_
