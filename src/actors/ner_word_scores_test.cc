#include "actors/ner_word_scores.h"

#include <gtest/gtest.h>

#include "actors/ner_test_fixtures.h"

namespace marsad::actors {
namespace {

TEST(NerWordScoresTest, ScoresEachVocabularyWordOnceAsTheFeaturesSay) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
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

TEST(NerWordScoresTest, ScoresTheWordsOfBothListsOnce) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  const NerWordScores one({"بغداد"}, trained.perceptron, trained.lexicon);
  const NerWordScores both({"بغداد", "الرئيس"}, {"محمود", "بغداد", "لندن"}, trained.perceptron,
                           trained.lexicon);
  EXPECT_EQ(both.size(), 4u);
  for (const char* word : {"بغداد", "الرئيس", "محمود", "لندن"}) {
    EXPECT_NE(both.Find(NerFormKey(word)), nullptr) << word;
  }
  // A word of the second list is scored as if it were in the first.
  const NerWordScores alone({"لندن"}, trained.perceptron, trained.lexicon);
  EXPECT_EQ(both.Find(NerFormKey("لندن"))->roles, alone.Find(NerFormKey("لندن"))->roles);
  EXPECT_EQ(both.Find(NerFormKey("بغداد"))->roles, one.Find(NerFormKey("بغداد"))->roles);
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
