#include "actors/actor_matcher.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/variant_key.h"

namespace marsad::actors {
namespace {

// Every spelling of a transliterated phrase: the «g» letters of each word vary on their own.
std::vector<std::vector<std::string>> SpellingsOf(std::vector<std::string> keys,
                                                  bool transliterated) {
  std::vector<std::vector<std::string>> spellings = {keys};
  if (!transliterated) return spellings;
  for (size_t i = 0; i < keys.size(); ++i) {
    // A lone word varies only between غ and ج: «هيغل» → «هيجل», never «هيكل».
    std::vector<std::string> variants =
        lexicon::TransliterationVariants(keys[i], 9, /*with_kaf=*/keys.size() > 1);
    size_t count = spellings.size();
    for (size_t s = 0; s < count; ++s) {
      for (size_t v = 1; v < variants.size(); ++v) {
        std::vector<std::string> spelling = spellings[s];
        spelling[i] = variants[v];
        spellings.push_back(std::move(spelling));
      }
    }
    if (spellings.size() > 64) break;
  }
  return spellings;
}

// A phrase value with this bit set names its entry only when the phrase's first word is
// written with the article (a «^» form).
constexpr uint32_t kDefiniteOnly = uint32_t{1} << 31;

}  // namespace

ActorMatcher ActorMatcher::Compile(std::vector<LexiconEntry> entries,
                                   const text::TextAnalyzer& text) {
  lexicon::PhraseMatcher::Builder builder;
  for (size_t i = 0; i < entries.size(); ++i) {
    for (const LexiconForm& form : ExpandForms(entries[i])) {
      std::vector<std::string> keys = lexicon::PhraseKeys(text, form.text);
      if (keys.empty()) continue;
      auto value = static_cast<uint32_t>(i) | (form.definite_only ? kDefiniteOnly : 0);
      for (const auto& spelling : SpellingsOf(std::move(keys), form.transliterated)) {
        builder.Add(spelling, value);
      }
    }
  }
  return ActorMatcher(std::move(entries), std::move(builder).Build());
}

Expected<ActorMatcher> ActorMatcher::Load(const std::string& data_dir,
                                          const text::TextAnalyzer& text) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "lexicon";
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& item : fs::directory_iterator(dir, error)) {
    std::string name = item.path().filename().string();
    if (name.starts_with("actors") && name.ends_with(".tsv")) files.push_back(item.path());
  }
  if (error) return Status::Error("cannot read actor lexicon directory " + dir.string());
  if (files.empty()) return Status::Error("no actors*.tsv lexicon in " + dir.string());
  std::sort(files.begin(), files.end());
  std::vector<LexiconEntry> entries;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::Error("cannot open " + file.string());
    std::stringstream content;
    content << in.rdbuf();
    auto parsed = ParseActorLexicon(content.str(), file.filename().string());
    if (!parsed.ok()) return parsed.status();
    for (LexiconEntry& entry : parsed.value()) entries.push_back(std::move(entry));
  }
  return Compile(std::move(entries), text);
}

std::vector<LexiconMatch> ActorMatcher::Find(std::span<const lexicon::MatchUnit> units) const {
  std::vector<lexicon::KeyChoice> choices = lexicon::KeyChoices(units);
  std::vector<LexiconMatch> matches;
  FindIn(units, choices, 0, units.size(), &matches);
  return matches;
}

void ActorMatcher::FindIn(std::span<const lexicon::MatchUnit> units,
                          std::span<const lexicon::KeyChoice> choices, size_t begin, size_t end,
                          std::vector<LexiconMatch>* matches) const {
  end = std::min({end, units.size(), choices.size()});
  std::span<const lexicon::KeyChoice> sentence = choices.first(end);
  for (size_t i = begin; i < end;) {
    lexicon::PhraseMatcher::Match match = matcher_.LongestAt(sentence, i);
    if (match.length == 0) {
      ++i;
      continue;
    }
    const lexicon::MatchUnit& unit = units[i];
    bool definite = unit.definite & lexicon::DefiniteBit(match.first_choice);
    auto names_entry = [definite](uint32_t value) {
      return definite || (value & kDefiniteOnly) == 0;
    };
    if (std::none_of(match.values.begin(), match.values.end(), names_entry)) {
      ++i;  // only forms that need the article, written without it («غرب» a compass word)
      continue;
    }
    LexiconMatch& found = matches->emplace_back();
    found.first_unit = i;
    found.end_unit = i + match.length;
    Span first = match.first_choice == 1   ? unit.alternative_span
                 : match.first_choice == 2 ? unit.second_span
                                           : unit.span;
    found.span = {first.start, units[found.end_unit - 1].span.end};
    for (uint32_t value : match.values) {
      if (!names_entry(value)) continue;
      uint32_t entry = value & ~kDefiniteOnly;
      if (std::find(found.entries.begin(), found.entries.end(), entry) == found.entries.end()) {
        found.entries.push_back(entry);
      }
    }
    i += match.length;
  }
}

}  // namespace marsad::actors
