#include "actors/ner_training.h"

#include <gtest/gtest.h>

#include "actors/ner_features.h"

namespace marsad::actors {
namespace {

TEST(NerTrainingTest, HoldsOutEveryNthBlockOfSentences) {
  std::vector<TaggedSentence> sentences(13);
  for (size_t i = 0; i < sentences.size(); ++i) sentences[i].words = {std::to_string(i)};
  // Blocks of 2, every 3rd held out: sentences 4-5 and 10-11.
  NerSplit split = SplitHeldOut(sentences, 2, 3);
  ASSERT_EQ(split.heldout.size(), 4u);
  ASSERT_EQ(split.train.size(), 9u);
  EXPECT_EQ(split.heldout[0].words[0], "4");
  EXPECT_EQ(split.heldout[1].words[0], "5");
  EXPECT_EQ(split.heldout[2].words[0], "10");
  EXPECT_EQ(split.heldout[3].words[0], "11");
  EXPECT_EQ(split.train[4].words[0], "6");
  EXPECT_EQ(split.train.back().words[0], "12");
}

TEST(NerTrainingTest, AttachesCliticsAsWritten) {
  const TaggedSentence split = {
      {"و", "قال", "رئيس", "ل", "الاتحاد", "و", "ب", "برلين", "ان", "ه", "."},
      {"O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC", "O", "O", "O"}};
  const TaggedSentence attached = AttachClitics(split);
  EXPECT_EQ(attached.words,
            (std::vector<std::string>{"وقال", "رئيس", "للاتحاد", "وببرلين", "انه", "."}));
  EXPECT_EQ(attached.tags, (std::vector<std::string>{"O", "O", "B-ORG", "B-LOC", "O", "O"}));
}

TEST(NerTrainingTest, FoldsWordsForFeatures) {
  EXPECT_EQ(FoldWords({"إلى", "الأمم"}), (std::vector<std::string>{"الي", "الامم"}));
  const NerLexicon lexicon;
  EXPECT_EQ(NerFeaturesOf({"الي", "الامم"}, lexicon),
            NerFeaturesOf(FoldWords({"إلى", "الأمم"}), lexicon));
}

TEST(NerTrainingTest, ShipsTheLexiconOfAllSentences) {
  const std::vector<TaggedSentence> sentences = {{{"زار", "بغداد"}, {"O", "B-LOC"}},
                                                 {{"في", "بغداد"}, {"O", "B-LOC"}}};
  NerTrainingOptions options;
  options.perceptron.min_count = 1;
  options.perceptron.epochs = 2;
  const NerTrainedModel trained = TrainNerModel(sentences, options);
  const NerLexicon::Entry& entry = trained.lexicon.Find(NerLexiconKey("بغداد"));
  EXPECT_EQ(entry.count, 2u);
  EXPECT_EQ(entry.in_type[2], 2u);  // LOC
  EXPECT_GT(trained.perceptron.FeatureCount(), 0u);
}

}  // namespace
}  // namespace marsad::actors
