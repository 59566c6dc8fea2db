#include "actors/ner_emission_cache.h"

#include <gtest/gtest.h>

#include "actors/ner_test_fixtures.h"

namespace marsad::actors {
namespace {

TEST(NerEmissionCacheTest, MatchesTheSumsOfEveryFeature) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  NerEmissionCache cache(trained.perceptron, trained.lexicon);
  const std::vector<std::vector<std::string>> sentences = {
      {"قال", "الرئيس", "محمود", "عباس", "في", "بغداد"},
      {"بغداد"},
      {"وصل", "الرئيس", "الي", "القاهرة", "ثم", "بغداد", "و", "رام", "الله"}};
  for (const auto& words : sentences) {
    const NerFeatureSequence features = NerFeaturesOf(words, trained.lexicon);
    const std::vector<NerModel::Emission> cached = cache.Emissions(words);
    ASSERT_EQ(cached.size(), words.size());
    for (size_t i = 0; i < words.size(); ++i) {
      NerModel::Emission expected{};
      trained.perceptron.AddWeights(features[i], &expected);
      EXPECT_EQ(cached[i], expected) << "word " << i;
    }
    EXPECT_EQ(cache.Decode(words), trained.perceptron.Decode(features));
  }
}

TEST(NerEmissionCacheTest, DescribesEachWordTypeOnce) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  NerEmissionCache cache(trained.perceptron, trained.lexicon);
  cache.Emissions(std::vector<std::string>{"في", "بغداد", "ثم", "بغداد"});
  EXPECT_EQ(cache.size(), 3u);
  cache.Emissions(std::vector<std::string>{"بغداد", "في"});
  EXPECT_EQ(cache.size(), 3u);
}

TEST(NerEmissionCacheTest, PrecomputedVocabularyGivesTheSameScores) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  ASSERT_FALSE(trained.vocabulary.empty());
  const NerWordScores vocabulary(trained.vocabulary, trained.perceptron, trained.lexicon);
  NerEmissionCache with(trained.perceptron, trained.lexicon, vocabulary);
  NerEmissionCache without(trained.perceptron, trained.lexicon);
  // Known words and an unknown one (سامح), repeated.
  const std::vector<std::string> words =
      FoldWords({"قال", "الرئيس", "سامح", "في", "بغداد", "سامح"});
  EXPECT_EQ(with.Emissions(words), without.Emissions(words));
  EXPECT_EQ(with.size(), 1u);  // only سامح is scored by the cache itself
  EXPECT_EQ(with.Decode(words), trained.perceptron.Decode(NerFeaturesOf(words, trained.lexicon)));
}

TEST(NerEmissionCacheTest, ForgetsItsWordsBeyondItsBoundAndScoresThemAlike) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  const NerWordScores no_vocabulary;
  NerEmissionCache bounded(trained.perceptron, trained.lexicon, no_vocabulary, /*max_words=*/4);
  NerEmissionCache unbounded(trained.perceptron, trained.lexicon);
  const std::vector<std::string> first = {"قال", "الرئيس", "محمود", "عباس"};
  const std::vector<std::string> second = {"في", "رام", "الله", "قال"};
  EXPECT_EQ(bounded.Emissions(first), unbounded.Emissions(first));
  EXPECT_EQ(bounded.size(), 4u);
  // Three new words would pass the bound of four: the cache starts afresh.
  EXPECT_EQ(bounded.Emissions(second), unbounded.Emissions(second));
  EXPECT_EQ(bounded.size(), 4u);
  EXPECT_EQ(unbounded.size(), 7u);
  EXPECT_EQ(bounded.Emissions(first), unbounded.Emissions(first));
}

TEST(NerEmissionCacheTest, EmptySentence) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  NerEmissionCache cache(trained.perceptron, trained.lexicon);
  EXPECT_TRUE(cache.Emissions(std::vector<std::string>{}).empty());
  EXPECT_TRUE(cache.Decode(std::vector<std::string>{}).empty());
}

}  // namespace
}  // namespace marsad::actors
