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

NerModel TinyModel(const NerTrainer::Options& base = {}) {
  std::vector<NerFeatureSequence> sentences = {Sentence({1, 3, 7, 8, 2}), Sentence({3, 7, 8}),
                                               Sentence({5, 9, 2}), Sentence({1, 9})};
  // O=0, B-PER=1, I-PER=2, B-LOC=5.
  std::vector<std::vector<int>> gold = {{0, 0, 1, 2, 0}, {0, 1, 2}, {0, 5, 0}, {0, 5}};
  NerTrainer::Options options = base;
  options.min_count = 1;
  options.epochs = 8;
  return NerTrainer::Train(sentences, gold, options);
}

bool IsValidBio(const std::vector<int>& tags) {
  for (size_t i = 0; i < tags.size(); ++i) {
    const bool inside = tags[i] > 0 && tags[i] % 2 == 0;
    if (inside && (i == 0 || (tags[i - 1] != tags[i] && tags[i - 1] != tags[i] - 1))) return false;
  }
  return true;
}

TEST(NerPerceptronTest, DecodedEmissionsFollowStrongScoresAndStayValid) {
  const NerModel model = TinyModel();
  // Strong scores for a valid sequence win over the learnt transitions.
  std::vector<NerModel::Emission> emissions(4);
  const std::vector<int> wanted = {3, 4, 0, 7};  // B-ORG I-ORG O B-MISC
  for (size_t i = 0; i < wanted.size(); ++i) emissions[i][wanted[i]] = 100000;
  EXPECT_EQ(model.DecodeEmissions(emissions), wanted);
  // Strong scores for an invalid one (I- first, I-LOC after I-PER) still decode to valid BIO.
  std::vector<NerModel::Emission> invalid(3);
  invalid[0][6] = 100000;  // I-LOC
  invalid[1][2] = 100000;  // I-PER
  invalid[2][6] = 100000;  // I-LOC
  const std::vector<int> tags = model.DecodeEmissions(invalid);
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_TRUE(IsValidBio(tags));
  // Reused scratch gives the same answer.
  std::vector<int> path;
  NerModel::DecodeScratch scratch;
  model.DecodeEmissions(invalid.data(), invalid.size(), &path, &scratch);
  model.DecodeEmissions(emissions.data(), emissions.size(), &path, &scratch);
  EXPECT_EQ(path, wanted);
}

TEST(NerPerceptronTest, AbsentFeaturesAddNothing) {
  const NerModel model = TinyModel();
  NerModel::Emission sum{};
  for (uint64_t absent = 1; absent < 200; ++absent) model.AddWeight(absent * 7919, &sum);
  EXPECT_EQ(sum, NerModel::Emission{});
  model.AddWeight(1007, &sum);  // word 7, a name in training
  EXPECT_NE(sum, NerModel::Emission{});
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

TEST(NerPerceptronTest, OPenaltyLowersOEverywhere) {
  NerTrainer::Options penalised;
  penalised.o_penalty = 50;
  const NerModel plain = TinyModel();
  const NerModel lowered = TinyModel(penalised);
  // Only O's start and transition scores move: the feature weights are the same.
  const std::string plain_text = plain.Serialize(""), lowered_text = lowered.Serialize("");
  EXPECT_NE(plain_text, lowered_text);
  EXPECT_EQ(plain_text.substr(plain_text.find("features")),
            lowered_text.substr(lowered_text.find("features")));
  // O tied with B-LOC at every position: the penalised model leaves O, and giving O back the
  // penalty (5,000 hundredths) in its emissions decodes as the plain model does.
  std::vector<NerModel::Emission> tied(3);
  for (auto& position : tied) position[0] = position[5] = 1000;
  EXPECT_EQ(plain.DecodeEmissions(tied)[0], 0);  // sentences start with O in training
  EXPECT_EQ(lowered.DecodeEmissions(tied), (std::vector<int>{5, 5, 5}));
  std::vector<NerModel::Emission> given_back = tied;
  for (auto& position : given_back) position[0] += 5000;
  EXPECT_EQ(lowered.DecodeEmissions(given_back), plain.DecodeEmissions(tied));
}

TEST(NerPerceptronTest, EnsembleOfOneIsThePlainPerceptronAndMoreAreDeterministic) {
  NerTrainer::Options one;
  one.ensemble = 1;
  EXPECT_EQ(TinyModel(one).Serialize(""), TinyModel().Serialize(""));
  NerTrainer::Options three;
  three.ensemble = 3;
  const NerModel averaged = TinyModel(three);
  EXPECT_EQ(averaged.Serialize(""), TinyModel(three).Serialize(""));
  EXPECT_NE(averaged.Serialize(""), TinyModel().Serialize(""));
  EXPECT_EQ(averaged.Decode(Sentence({1, 3, 7, 8, 2})), (std::vector<int>{0, 0, 1, 2, 0}));
}

TEST(NerPerceptronTest, MarginTrainingStillLearnsTheSentences) {
  NerTrainer::Options options;
  options.margin = 1;
  options.missed_name_cost = 1;
  const NerModel model = TinyModel(options);
  EXPECT_EQ(model.Decode(Sentence({1, 3, 7, 8, 2})), (std::vector<int>{0, 0, 1, 2, 0}));
  EXPECT_EQ(model.Decode(Sentence({5, 9, 2})), (std::vector<int>{0, 5, 0}));
  EXPECT_NE(model.Serialize(""), TinyModel().Serialize(""));
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
