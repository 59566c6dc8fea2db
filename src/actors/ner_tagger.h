// NerTagger is marsad's statistical entity tagger: an averaged perceptron over rich token
// features (the token, its clitic segments, affixes, shape, dictionary hits, context words
// such as titles «الرئيس، الوزير، الشيخ، الناطق»), trained by `marsad train ner` on NewsFANE
// mapped to PER/ORG/LOC/MISC. It finds names that the actor dictionaries do not know.
#ifndef MARSAD_ACTORS_NER_TAGGER_H_
#define MARSAD_ACTORS_NER_TAGGER_H_

#include <memory>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::actors {

class NerModel;
class NerLexicon;

class NerTagger {
 public:
  // Loads data_dir/models/ner.model (text format, with its provenance header).
  static Expected<NerTagger> Load(const std::string& data_dir);
  // A tagger over an already built model (tests, training); the words of `vocabulary`
  // (folded) are scored once here. Other words are scored the first time a worker meets them
  // and remembered for its later articles. Thread-safe: workers may tag at the same time.
  static NerTagger FromModel(NerModel model, NerLexicon lexicon,
                             const std::vector<std::string>& vocabulary = {});

  // PER/ORG/LOC/MISC spans (actor left empty) over the article's non-boilerplate sentences.
  // Needs the text stage (tokens with segments and norms).
  std::vector<Entity> Tag(const Analysis& analysis) const;

  // BIO tags ("O", "B-PER", "I-LOC", ...) for one sentence of words as written (an
  // ANERcorp sentence); used by `marsad eval ner`.
  std::vector<std::string> TagWords(const std::vector<std::string>& words) const;

  struct Model;

 private:
  explicit NerTagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_TAGGER_H_
