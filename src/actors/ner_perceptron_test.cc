#include "actors/ner_perceptron.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

// Position features: one "word" feature each; word 7 is a name after title 3.
NerFeatureSequence Sentence(const std::vector<uint64_t>& words) {
  NerFeatureSequence s;
  for (size_t i = 0; i < words.size(); ++i) {
    s.push_back({1000 + words[i], 2000 + (i > 0 ? words[i - 1] : 0)});
  }
  return s;
}

NerModel TinyModel() {
  std::vector<NerFeatureSequence> sentences = {Sentence({1, 3, 7, 8, 2}), Sentence({3, 7, 8}),
                                               Sentence({5, 9, 2}), Sentence({1, 9})};
  // O=0, B-PER=1, I-PER=2, B-LOC=5.
  std::vector<std::vector<int>> gold = {{0, 0, 1, 2, 0}, {0, 1, 2}, {0, 5, 0}, {0, 5}};
  NerTrainer::Options options;
  options.min_count = 1;
  options.epochs = 8;
  return NerTrainer::Train(sentences, gold, options);
}

TEST(NerPerceptronTest, TagIndices) {
  EXPECT_EQ(NerTagIndex("O"), 0);
  EXPECT_EQ(NerTagIndex("I-MISC"), 8);
  EXPECT_EQ(NerTagIndex("B-PERS"), -1);
}

TEST(NerPerceptronTest, LearnsTrainingSentences) {
  const NerModel model = TinyModel();
  EXPECT_EQ(model.Decode(Sentence({1, 3, 7, 8, 2})), (std::vector<int>{0, 0, 1, 2, 0}));
  EXPECT_EQ(model.Decode(Sentence({5, 9, 2})), (std::vector<int>{0, 5, 0}));
  EXPECT_TRUE(model.Decode({}).empty());
}

TEST(NerPerceptronTest, DecodesOnlyValidBio) {
  const NerModel model = TinyModel();
  // Word 8 alone was always I-PER; without B-PER before it the decoder may not emit I-PER.
  const std::vector<int> tags = model.Decode(Sentence({8}));
  EXPECT_NE(tags[0], 2);
}

TEST(NerPerceptronTest, TrainingIsDeterministic) {
  EXPECT_EQ(TinyModel().Serialize("h"), TinyModel().Serialize("h"));
}

TEST(NerPerceptronTest, SerializeRoundTrips) {
  const NerModel model = TinyModel();
  const std::string text = model.Serialize("provenance line one\nline two");
  EXPECT_EQ(text.rfind("# provenance line one\n# line two\n", 0), 0u);
  auto parsed = NerModel::Parse(text);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->FeatureCount(), model.FeatureCount());
  EXPECT_EQ(parsed->Serialize("provenance line one\nline two"), text);
  EXPECT_EQ(parsed->Decode(Sentence({1, 3, 7, 8, 2})), (std::vector<int>{0, 0, 1, 2, 0}));
}

TEST(NerPerceptronTest, RejectsMalformedModels) {
  EXPECT_FALSE(NerModel::Parse("").ok());
  EXPECT_FALSE(NerModel::Parse("# x\nsomething else\n").ok());
  std::string text = TinyModel().Serialize("");
  text.replace(text.find("features"), 8, "featurez");
  EXPECT_FALSE(NerModel::Parse(text).ok());
}

}  // namespace
}  // namespace marsad::actors
