#include "link/minhash.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::link {
namespace {

std::vector<std::string> NumberedWords(int count, const std::string& prefix) {
  std::vector<std::string> words;
  for (int i = 0; i < count; ++i) words.push_back(prefix + std::to_string(i));
  return words;
}

TEST(MinHasherTest, SignatureHasOneValuePerHash) {
  MinHasher hasher({.num_hashes = 64, .shingle_words = 3});
  EXPECT_EQ(hasher.Sign(NumberedWords(30, "w")).size(), 64u);
  EXPECT_EQ(hasher.num_hashes(), 64);
}

TEST(MinHasherTest, EmptyInputGivesEmptySignature) {
  MinHasher hasher;
  EXPECT_TRUE(hasher.Sign(std::vector<std::string>{}).empty());
}

TEST(MinHasherTest, DocumentsShorterThanMinWordsGiveEmptySignature) {
  MinHasher hasher({.min_words = 20});
  EXPECT_TRUE(hasher.Sign(NumberedWords(19, "w")).empty());
  EXPECT_FALSE(hasher.Sign(NumberedWords(20, "w")).empty());
}

TEST(MinHasherTest, IdenticalWordsGiveIdenticalSignatures) {
  MinHasher hasher;
  const auto words = NumberedWords(200, "كلمة");
  EXPECT_EQ(hasher.Sign(words), hasher.Sign(words));
  EXPECT_DOUBLE_EQ(MinHasher::EstimateJaccard(hasher.Sign(words), hasher.Sign(words)), 1.0);
}

TEST(MinHasherTest, ViewsAndStringsAgree) {
  MinHasher hasher;
  const auto words = NumberedWords(30, "x");
  const std::vector<std::string_view> views(words.begin(), words.end());
  EXPECT_EQ(hasher.Sign(words), hasher.Sign(views));
}

TEST(MinHasherTest, ShortDocumentIsOneShingle) {
  MinHasher hasher({.num_hashes = 32, .shingle_words = 5, .min_words = 1});
  const std::vector<std::string> two = {"الملك", "سلمان"};
  const std::vector<std::string> swapped = {"سلمان", "الملك"};
  EXPECT_EQ(hasher.Sign(two).size(), 32u);
  EXPECT_LT(MinHasher::EstimateJaccard(hasher.Sign(two), hasher.Sign(swapped)), 0.2);
}

TEST(MinHasherTest, EstimateTracksTrueJaccard) {
  // Two documents of 400 words sharing their first 200: with 1-word shingles the true
  // Jaccard similarity is 200 / 600 = 1/3.
  MinHasher hasher({.num_hashes = 256, .shingle_words = 1});
  auto a = NumberedWords(400, "a");
  auto b = NumberedWords(400, "a");
  for (int i = 200; i < 400; ++i) b[i] = "b" + std::to_string(i);
  const double estimate = MinHasher::EstimateJaccard(hasher.Sign(a), hasher.Sign(b));
  EXPECT_NEAR(estimate, 1.0 / 3.0, 0.1);
}

TEST(MinHasherTest, OneWordEditKeepsHighSimilarity) {
  MinHasher hasher;
  auto a = NumberedWords(300, "w");
  auto b = a;
  b[150] = "changed";
  // 5 of 296 shingles differ on each side: Jaccard = 291 / 301.
  EXPECT_GT(MinHasher::EstimateJaccard(hasher.Sign(a), hasher.Sign(b)), 0.85);
}

TEST(MinHasherTest, UnrelatedTextsAreDissimilar) {
  MinHasher hasher;
  EXPECT_LT(MinHasher::EstimateJaccard(hasher.Sign(NumberedWords(100, "p")),
                                       hasher.Sign(NumberedWords(100, "q"))),
            0.05);
}

TEST(MinHasherTest, HashCountNeedNotBeAMultipleOfTheVectorWidth) {
  // The hash functions come from one seeded sequence, so a shorter signature is a prefix of
  // a longer one, whether its functions are computed in vector blocks or one by one.
  const auto words = NumberedWords(60, "w");
  const Signature full = MinHasher({.num_hashes = 128}).Sign(words);
  const Signature odd = MinHasher({.num_hashes = 13}).Sign(words);
  ASSERT_EQ(odd.size(), 13u);
  EXPECT_EQ(odd, Signature(full.begin(), full.begin() + 13));
}

TEST(MinHasherTest, SignatureValuesArePinned) {
  // Stored duplicate groups depend on these values: a change in hashing must be deliberate.
  const Signature signature = MinHasher().Sign(NumberedWords(30, "w"));
  ASSERT_EQ(signature.size(), 128u);
  EXPECT_EQ(signature[0], 293173491266078938u);
  EXPECT_EQ(signature[9], 333854841159598581u);
  EXPECT_EQ(signature[127], 1562923496006760061u);
}

TEST(MinHasherTest, MismatchedSignaturesEstimateZero) {
  EXPECT_EQ(MinHasher::EstimateJaccard({1, 2}, {1, 2, 3}), 0);
  EXPECT_EQ(MinHasher::EstimateJaccard({}, {}), 0);
}

}  // namespace
}  // namespace marsad::link
