#include "actors/ner_scorer.h"

#include <algorithm>
#include <cstdio>

#include "actors/ner_perceptron.h"

namespace marsad::actors {
namespace {

std::string TypeOf(const std::string& tag) { return tag.size() > 2 ? tag.substr(2) : ""; }

}  // namespace

std::vector<TagChunk> ChunksOf(const std::vector<std::string>& tags) {
  std::vector<TagChunk> chunks;
  bool open = false;
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    const bool inside = tag.size() > 2 && tag[0] == 'I';
    const bool begin = tag.size() > 2 && tag[0] == 'B';
    const std::string type = TypeOf(tag);
    if (open && (!inside || chunks.back().type != type)) open = false;
    if (begin || (inside && !open)) {
      chunks.push_back({i, i + 1, type});
      open = true;
    } else if (inside && open) {
      chunks.back().end = i + 1;
    }
  }
  return chunks;
}

std::vector<TagChunk> ChunksOf(const std::vector<int>& tags) {
  std::vector<TagChunk> chunks;
  int open_type = -1;  // index of the running chunk's type, -1 when none
  for (size_t i = 0; i < tags.size(); ++i) {
    const int tag = tags[i];
    if (tag <= 0 || tag >= kNerTagCount) {
      open_type = -1;
      continue;
    }
    const int type = (tag - 1) / 2;
    const bool inside = tag % 2 == 0;
    if (inside && open_type == type) {
      chunks.back().end = i + 1;
      continue;
    }
    chunks.push_back({i, i + 1, std::string(kNerTags[tag].substr(2))});
    open_type = type;
  }
  return chunks;
}

void NerScorer::Add(const std::vector<std::string>& gold,
                    const std::vector<std::string>& predicted) {
  const size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) tokens_correct_ += gold[i] == predicted[i];
  tokens_ += n;
  const std::vector<TagChunk> gold_chunks = ChunksOf(gold);
  const std::vector<TagChunk> predicted_chunks = ChunksOf(predicted);
  for (const TagChunk& chunk : gold_chunks) {
    ++total_.gold;
    ++by_type_[chunk.type].gold;
  }
  for (const TagChunk& chunk : predicted_chunks) {
    ++total_.predicted;
    ++by_type_[chunk.type].predicted;
    if (std::find(gold_chunks.begin(), gold_chunks.end(), chunk) != gold_chunks.end()) {
      ++total_.correct;
      ++by_type_[chunk.type].correct;
    }
  }
}

std::string NerScorer::Report() const {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "tokens %zu, token accuracy %.2f%%\n", tokens_,
                100 * TokenAccuracy());
  out += line;
  std::snprintf(line, sizeof line, "%-6s %7s %7s %7s %9s %9s %7s\n", "type", "gold", "found",
                "correct", "precision", "recall", "F1");
  out += line;
  auto row = [&](const std::string& name, const EntityCounts& c) {
    std::snprintf(line, sizeof line, "%-6s %7zu %7zu %7zu %8.2f%% %8.2f%% %6.2f%%\n", name.c_str(),
                  c.gold, c.predicted, c.correct, 100 * c.Precision(), 100 * c.Recall(),
                  100 * c.F1());
    out += line;
  };
  for (const auto& [type, counts] : by_type_) row(type, counts);
  row("all", total_);
  return out;
}

}  // namespace marsad::actors
