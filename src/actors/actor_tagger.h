// ActorTagger is the actors stage: it finds who is named in an article — states and their
// organs, leaders, officials, international bodies, armed groups, media — as PER/ORG/LOC/MISC
// entity spans with CAMEO/Phoenix actor codes. It combines the actor dictionaries
// (data/lexicon/actors*.tsv, compiled into a matcher over normalised, clitic-split tokens),
// pattern rules for organs of state, a trained entity tagger for names the dictionaries do
// not know, and within-article resolution (surname, title → the full actor).
#ifndef MARSAD_ACTORS_ACTOR_TAGGER_H_
#define MARSAD_ACTORS_ACTOR_TAGGER_H_

#include <memory>
#include <string>

#include "core/analysis.h"
#include "core/status.h"
#include "text/text_analyzer.h"

namespace marsad::actors {

class ActorTagger {
 public:
  // Loads data_dir/lexicon/ (actor dictionaries) and data_dir/models/ner* (the tagger). The
  // lexicon is read through a text stage of its own, loaded from data_dir.
  static Expected<ActorTagger> Load(const std::string& data_dir);
  // The same, reading the lexicon through an already loaded text stage (saves loading it
  // twice; the pipeline's own text stage is the one to pass).
  static Expected<ActorTagger> Load(const std::string& data_dir, const text::TextAnalyzer& text);

  // Fills analysis->entities (sorted by start, non-overlapping). Needs the text stage.
  void Apply(Analysis* analysis) const;

  struct Resources;

 private:
  explicit ActorTagger(std::shared_ptr<const Resources> resources)
      : resources_(std::move(resources)) {}
  std::shared_ptr<const Resources> resources_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_ACTOR_TAGGER_H_
