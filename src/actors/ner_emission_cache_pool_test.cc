#include "actors/ner_emission_cache_pool.h"

#include <gtest/gtest.h>

#include <optional>

#include "actors/ner_test_fixtures.h"

namespace marsad::actors {
namespace {

TEST(NerEmissionCachePoolTest, LendsTheSameCacheAgainOnceGivenBack) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  const NerWordScores vocabulary;
  const NerEmissionCachePool pool(trained.perceptron, trained.lexicon, vocabulary);
  const std::vector<std::string> words = {"قال", "الرئيس", "في", "بغداد"};
  {
    auto lease = pool.Acquire();
    lease->Emissions(words);
    EXPECT_EQ(lease->size(), 4u);
  }
  auto again = pool.Acquire();
  EXPECT_EQ(pool.created(), 1u);
  EXPECT_EQ(again->size(), 4u);  // the words scored before are still known
  EXPECT_EQ(again->Decode(words), trained.perceptron.Decode(NerFeaturesOf(words, trained.lexicon)));
}

TEST(NerEmissionCachePoolTest, GivesEachConcurrentUserItsOwnCache) {
  const NerTrainedModel trained = testing::TinyTrainedModel();
  const NerWordScores vocabulary;
  const NerEmissionCachePool pool(trained.perceptron, trained.lexicon, vocabulary);
  std::optional<NerEmissionCachePool::Lease> first(pool.Acquire());
  auto second = pool.Acquire();
  EXPECT_NE(&**first, &*second);
  EXPECT_EQ(pool.created(), 2u);
  NerEmissionCache* const returned = &**first;
  first.reset();
  auto third = pool.Acquire();
  EXPECT_EQ(&*third, returned);
  EXPECT_EQ(pool.created(), 2u);
}

}  // namespace
}  // namespace marsad::actors
