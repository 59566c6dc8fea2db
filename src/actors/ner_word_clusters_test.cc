#include "actors/ner_word_clusters.h"

#include <gtest/gtest.h>

#include "actors/ner_features.h"

namespace marsad::actors {
namespace {

TEST(NerWordClustersTest, FindsAWordByItsLexiconKeyWithOrWithoutProclitics) {
  NerWordClusters clusters;
  clusters.set_levels(2);
  clusters.Add("العراق", {3, 17, NerWordClusters::kNone});
  EXPECT_EQ(clusters.Find(NerLexiconKey("العراق"))[1], 17);
  EXPECT_EQ(clusters.Find(NerLexiconKey("بالعراق"))[0], 3);
  EXPECT_EQ(clusters.Find(NerLexiconKey("بغداد"))[0], NerWordClusters::kNone);
  clusters.Add("وبالعراق", {9, 9, 9});  // the same key: the first entry stays
  EXPECT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters.Find(NerLexiconKey("العراق"))[0], 3);
  // The words as first added, for the tagger to score at load.
  EXPECT_EQ(clusters.words(), std::vector<std::string>{"العراق"});
}

TEST(NerWordClustersTest, SerializeRoundTrips) {
  NerWordClusters clusters;
  clusters.set_levels(2);
  clusters.Add("محمد", {1, 200, NerWordClusters::kNone});
  clusters.Add("لندن", {0, NerWordClusters::kNone, NerWordClusters::kNone});
  const std::string text = clusters.Serialize("made by a test\nsecond line");
  EXPECT_EQ(text.rfind("# made by a test\n# second line\nmarsad-ner-clusters 1\n", 0), 0u);
  auto parsed = NerWordClusters::Parse(text);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->levels(), 2u);
  EXPECT_EQ(parsed->size(), 2u);
  EXPECT_EQ(parsed->Find(NerLexiconKey("محمد"))[1], 200);
  EXPECT_EQ(parsed->Find(NerLexiconKey("لندن"))[1], NerWordClusters::kNone);
  EXPECT_EQ(parsed->Serialize("made by a test\nsecond line"), text);
}

TEST(NerWordClustersTest, RejectsMalformedFiles) {
  EXPECT_FALSE(NerWordClusters::Parse("something else\n").ok());
  EXPECT_FALSE(NerWordClusters::Parse("marsad-ner-clusters 1\nlevels 1\nwords 2\nا 1\n").ok());
  EXPECT_FALSE(NerWordClusters::Parse("marsad-ner-clusters 1\nlevels 2\nwords 1\nا 1\n").ok());
  EXPECT_FALSE(NerWordClusters::Parse("marsad-ner-clusters 1\nlevels 1\nwords 1\nا x\n").ok());
  EXPECT_FALSE(NerWordClusters::Parse("marsad-ner-clusters 1\nlevels 4\nwords 0\n").ok());
  EXPECT_FALSE(NerWordClusters::Load("/nonexistent/ner.clusters").ok());
}

}  // namespace
}  // namespace marsad::actors
