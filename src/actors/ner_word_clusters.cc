#include "actors/ner_word_clusters.h"

#include <charconv>

#include "actors/ner_features.h"
#include "actors/ner_model_text.h"
#include "core/file.h"

namespace marsad::actors {
namespace {

constexpr std::string_view kMagic = "marsad-ner-clusters 1";

}  // namespace

const NerWordClusters::Classes& NerWordClusters::Unknown() {
  static constexpr Classes kUnknown = {kNone, kNone, kNone};
  return kUnknown;
}

void NerWordClusters::Add(std::string_view folded, const Classes& classes) {
  const uint64_t key = NerLexiconKey(folded);
  if (index_.Find(key) != KeyIndex::kAbsent) return;
  index_.Insert(key, static_cast<uint32_t>(classes_.size()));
  classes_.push_back(classes);
  words_.emplace_back(folded);
}

std::string NerWordClusters::Serialize(std::string_view header) const {
  std::string out;
  while (!header.empty()) out.append("# ").append(TakeLine(&header)).push_back('\n');
  out.append(kMagic).push_back('\n');
  out.append("levels ").append(std::to_string(levels_)).push_back('\n');
  out.append("words ").append(std::to_string(words_.size())).push_back('\n');
  for (size_t i = 0; i < words_.size(); ++i) {
    out.append(words_[i]);
    for (size_t level = 0; level < levels_; ++level) {
      out.push_back(' ');
      const uint16_t c = classes_[i][level];
      out.append(c == kNone ? std::string("-") : std::to_string(c));
    }
    out.push_back('\n');
  }
  return out;
}

Expected<NerWordClusters> NerWordClusters::Parse(std::string_view text) {
  std::string_view line = TakeLine(&text);
  while (!line.empty() && line.front() == '#') line = TakeLine(&text);
  if (line != kMagic) {
    return Status::Error("not a marsad word-cluster file (expected '" + std::string(kMagic) + "')");
  }
  auto levels = TakeSectionHeader("levels", &text);
  if (!levels.ok()) return levels.status();
  if (*levels == 0 || *levels > kMaxLevels) return Status::Error("word clusters: bad levels");
  auto count = TakeSectionHeader("words", &text);
  if (!count.ok()) return count.status();
  NerWordClusters clusters;
  clusters.levels_ = *levels;
  clusters.classes_.reserve(*count);
  clusters.words_.reserve(*count);
  for (size_t i = 0; i < *count; ++i) {
    if (text.empty()) return Status::Error("word clusters: ends after " + std::to_string(i));
    std::string_view rest = TakeLine(&text);
    const size_t space = rest.find(' ');
    if (space == 0 || space == std::string_view::npos) {
      return Status::Error("word clusters: bad line " + std::to_string(i + 1));
    }
    const std::string_view word = rest.substr(0, space);
    rest.remove_prefix(space);
    Classes classes = Unknown();
    for (size_t level = 0; level < *levels; ++level) {
      if (rest.size() < 2 || rest[0] != ' ') {
        return Status::Error("word clusters: bad line " + std::to_string(i + 1));
      }
      rest.remove_prefix(1);
      if (rest[0] == '-') {
        rest.remove_prefix(1);
        continue;
      }
      uint16_t value = 0;
      auto parsed = std::from_chars(rest.data(), rest.data() + rest.size(), value);
      if (parsed.ec != std::errc() || value == kNone) {
        return Status::Error("word clusters: bad class on line " + std::to_string(i + 1));
      }
      classes[level] = value;
      rest.remove_prefix(parsed.ptr - rest.data());
    }
    if (!rest.empty()) return Status::Error("word clusters: bad line " + std::to_string(i + 1));
    clusters.Add(word, classes);
  }
  return clusters;
}

Expected<NerWordClusters> NerWordClusters::Load(const std::string& path) {
  const auto content = ReadWholeFile(path);
  if (!content.ok()) return Status::Error("cannot open word clusters " + path);
  auto parsed = Parse(*content);
  if (!parsed.ok()) return Status::Error(path + ": " + parsed.status().message());
  return parsed;
}

}  // namespace marsad::actors
