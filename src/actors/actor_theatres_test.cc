#include "actors/actor_theatres.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

constexpr std::string_view kTheatres =
    "# name\tcode\tEnglish name\tcountries\n"
    "coalition\tIGOWSTMIL\tUS-led coalition against ISIS\tIRQ,SYR,IMGMUSISI\n"
    "coalition\tSAUMIL\tSaudi-led coalition in Yemen\tYEM\n";

Mention At(size_t unit, std::string code, std::string name = "") {
  Mention m;
  m.first_unit = unit;
  m.end_unit = unit + 1;
  m.code = std::move(code);
  m.name = std::move(name);
  return m;
}

TEST(ActorTheatresTest, InAnArticleAboutBothWarsTheSentenceTellsWhichCoalition) {
  auto theatres = ActorTheatres::Parse(kTheatres, "test");
  ASSERT_TRUE(theatres.ok()) << theatres.status().message();
  // Sentence 0: the coalition and the Houthis; sentence 1: the coalition and ISIS.
  const std::vector<uint32_t> unit_sentence = {0, 0, 1, 1};
  std::vector<Mention> mentions = {At(0, "IGOWSTMIL", "coalition"), At(1, "YEMREB"),
                                   At(2, "IGOWSTMIL", "coalition"), At(3, "IMGMUSISI")};
  theatres.value().Assign(unit_sentence, &mentions);
  EXPECT_EQ(mentions[0].code, "SAUMIL");
  EXPECT_EQ(mentions[0].name, "Saudi-led coalition in Yemen");
  EXPECT_EQ(mentions[2].code, "IGOWSTMIL");
}

TEST(ActorTheatresTest, TheArticleDecidesWhenTheSentenceNamesNoTheatre) {
  auto theatres = ActorTheatres::Parse(kTheatres, "test");
  ASSERT_TRUE(theatres.ok());
  const std::vector<uint32_t> unit_sentence = {0, 1, 2};
  std::vector<Mention> mentions = {At(0, "YEMGOV"), At(1, "IGOWSTMIL", "coalition"), At(2, "YEM")};
  theatres.value().Assign(unit_sentence, &mentions);
  EXPECT_EQ(mentions[1].code, "SAUMIL");
  // A tie, or no theatre named at all, keeps the lexicon's code.
  std::vector<Mention> tie = {At(0, "YEM"), At(1, "IGOWSTMIL", "coalition"), At(2, "SYR")};
  theatres.value().Assign(unit_sentence, &tie);
  EXPECT_EQ(tie[1].code, "IGOWSTMIL");
  std::vector<Mention> none = {At(1, "IGOWSTMIL", "coalition")};
  theatres.value().Assign(unit_sentence, &none);
  EXPECT_EQ(none[0].code, "IGOWSTMIL");
}

TEST(ActorTheatresTest, AnArticleAboutOneWarOutweighsItsSentence) {
  auto theatres = ActorTheatres::Parse(kTheatres, "test");
  ASSERT_TRUE(theatres.ok());
  // ISIS named beside the coalition once, in an article about Yemen.
  const std::vector<uint32_t> unit_sentence = {0, 0, 1, 2};
  std::vector<Mention> mentions = {At(0, "IGOWSTMIL", "coalition"), At(1, "IMGMUSISI"),
                                   At(2, "YEMREB"), At(3, "YEM")};
  theatres.value().Assign(unit_sentence, &mentions);
  EXPECT_EQ(mentions[0].code, "SAUMIL");
}

TEST(ActorTheatresTest, BadLinesAreErrorsNamingTheLine) {
  auto wrong = ActorTheatres::Parse("coalition\tSAUMIL\tSaudi-led\tYE\n", "theatres.tsv");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("theatres.tsv:1"), std::string::npos);
  EXPECT_FALSE(ActorTheatres::Parse("coalition\tSAUMIL\n", "t").ok());
}

}  // namespace
}  // namespace marsad::actors
