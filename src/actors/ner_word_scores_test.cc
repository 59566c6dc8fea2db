#include "actors/ner_word_scores.h"

#include <gtest/gtest.h>

#include "actors/ner_training.h"

namespace marsad::actors {
namespace {

TEST(NerKeyIndexTest, FindsWhatWasInsertedAndGrows) {
  NerKeyIndex index;
  EXPECT_EQ(index.Find(42), NerKeyIndex::kAbsent);
  for (uint64_t key = 0; key < 1000; ++key) index.Insert(key * 0x9e3779b97f4a7c15ULL + 7, key);
  EXPECT_EQ(index.size(), 1000u);
  for (uint64_t key = 0; key < 1000; ++key) {
    EXPECT_EQ(index.Find(key * 0x9e3779b97f4a7c15ULL + 7), key);
  }
  EXPECT_EQ(index.Find(3), NerKeyIndex::kAbsent);
  index.Insert(0, 5);  // key 0 is stored as another key, still found as 0
  EXPECT_EQ(index.Find(0), 5u);
  index.Clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.Find(7), NerKeyIndex::kAbsent);
}

NerTrainedModel TinyModel() {
  const std::vector<TaggedSentence> sentences = {
      {{"قال", "الرئيس", "محمود", "عباس", "في", "رام", "الله"},
       {"O", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"}},
      {{"وصل", "الوفد", "الي", "بغداد"}, {"O", "O", "O", "B-LOC"}},
  };
  NerTrainingOptions options;
  options.perceptron.min_count = 1;
  options.perceptron.epochs = 3;
  options.lexicon_folds = 1;
  return TrainNerModel(sentences, options);
}

TEST(NerWordScoresTest, ScoresEachVocabularyWordOnceAsTheFeaturesSay) {
  const NerTrainedModel trained = TinyModel();
  const NerWordScores scores({"بغداد", "الرئيس", "بغداد"}, trained.perceptron, trained.lexicon);
  EXPECT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores.Find(NerFormKey("محمود")), nullptr);
  const NerWordScore* baghdad = scores.Find(NerFormKey("بغداد"));
  ASSERT_NE(baghdad, nullptr);
  const NerWord word = DescribeWord("بغداد", trained.lexicon);
  std::vector<uint64_t> features;
  AppendWordFeatures(word, NerRole::kSelf, &features);
  NerModel::Emission expected{};
  trained.perceptron.AddWeights(features, &expected);
  EXPECT_EQ(baghdad->roles[static_cast<int>(NerRole::kSelf)], expected);
  EXPECT_EQ(baghdad->context.stem, word.stem);
  // A place name the model learnt: its own score favours B-LOC over O.
  EXPECT_GT(expected[NerTagIndex("B-LOC")], expected[NerTagIndex("O")]);
}

TEST(NerWordScoresTest, VocabularyRoundTrips) {
  const std::vector<std::string> words = {"بغداد", "الي", "nato"};
  const std::string text = NerWordScores::SerializeVocabulary(words) + "rest";
  std::string_view cursor = text;
  auto parsed = NerWordScores::ParseVocabularyPrefix(&cursor);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(*parsed, words);
  EXPECT_EQ(cursor, "rest");
  std::string_view truncated = "vocabulary 3\nبغداد\n";
  EXPECT_FALSE(NerWordScores::ParseVocabularyPrefix(&truncated).ok());
  std::string_view bad = "words 1\nx\n";
  EXPECT_FALSE(NerWordScores::ParseVocabularyPrefix(&bad).ok());
}

}  // namespace
}  // namespace marsad::actors
