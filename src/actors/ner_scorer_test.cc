#include "actors/ner_scorer.h"

#include <gtest/gtest.h>

#include "actors/ner_perceptron.h"

namespace marsad::actors {
namespace {

using Tags = std::vector<std::string>;

TEST(NerScorerTest, ChunksFollowConlleval) {
  EXPECT_EQ(ChunksOf({"B-PER", "I-PER", "O", "B-LOC"}),
            (std::vector<TagChunk>{{0, 2, "PER"}, {3, 4, "LOC"}}));
  // An I- tag after O, or of another type, opens a chunk.
  EXPECT_EQ(ChunksOf({"O", "I-ORG", "I-LOC", "B-LOC", "B-LOC"}),
            (std::vector<TagChunk>{{1, 2, "ORG"}, {2, 3, "LOC"}, {3, 4, "LOC"}, {4, 5, "LOC"}}));
}

TEST(NerScorerTest, ChunksOfTagIndicesMatchChunksOfTagNames) {
  const Tags names = {"O", "I-ORG", "I-LOC", "B-LOC", "B-LOC", "I-LOC", "B-PER", "I-PER", "O"};
  std::vector<int> ids;
  for (const std::string& name : names) ids.push_back(NerTagIndex(name));
  EXPECT_EQ(ChunksOf(ids), ChunksOf(names));
  EXPECT_EQ(ChunksOf(ids).size(), 5u);
}

TEST(NerScorerTest, CountsExactMatchesOnly) {
  NerScorer scorer;
  // Gold: PER [1,3), LOC [4,5). Predicted: PER [1,2) (wrong boundary), LOC [4,5) (right),
  // ORG [6,7) (spurious).
  scorer.Add({"O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"},
             {"O", "B-PER", "O", "O", "B-LOC", "O", "B-ORG"});
  EXPECT_EQ(scorer.Total().gold, 2u);
  EXPECT_EQ(scorer.Total().predicted, 3u);
  EXPECT_EQ(scorer.Total().correct, 1u);
  EXPECT_NEAR(scorer.Total().Precision(), 1.0 / 3, 1e-9);
  EXPECT_NEAR(scorer.Total().Recall(), 0.5, 1e-9);
  EXPECT_NEAR(scorer.Total().F1(), 0.4, 1e-9);
  EXPECT_EQ(scorer.ByType().at("LOC").correct, 1u);
  EXPECT_EQ(scorer.ByType().at("PER").correct, 0u);
  EXPECT_EQ(scorer.ByType().at("ORG").gold, 0u);
  EXPECT_NEAR(scorer.TokenAccuracy(), 5.0 / 7, 1e-9);
}

TEST(NerScorerTest, TypeMustMatch) {
  NerScorer scorer;
  scorer.Add({"B-ORG", "I-ORG"}, {"B-LOC", "I-LOC"});
  EXPECT_EQ(scorer.Total().correct, 0u);
  EXPECT_EQ(scorer.Total().F1(), 0);
}

TEST(NerScorerTest, ReportHasOneRowPerTypeAndTotal) {
  NerScorer scorer;
  scorer.Add({"B-PER", "O", "B-MISC"}, {"B-PER", "O", "B-MISC"});
  const std::string report = scorer.Report();
  EXPECT_NE(report.find("PER "), std::string::npos);
  EXPECT_NE(report.find("MISC "), std::string::npos);
  EXPECT_NE(report.find("all "), std::string::npos);
  EXPECT_NE(report.find("100.00%"), std::string::npos);
}

}  // namespace
}  // namespace marsad::actors
