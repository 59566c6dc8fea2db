// The in-repo event golden: tests/golden/events/cases.tsv holds sentences of the seed
// articles with their actors (as the actors stage tags them) and the events the coding guide
// expects from them (gold/seeds.events.jsonl), so the coder's reading of real news sentences
// is checked without the other stages.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "events/analysis_builder.h"
#include "events/event_coder.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

std::vector<std::string> Split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    std::string part =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) parts.push_back(part);
    if (end == std::string::npos) break;
    start = end + separator.size();
  }
  return parts;
}

TEST(GoldenCasesTest, SeedSentencesCodeAsTheGuideSays) {
  auto coder = EventCoder::Load(TestDataDir());
  ASSERT_TRUE(coder.ok()) << coder.status().message();
  std::ifstream in(MARSAD_SOURCE_DIR "/tests/golden/events/cases.tsv");
  ASSERT_TRUE(in) << "missing tests/golden/events/cases.tsv";
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = Split(line, "\t");
    ASSERT_GE(fields.size(), 2u) << "bad golden line: " << line;
    std::vector<ActorName> actors;
    for (const std::string& pair : Split(fields[1], "|")) {
      const size_t eq = pair.rfind('=');
      ASSERT_NE(eq, std::string::npos) << pair;
      actors.push_back({pair.substr(0, eq), pair.substr(eq + 1)});
    }
    Analysis a = BuildAnalysis(fields[0], actors, "2015-09-25");
    coder->Apply(&a);
    std::vector<std::string> got;
    for (const Event& e : a.events) {
      got.push_back((e.source.actor.empty() ? "-" : e.source.actor) + " " + e.code + " " +
                    (e.target.actor.empty() ? "-" : e.target.actor) + " " + e.polarity + " " +
                    e.modality);
    }
    const std::vector<std::string> want =
        fields.size() > 2 ? Split(fields[2], ";") : std::vector<std::string>{};
    EXPECT_EQ(got, want) << fields[0];
    ++cases;
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace marsad::events
