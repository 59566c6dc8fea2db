#include "actors/actor_theatres.h"

#include <algorithm>
#include <filesystem>

#include "core/file.h"
#include "core/tsv_file.h"

namespace marsad::actors {
namespace {

constexpr size_t kCountryLength = 3;

std::vector<std::string> SplitCommas(const std::string& field) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    const size_t comma = std::min(field.find(',', start), field.size());
    if (comma > start) out.push_back(field.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

}  // namespace

Expected<ActorTheatres> ActorTheatres::Parse(std::string_view text, const std::string& source) {
  ActorTheatres theatres;
  const Status status =
      ForEachTsvRowOf(text, source, [&](const std::vector<std::string>& fields, size_t) {
        constexpr size_t kColumns = 4;
        if (fields.size() != kColumns) return Status::Error("expected 4 tab-separated columns");
        Theatre theatre{fields[0], fields[1], fields[2], SplitCommas(fields[3])};
        if (theatre.countries.empty()) return Status::Error("a theatre names no country");
        for (const std::string& prefix : theatre.countries) {
          if (prefix.size() < kCountryLength) {
            return Status::Error("not a country or an actor code: " + prefix);
          }
        }
        theatres.theatres_.push_back(std::move(theatre));
        return Status::Ok();
      });
  if (!status.ok()) return status;
  return theatres;
}

Expected<ActorTheatres> ActorTheatres::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/theatres.tsv";
  if (!std::filesystem::exists(path)) return ActorTheatres();
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

int ActorTheatres::Named(const Theatre& theatre, const std::vector<Mention>& mentions,
                         const std::vector<uint32_t>& unit_sentence, uint32_t sentence) {
  int named = 0;
  for (const Mention& m : mentions) {
    if (m.code.size() < kCountryLength || m.name == theatre.generic) continue;
    if (sentence != kAnySentence &&
        (m.first_unit >= unit_sentence.size() || unit_sentence[m.first_unit] != sentence)) {
      continue;
    }
    if (std::any_of(theatre.countries.begin(), theatre.countries.end(),
                    [&](const std::string& prefix) { return m.code.starts_with(prefix); })) {
      ++named;
    }
  }
  return named;
}

const ActorTheatres::Theatre* ActorTheatres::MostNamed(std::string_view generic,
                                                       const std::vector<Mention>& mentions,
                                                       const std::vector<uint32_t>& unit_sentence,
                                                       uint32_t scope, int dominance) const {
  const Theatre* best = nullptr;
  int best_named = 0;
  int second_named = 0;
  for (const Theatre& theatre : theatres_) {
    if (theatre.generic != generic) continue;
    const int named = Named(theatre, mentions, unit_sentence, scope);
    if (named > best_named) {
      second_named = best_named;
      best = &theatre;
      best_named = named;
    } else if (named > second_named) {
      second_named = named;
    }
  }
  return best != nullptr && best_named >= dominance * second_named && best_named > second_named
             ? best
             : nullptr;
}

void ActorTheatres::Assign(const std::vector<uint32_t>& unit_sentence,
                           std::vector<Mention>* mentions) const {
  if (theatres_.empty()) return;
  // An article is mostly about one war: its theatre stands when named at least twice as often
  // as any other; in an article about both, the sentence's theatre decides.
  constexpr int kArticleDominance = 2;
  for (Mention& mention : *mentions) {
    if (mention.first_unit >= unit_sentence.size()) continue;
    if (std::none_of(theatres_.begin(), theatres_.end(),
                     [&](const Theatre& t) { return t.generic == mention.name; })) {
      continue;
    }
    const Theatre* theatre =
        MostNamed(mention.name, *mentions, unit_sentence, kAnySentence, kArticleDominance);
    if (theatre == nullptr) {
      theatre =
          MostNamed(mention.name, *mentions, unit_sentence, unit_sentence[mention.first_unit], 1);
    }
    if (theatre == nullptr) continue;
    mention.code = theatre->code;
    mention.name = theatre->name;
  }
}

}  // namespace marsad::actors
