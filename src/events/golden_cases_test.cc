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

// Codes every case of `path` (tests/golden/events/…) and checks its events; returns how many
// cases it read.
int CheckCases(const std::string& path) {
  auto coder = EventCoder::Load(TestDataDir());
  EXPECT_TRUE(coder.ok()) << coder.status().message();
  if (!coder.ok()) return 0;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "missing " << path;
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = Split(line, "\t");
    EXPECT_GE(fields.size(), 2u) << "bad golden line: " << line;
    if (fields.size() < 2) continue;
    std::vector<ActorName> actors;
    for (const std::string& pair : Split(fields[1], "|")) {
      const size_t eq = pair.rfind('=');
      EXPECT_NE(eq, std::string::npos) << pair;
      if (eq == std::string::npos) continue;
      actors.push_back({pair.substr(0, eq), pair.substr(eq + 1)});
    }
    // A written \n parts the sentences of a case that needs the one before it.
    std::string text = fields[0];
    for (size_t at = text.find("\\n"); at != std::string::npos; at = text.find("\\n", at)) {
      text.replace(at, 2, "\n");
    }
    Analysis a = BuildAnalysis(text, actors, "2015-09-25");
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
  return cases;
}

TEST(GoldenCasesTest, SeedSentencesCodeAsTheGuideSays) {
  EXPECT_GE(CheckCases(MARSAD_SOURCE_DIR "/tests/golden/events/cases.tsv"), 10);
}

TEST(GoldenCasesTest, NewsSentencesBeyondTheSeedsCodeAsTheGuideSays) {
  EXPECT_GE(CheckCases(MARSAD_SOURCE_DIR "/tests/golden/events/news_cases.tsv"), 5);
}

}  // namespace
}  // namespace marsad::events
