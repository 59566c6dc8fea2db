// NER training: the steps from tagged sentences to an entity-tagger model — folding words
// the way the tagger will see them, the deterministic held-out split, and re-attaching
// NewsFANE's split clitics (و قال → وقال) so that the model also learns words as written.
#ifndef MARSAD_ACTORS_NER_TRAINING_H_
#define MARSAD_ACTORS_NER_TRAINING_H_

#include <memory>
#include <string>
#include <vector>

#include "actors/ner_corpus.h"
#include "actors/ner_gazetteer.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_perceptron.h"
#include "actors/ner_word_clusters.h"

namespace marsad::actors {

// Words as written → the forms the features read (text::Normalizer, then FoldForNer).
std::vector<std::string> FoldWords(const std::vector<std::string>& words);

// The hashed features of a sentence of folded words.
NerFeatureSequence NerFeaturesOf(const std::vector<std::string>& folded_words,
                                 const NerLexicon& lexicon);

struct NerSplit {
  std::vector<TaggedSentence> train;
  std::vector<TaggedSentence> heldout;
};
// Interleaved blocks: the sentences are cut into contiguous blocks of `block_size` (NewsFANE
// marks no document boundaries, so a block stands for a stretch of one or two articles) and
// every `every`-th block (blocks every-1, 2*every-1, ...) is held out; the rest is training.
NerSplit SplitHeldOut(std::vector<TaggedSentence> sentences, size_t block_size, size_t every);

// The sentence as it would be written: proclitic words (و ف ب ل ك س) joined to the next word
// (ل + الاتحاد → للاتحاد) and pronoun words (ه ها هم ...) to the previous one; a joined word
// takes the tag of its non-clitic part. Returns the sentence unchanged when nothing joins.
TaggedSentence AttachClitics(const TaggedSentence& sentence);

struct NerTrainingOptions {
  NerTrainer::Options perceptron;
  bool attach_clitics = true;  // also train on AttachClitics of every sentence
  int lexicon_folds = 10;      // jackknife parts for the lexicon features
  // Word classes from unlabelled text that the features read (none: no class features).
  std::shared_ptr<const NerWordClusters> clusters;
  // Names of the actor dictionaries that the features read (none: no gazetteer features).
  std::shared_ptr<const NerGazetteer> gazetteer;
};

struct NerTrainedModel {
  NerModel perceptron;
  NerLexicon
      lexicon;  // of all the training sentences, carrying the options' clusters and gazetteer
  // The distinct folded words of the training sentences (split and re-attached), sorted:
  // the tagger scores them once at load.
  std::vector<std::string> vocabulary;
};

NerTrainedModel TrainNerModel(const std::vector<TaggedSentence>& sentences,
                              const NerTrainingOptions& options,
                              const NerTrainer::EpochReport& report = nullptr);

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_TRAINING_H_
