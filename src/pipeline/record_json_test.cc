#include "pipeline/record_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace marsad::pipeline {
namespace {

Analysis SampleAnalysis() {
  Analysis a;
  a.article.id = "seed";
  a.article.input = "samples/seeds/seed.txt";
  a.article.text = "نفى الكرملين الخبر.";
  a.published = "2015-09-25";
  a.sentences.push_back({{0, 34}, false, 0, 3});
  a.tokens.push_back({{0, 6}, TokenKind::kWord, 0, {{{0, 6}, "نفي"}}, "نفي"});
  a.entities.push_back({{7, 23}, "ORG", "RUSGOV", "Kremlin"});
  Event e;
  e.source = {{7, 23}, "الكرملين", "RUSGOV"};
  e.code = "016";
  e.quad_class = 3;
  e.goldstein = -2;
  e.sentence = {0, 34};
  e.cue = {0, 6};
  a.events.push_back(e);
  return a;
}

TEST(RecordJsonTest, WritesTheContractFields) {
  std::string out;
  AppendRecordJson(SampleAnalysis(), RecordOptions{}, &out);
  auto record = nlohmann::json::parse(out);
  EXPECT_EQ(record["id"], "seed");
  EXPECT_TRUE(record["url"].is_null());
  EXPECT_EQ(record["published"], "2015-09-25");
  EXPECT_FALSE(record.contains("tokens"));
  EXPECT_EQ(record["entities"][0]["text"], "الكرملين");
  EXPECT_EQ(record["entities"][0]["actor"], "RUSGOV");
  EXPECT_EQ(record["events"][0]["code"], "016");
  EXPECT_EQ(record["events"][0]["goldstein"], -2.0);
  EXPECT_EQ(record["events"][0]["target"]["actor"], "");
  EXPECT_EQ(record["events"][0]["polarity"], "asserted");
  EXPECT_EQ(record["events"][0]["sentence"]["end"], 34);
  for (const char* key : {"sentences", "dates", "quotes", "warnings"}) {
    EXPECT_TRUE(record[key].is_array()) << key;
  }
}

TEST(RecordJsonTest, TokensOnlyWhenAsked) {
  std::string out;
  AppendRecordJson(SampleAnalysis(), RecordOptions{true}, &out);
  auto record = nlohmann::json::parse(out);
  ASSERT_EQ(record["tokens"].size(), 1u);
  EXPECT_EQ(record["tokens"][0]["text"], "نفى");
  EXPECT_EQ(record["tokens"][0]["segments"][0], "نفى");
}

TEST(RecordJsonTest, ErrorRecordNamesInputAndReason) {
  std::string out;
  AppendErrorJson(ReadFailure{"x.bin", "binary file, not text"}, &out);
  auto record = nlohmann::json::parse(out);
  EXPECT_EQ(record["input"], "x.bin");
  EXPECT_EQ(record["error"], "binary file, not text");
}

}  // namespace
}  // namespace marsad::pipeline
