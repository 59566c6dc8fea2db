// Analyzer runs the per-article stages in order — clean, text, actors, events — over one
// Article and returns its Analysis. It is loaded once from the data directory and is then
// read-only, so one Analyzer serves any number of threads.
#ifndef MARSAD_PIPELINE_ANALYZER_H_
#define MARSAD_PIPELINE_ANALYZER_H_

#include <optional>
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
  // Loads the stages up to `depth` (the later ones are neither read nor run: a text-only
  // run starts faster).
  static Expected<Analyzer> Load(const std::string& data_dir, Depth depth = Depth::kEvents);

  // Runs the stages up to `depth`, or up to the last stage loaded when that is earlier.
  Analysis Analyze(Article article, Depth depth = Depth::kEvents) const;

  const text::TextAnalyzer& text() const { return text_; }

 private:
  Analyzer(clean::Cleaner cleaner, text::TextAnalyzer text,
           std::optional<actors::ActorTagger> actors, std::optional<events::EventCoder> events)
      : cleaner_(std::move(cleaner)),
        text_(std::move(text)),
        actors_(std::move(actors)),
        events_(std::move(events)) {}

  clean::Cleaner cleaner_;
  text::TextAnalyzer text_;
  std::optional<actors::ActorTagger> actors_;  // loaded for Depth::kActors and deeper
  std::optional<events::EventCoder> events_;   // loaded for Depth::kEvents
};

// The data directory: `flag` when given, else $MARSAD_DATA, else share/marsad beside the
// binary's prefix, else the source tree's data/ folder.
std::string ResolveDataDir(const std::string& flag);

}  // namespace marsad::pipeline

#endif  // MARSAD_PIPELINE_ANALYZER_H_
