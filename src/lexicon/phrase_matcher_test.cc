#include "lexicon/phrase_matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace marsad::lexicon {
namespace {

using ::testing::ElementsAre;

std::vector<KeyChoice> Plain(const std::vector<std::string>& keys) {
  std::vector<KeyChoice> choices;
  choices.reserve(keys.size());
  for (const std::string& key : keys) choices.push_back({key, {}, {}});
  return choices;
}

PhraseMatcher Sample() {
  PhraseMatcher::Builder builder;
  builder.Add({"وزير", "خارجيه"}, 1);
  builder.Add({"وزير"}, 2);
  builder.Add({"امم", "متحده"}, 3);
  builder.Add({"امم", "متحده"}, 4);
  builder.Add({"امم", "متحده"}, 4);  // duplicate value kept once
  builder.Add({}, 9);                // ignored
  return std::move(builder).Build();
}

TEST(PhraseMatcherTest, LongestPhraseWins) {
  PhraseMatcher matcher = Sample();
  std::vector<std::string> keys = {"قال", "وزير", "خارجيه", "روسي"};
  std::vector<KeyChoice> text = Plain(keys);
  EXPECT_EQ(matcher.LongestAt(text, 0).length, 0u);
  PhraseMatcher::Match match = matcher.LongestAt(text, 1);
  EXPECT_EQ(match.length, 2u);
  EXPECT_THAT(std::vector<uint32_t>(match.values.begin(), match.values.end()), ElementsAre(1));
}

TEST(PhraseMatcherTest, FallsBackToAShorterPhrase) {
  PhraseMatcher matcher = Sample();
  std::vector<std::string> keys = {"وزير", "دفاع"};
  PhraseMatcher::Match match = matcher.LongestAt(Plain(keys), 0);
  EXPECT_EQ(match.length, 1u);
  EXPECT_THAT(std::vector<uint32_t>(match.values.begin(), match.values.end()), ElementsAre(2));
}

TEST(PhraseMatcherTest, KeepsEveryValueOfAPhraseOnce) {
  PhraseMatcher matcher = Sample();
  std::vector<std::string> keys = {"امم", "متحده"};
  PhraseMatcher::Match match = matcher.LongestAt(Plain(keys), 0);
  EXPECT_THAT(std::vector<uint32_t>(match.values.begin(), match.values.end()), ElementsAre(3, 4));
  EXPECT_EQ(matcher.phrase_count(), 3u);
}

TEST(PhraseMatcherTest, TriesAlternativesAndPrefersPlainKeys) {
  PhraseMatcher matcher = Sample();
  std::vector<KeyChoice> text = {{"لامم", "امم", ""}, {"متحده", "", ""}};
  PhraseMatcher::Match match = matcher.LongestAt(text, 0);
  EXPECT_EQ(match.length, 2u);
  EXPECT_EQ(match.first_choice, 1);
  std::vector<KeyChoice> second = {{"للامم", "لامم", "امم"}, {"متحده", "", ""}};
  EXPECT_EQ(matcher.LongestAt(second, 0).first_choice, 2);
  std::vector<KeyChoice> plain = {{"وزير", "زير", ""}};
  EXPECT_EQ(matcher.LongestAt(plain, 0).first_choice, 0);
}

TEST(PhraseMatcherTest, FirstWordFilterLosesNoPhrase) {
  PhraseMatcher::Builder builder;
  std::vector<std::string> words;
  words.reserve(5000);
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
  for (int i = 0; i < 5000; ++i) builder.Add({words[i], "x"}, i);
  PhraseMatcher matcher = std::move(builder).Build();
  for (int i = 0; i < 5000; ++i) {
    std::vector<std::string> keys = {words[i], "x"};
    ASSERT_EQ(matcher.LongestAt(Plain(keys), 0).length, 2u) << words[i];
  }
  int found = 0;
  for (int i = 0; i < 1000; ++i) {
    std::vector<std::string> keys = {"v" + std::to_string(i), "x"};
    found += matcher.LongestAt(Plain(keys), 0).length > 0;
  }
  EXPECT_EQ(found, 0);
}

TEST(PhraseMatcherTest, PrecomputedHashesMatchLikeComputedOnes) {
  PhraseMatcher matcher = Sample();
  std::vector<KeyChoice> text = {{"لامم", "امم", ""}, {"متحده", "", ""}};
  text[0].key_hash = PhraseMatcher::KeyHash("لامم");
  text[0].alternative_hash = PhraseMatcher::KeyHash("امم");
  text[1].key_hash = PhraseMatcher::KeyHash("متحده");
  PhraseMatcher::Match match = matcher.LongestAt(text, 0);
  EXPECT_EQ(match.length, 2u);
  EXPECT_EQ(match.first_choice, 1);
  EXPECT_THAT(std::vector<uint32_t>(match.values.begin(), match.values.end()), ElementsAre(3, 4));
  EXPECT_NE(PhraseMatcher::KeyHash(""), 0u);
}

TEST(PhraseMatcherTest, EmptyAndOutOfRangeInputsMatchNothing) {
  PhraseMatcher matcher = Sample();
  std::vector<KeyChoice> none;
  EXPECT_EQ(matcher.LongestAt(none, 0).length, 0u);
  std::vector<std::string> keys = {"وزير"};
  EXPECT_EQ(matcher.LongestAt(Plain(keys), 5).length, 0u);
  EXPECT_EQ(PhraseMatcher().LongestAt(Plain(keys), 0).length, 0u);
}

}  // namespace
}  // namespace marsad::lexicon
