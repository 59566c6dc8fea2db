// The in-repo actor golden: tests/golden/actors/cases.tsv lists sentences with the entities
// and codes the actors stage must give them. Runs without ../shared.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "actors/actor_tagger.h"
#include "text/text_analyzer.h"

namespace marsad::actors {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/data";
}

std::vector<std::string> Split(const std::string& s, const std::string& separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + separator.size();
  }
}

std::string Trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

TEST(GoldenActorsTest, CasesMatch) {
  std::ifstream in(MARSAD_SOURCE_DIR "/tests/golden/actors/cases.tsv");
  ASSERT_TRUE(in) << "missing tests/golden/actors/cases.tsv";
  auto text = text::TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto tagger = ActorTagger::Load(DataDir());
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  int cases = 0, checks = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields = Split(line, "\t");
    ASSERT_EQ(fields.size(), 3u) << "bad golden line: " << line;
    Analysis analysis;
    analysis.article.text = fields[0];
    analysis.published = Trim(fields[1]);
    text->Apply(&analysis);
    tagger->Apply(&analysis);
    ++cases;
    std::string seen;
    for (const Entity& entity : analysis.entities) {
      seen += " [" + std::string(entity.span.of(analysis.text())) + "=" + entity.actor + "]";
    }
    for (std::string expectation : Split(fields[2], ";")) {
      expectation = Trim(expectation);
      if (expectation.empty()) continue;
      ++checks;
      bool negative = expectation.front() == '!';
      std::string words = negative ? expectation.substr(1) : expectation;
      std::string code;
      if (size_t eq = words.rfind('='); !negative && eq != std::string::npos) {
        code = words.substr(eq + 1);
        words = words.substr(0, eq);
      }
      // The entity covering the words' last occurrence (so that «بيسكوف» after «دميتري
      // بيسكوف» tests resolution); the entity tagger may extend a name by a word
      // («وكالة سبوتنيك» → «وكالة سبوتنيك الروسية»), so covering is enough.
      size_t at = analysis.article.text.rfind(words);
      ASSERT_NE(at, std::string::npos) << "«" << words << "» is not in: " << fields[0];
      Span wanted{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
      const Entity* found = nullptr;
      for (const Entity& entity : analysis.entities) {
        if (negative ? entity.span.overlaps(wanted) : entity.span.contains(wanted)) {
          found = &entity;
        }
      }
      if (negative) {
        EXPECT_EQ(found, nullptr) << "unexpected entity «" << words << "» in: " << fields[0];
        continue;
      }
      ASSERT_NE(found, nullptr) << "no entity «" << words << "» in: " << fields[0]
                                << "\n  found:" << seen;
      EXPECT_EQ(found->actor, code) << "«" << words << "» in: " << fields[0];
    }
  }
  EXPECT_GE(cases, 10);
  EXPECT_GE(checks, 50);
}

}  // namespace
}  // namespace marsad::actors
