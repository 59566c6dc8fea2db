// Fixtures for the entity tagger's tests (header only, used by *_test.cc): a tiny model trained
// on three hand-tagged sentences, so that the inference tests compare against real weights
// without reading data/models.
#ifndef MARSAD_ACTORS_NER_TEST_FIXTURES_H_
#define MARSAD_ACTORS_NER_TEST_FIXTURES_H_

#include <vector>

#include "actors/ner_training.h"

namespace marsad::actors::testing {

inline NerTrainedModel TinyTrainedModel() {
  const std::vector<TaggedSentence> sentences = {
      {{"قال", "الرئيس", "محمود", "عباس", "في", "رام", "الله"},
       {"O", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"}},
      {{"اعلنت", "وزارة", "الخارجية", "في", "بغداد"}, {"O", "B-ORG", "I-ORG", "O", "B-LOC"}},
      {{"وصل", "الوفد", "الي", "القاهرة", "ثم", "بغداد"}, {"O", "O", "O", "B-LOC", "O", "B-LOC"}},
  };
  NerTrainingOptions options;
  options.perceptron.min_count = 1;
  options.perceptron.epochs = 5;
  options.lexicon_folds = 1;
  return TrainNerModel(sentences, options);
}

}  // namespace marsad::actors::testing

#endif  // MARSAD_ACTORS_NER_TEST_FIXTURES_H_
