#include "actors/ner_cluster_training.h"

#include <gtest/gtest.h>

#include "actors/ner_features.h"

namespace marsad::actors {
namespace {

// Sentences where cities and persons stand in their own contexts.
NerClusterCorpus TinyCorpus() {
  NerClusterCorpus corpus;
  const std::vector<std::string_view> cities = {"لندن", "باريس", "بغداد", "دمشق"};
  const std::vector<std::string_view> persons = {"محمد", "احمد", "علي", "سعيد"};
  for (int round = 0; round < 5; ++round) {
    for (std::string_view city : cities) {
      corpus.AddSentence({"وصل", "الوفد", "الي", city, "امس"});
      corpus.AddSentence({"في", city, "العاصمه"});
    }
    for (std::string_view person : persons) {
      corpus.AddSentence({"قال", "الرئيس", person, "ان"});
      corpus.AddSentence({"صرح", "الوزير", person, "ان"});
    }
  }
  return corpus;
}

uint16_t ClassOf(const NerWordClusters& clusters, std::string_view word, size_t level) {
  return clusters.Find(NerLexiconKey(word))[level];
}

TEST(NerClusterTrainerTest, PutsWordsOfTheSameContextsInOneClass) {
  const NerClusterCorpus corpus = TinyCorpus();
  EXPECT_EQ(corpus.tokens(), 5u * (4 * 8 + 4 * 8));
  NerClusterOptions options;
  options.classes = {4, 8};
  options.min_count = 2;
  size_t passes = 0;
  const NerWordClusters clusters =
      NerClusterTrainer::Train(corpus, options, [&](int, int, size_t) { ++passes; });
  EXPECT_GT(passes, 0u);
  EXPECT_EQ(clusters.levels(), 2u);
  for (size_t level = 0; level < 2; ++level) {
    EXPECT_EQ(ClassOf(clusters, "لندن", level), ClassOf(clusters, "دمشق", level));
    EXPECT_EQ(ClassOf(clusters, "محمد", level), ClassOf(clusters, "سعيد", level));
    EXPECT_NE(ClassOf(clusters, "لندن", level), ClassOf(clusters, "محمد", level));
  }
  EXPECT_EQ(ClassOf(clusters, "بيروت", 0), NerWordClusters::kNone);
}

TEST(NerClusterTrainerTest, IsDeterministicAndHonoursTheVocabularySize) {
  const NerClusterCorpus corpus = TinyCorpus();
  NerClusterOptions options;
  options.classes = {3};
  options.min_count = 1;
  EXPECT_EQ(NerClusterTrainer::Train(corpus, options).Serialize(""),
            NerClusterTrainer::Train(corpus, options).Serialize(""));
  options.vocabulary = 5;
  EXPECT_EQ(NerClusterTrainer::Train(corpus, options).size(), 5u);
}

}  // namespace
}  // namespace marsad::actors
