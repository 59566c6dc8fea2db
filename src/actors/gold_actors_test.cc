// Gold-actor coverage: every source/target code of the seeds' hand-coded events
// (shared/gold/seeds.events.jsonl) should be found by the actors stage in the sentence that
// holds the record's evidence. Needs ../shared; skipped without it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "actors/actor_tagger.h"
#include "text/text_analyzer.h"

namespace marsad::actors {
namespace {

std::string SharedDir() {
  if (const char* env = std::getenv("MARSAD_SHARED"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/../shared";
}

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/data";
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(GoldActorsTest, SeedGoldActorsAreFoundInTheirEvidenceSentence) {
  std::filesystem::path gold = std::filesystem::path(SharedDir()) / "gold/seeds.events.jsonl";
  if (!std::filesystem::exists(gold)) {
    GTEST_SKIP() << "shared gold not found at " << gold << " (set MARSAD_SHARED)";
  }
  auto text = text::TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto tagger = ActorTagger::Load(DataDir());
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();

  std::map<std::string, Analysis> documents;
  int total = 0, exact = 0, country = 0;
  std::istringstream lines(ReadFile(gold));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    nlohmann::json record = nlohmann::json::parse(line);
    std::string doc = record["doc"];
    if (!documents.count(doc)) {
      Analysis analysis;
      analysis.article.text =
          ReadFile(std::filesystem::path(MARSAD_SOURCE_DIR) / "samples/seeds" / (doc + ".txt"));
      text->Apply(&analysis);
      tagger->Apply(&analysis);
      if (std::getenv("MARSAD_DUMP_ENTITIES") != nullptr) {
        for (const DateMention& d : analysis.dates) std::cout << doc << " date " << d.value << "\n";
        for (const Entity& e : analysis.entities) {
          std::cout << doc << " " << e.span.start << " " << e.span.of(analysis.text()) << " "
                    << e.type << " " << e.actor << " " << e.name << "\n";
        }
      }
      documents.emplace(doc, std::move(analysis));
    }
    const Analysis& analysis = documents.at(doc);
    std::string evidence = record["evidence"];
    size_t at = analysis.article.text.find(evidence);
    ASSERT_NE(at, std::string::npos) << "evidence not in " << doc << ": " << evidence;
    Span sentence{static_cast<uint32_t>(at), static_cast<uint32_t>(at + evidence.size())};
    for (const Sentence& s : analysis.sentences) {
      if (s.span.start <= at && at < s.span.end) sentence = s.span;
    }
    for (const char* role : {"source", "target"}) {
      std::string code = record[role];
      if (code.empty()) continue;
      ++total;
      bool found_exact = false, found_country = false;
      std::string seen;
      for (const Entity& entity : analysis.entities) {
        if (!sentence.contains(entity.span)) continue;
        seen += " " + std::string(entity.span.of(analysis.text())) + "=" + entity.actor;
        found_exact = found_exact || entity.actor == code;
        found_country = found_country || entity.actor.substr(0, 3) == code.substr(0, 3);
      }
      exact += found_exact;
      country += found_country;
      if (!found_exact) {
        std::cout << "MISS " << code << (found_country ? " (country ok)" : "") << " | " << evidence
                  << " |" << seen << "\n";
      }
    }
  }
  std::cout << "gold actors: " << exact << "/" << total << " exact, " << country << "/" << total
            << " country\n";
  // Measured 186/216 exact and 195/216 country; most misses are actors the event coder must
  // take from another sentence (a speaker named earlier, «البلدين») or a state named as a
  // country that the gold codes as its government («دعم روسيا للعراق» → RUSGOV, IRQGOV).
  EXPECT_GE(exact * 1000, total * 855);
  EXPECT_GE(country * 1000, total * 895);
}

// The actor spans of the shared protest/assault records (shared/data/events/*_spans.dev.json)
// carry the country and role a coder gave them. Counts how many of the actors with a country
// the actors stage codes with that country, and with the full code, in the record's sentence.
TEST(GoldActorsTest, EventSpanActorsAreCoded) {
  std::filesystem::path events = std::filesystem::path(SharedDir()) / "data/events";
  if (!std::filesystem::exists(events / "protest_spans.dev.json")) {
    GTEST_SKIP() << "shared event spans not found in " << events << " (set MARSAD_SHARED)";
  }
  auto text = text::TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto tagger = ActorTagger::Load(DataDir(), text.value());
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  int total = 0, exact = 0, country = 0;
  int role_total = 0, role_found = 0;  // actors the records give a role and no country
  for (const char* file : {"protest_spans.dev.json", "assault_spans.dev.json"}) {
    nlohmann::json records = nlohmann::json::parse(ReadFile(events / file));
    for (const nlohmann::json& record : records) {
      Analysis analysis;
      analysis.article.text = record.value("text", "");
      text->Apply(&analysis);
      tagger->Apply(&analysis);
      std::set<std::pair<std::string, std::string>> seen_actors;  // (words, code), once each
      for (const nlohmann::json& span : record["spans"]) {
        if (!span.is_object()) continue;
        for (const char* side : {"source", "target"}) {
          const nlohmann::json& role = span[std::string(side) + "_role"];
          const nlohmann::json& words = span[std::string(side) + "_actor"];
          if (!role.is_object() || !words.is_array() || words.empty()) continue;
          std::string main = role.value("main", "None"), sub = role.value("role", "None");
          bool role_only = main == "None" && sub.size() == 3;
          if (!role_only && (main.size() != 3 || main == "Non" || main == "UNK")) continue;
          std::string code = role_only ? sub : main + (sub == "None" ? "" : sub);
          std::string phrase;
          for (const auto& word : words)
            phrase += (phrase.empty() ? "" : " ") + word.get<std::string>();
          if (!seen_actors.insert({phrase, code}).second) continue;
          // The words as they stand in the text: from the first word to the last.
          size_t start = analysis.article.text.find(words.front().get<std::string>());
          if (start == std::string::npos) continue;
          size_t end = analysis.article.text.find(words.back().get<std::string>(), start);
          if (end == std::string::npos) continue;
          end += words.back().get<std::string>().size();
          Span actor{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
          if (role_only) {
            // As `marsad eval detect` scores them: any actor with that role agrees.
            ++role_total;
            bool found = false;
            std::string seen;
            for (const Entity& entity : analysis.entities) {
              if (!entity.span.overlaps(actor)) continue;
              seen += " " + std::string(entity.span.of(analysis.text())) + "=" + entity.actor;
              found = found || entity.actor.find(code) != std::string::npos;
            }
            role_found += found;
            if (!found && std::getenv("MARSAD_SHOW_MISSES") != nullptr) {
              std::cout << "ROLE MISS " << code << " | " << phrase << " |" << seen << "\n";
            }
            continue;
          }
          ++total;
          bool found_exact = false, found_country = false;
          std::string seen;
          for (const Entity& entity : analysis.entities) {
            if (!entity.span.overlaps(actor)) continue;
            seen += " " + std::string(entity.span.of(analysis.text())) + "=" + entity.actor;
            found_exact = found_exact || entity.actor == code;
            found_country = found_country || entity.actor.substr(0, 3) == main;
          }
          exact += found_exact;
          country += found_country;
          if (!found_exact && std::getenv("MARSAD_SHOW_MISSES") != nullptr) {
            std::cout << "SPAN MISS " << code << (found_country ? " (country ok)" : "") << " | "
                      << phrase << " |" << seen << "\n";
          }
        }
      }
    }
  }
  std::cout << "event span actors: " << exact << "/" << total << " exact, " << country << "/"
            << total << " country; with a role and no country: " << role_found << "/" << role_total
            << "\n";
  // Measured 191/254 exact and 237/254 country. Most exact misses are codes the coders chose
  // differently (al-Qaeda IMG, not IMGMUSALQ; the Taliban mostly AFGREB as
  // the lexicon codes them, sometimes IMGREB) and places the coders read as organs («مصنع
  // عسكري» → MIL).
  ASSERT_GT(total, 100);
  EXPECT_GE(exact * 1000, total * 740);
  EXPECT_GE(country * 1000, total * 910);
  // Measured 78/241 (39/241 before titles could name their role alone): the roles the event
  // coder reads from its own role nouns (civilians, armed men, rebels) are still titles only
  // (see data/lexicon/actors_titles.tsv); with them 188/241.
  ASSERT_GT(role_total, 100);
  EXPECT_GE(role_found * 1000, role_total * 300);
}

}  // namespace
}  // namespace marsad::actors
