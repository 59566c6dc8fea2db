#include "actors/ner_gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <numeric>

#include "actors/ner_features.h"
#include "actors/ner_model_text.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

void NerGazetteer::Mark(uint64_t key, uint32_t bits) {
  uint32_t index = index_.Find(key);
  if (index == KeyIndex::kAbsent) {
    index = static_cast<uint32_t>(masks_.size());
    index_.Insert(key, index);
    keys_.push_back(key);
    masks_.push_back(0);
  }
  masks_[index] |= bits;
}

void NerGazetteer::AddName(const std::vector<std::string>& folded_words, Category category) {
  const size_t n = folded_words.size();
  for (size_t i = 0; i < n; ++i) {
    if (folded_words[i].empty()) continue;
    const Place place = n == 1 ? kAlone : i == 0 ? kFirst : i + 1 == n ? kLast : kInside;
    Mark(NerLexiconKey(folded_words[i]), Bit(category, place));
  }
}

Status NerGazetteer::AddActorFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open actor dictionary " + path);
  const text::Normalizer normalizer;
  std::string line;
  std::vector<std::string> words;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (fields.size() < 6) continue;
    const std::string_view kind = fields[0], type = fields[2];
    Category category;
    if (kind == "title" || kind == "role") {  // a role is a title that may stand alone
      category = kTitle;
    } else if (type == "PER") {
      category = kPer;
    } else if (type == "ORG") {
      category = kOrg;
    } else if (type == "LOC") {
      category = kLoc;
    } else if (type == "MISC") {
      category = kMisc;
    } else {
      continue;
    }
    for (std::string_view form : SplitOn(fields[5], '|')) {
      words.clear();
      for (std::string_view word : SplitOn(Trim(form), ' ')) {
        if (!word.empty()) words.push_back(FoldForNer(normalizer.NormalizeString(word)));
      }
      if (!words.empty()) AddName(words, category);
    }
  }
  return Status::Ok();
}

std::string NerGazetteer::Serialize() const {
  std::vector<uint32_t> order(keys_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::string out = "gazetteer " + std::to_string(order.size()) + "\n";
  char line[64];
  for (uint32_t i : order) {
    std::snprintf(line, sizeof line, "%016llx %x\n", static_cast<unsigned long long>(keys_[i]),
                  masks_[i]);
    out += line;
  }
  return out;
}

Expected<NerGazetteer> NerGazetteer::ParsePrefix(std::string_view* text) {
  auto header = TakeSectionHeader("gazetteer", text);
  if (!header.ok()) return header.status();
  NerGazetteer gazetteer;
  for (size_t i = 0; i < *header; ++i) {
    const std::string_view line = TakeLine(text);
    const char* end = line.data() + line.size();
    uint64_t key = 0;
    uint32_t mask = 0;
    auto k = std::from_chars(line.data(), end, key, 16);
    bool ok = k.ec == std::errc() && k.ptr < end && *k.ptr == ' ';
    if (ok) {
      auto m = std::from_chars(k.ptr + 1, end, mask, 16);
      ok = m.ec == std::errc() && m.ptr == end;
    }
    if (!ok) return Status::Error("NER gazetteer: bad line " + std::to_string(i + 1));
    gazetteer.Mark(key, mask);
  }
  return gazetteer;
}

}  // namespace marsad::actors
