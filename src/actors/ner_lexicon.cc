#include "actors/ner_lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

#include "actors/ner_model_text.h"

namespace marsad::actors {

void NerLexicon::Add(uint64_t stem, int type, int32_t times) {
  Entry& entry = entries_[stem];
  entry.count += times;
  if (type >= 0 && type < 4) entry.in_type[type] += times;
  if (entry.count == 0) entries_.erase(stem);
}

void NerLexicon::Merge(const NerLexicon& other, int sign) {
  for (const auto& [stem, from] : other.entries_) {
    Entry& entry = entries_[stem];
    entry.count += sign * static_cast<int32_t>(from.count);
    for (size_t t = 0; t < 4; ++t) entry.in_type[t] += sign * static_cast<int32_t>(from.in_type[t]);
    if (entry.count == 0) entries_.erase(stem);
  }
}

const NerLexicon::Entry& NerLexicon::Find(uint64_t stem) const {
  static const Entry kUnseen;
  auto it = entries_.find(stem);
  return it == entries_.end() ? kUnseen : it->second;
}

std::string NerLexicon::Serialize() const {
  std::vector<uint64_t> keys;
  keys.reserve(entries_.size());
  for (const auto& [stem, entry] : entries_) keys.push_back(stem);
  std::sort(keys.begin(), keys.end());
  std::string out = "lexicon " + std::to_string(keys.size()) + "\n";
  char line[128];
  for (uint64_t key : keys) {
    const Entry& e = entries_.at(key);
    std::snprintf(line, sizeof line, "%016llx %u %u %u %u %u\n",
                  static_cast<unsigned long long>(key), e.count, e.in_type[0], e.in_type[1],
                  e.in_type[2], e.in_type[3]);
    out += line;
  }
  return out;
}

Expected<NerLexicon> NerLexicon::ParsePrefix(std::string_view* text) {
  auto header = TakeSectionHeader("lexicon", text);
  if (!header.ok()) return header.status();
  const size_t count = *header;
  NerLexicon lexicon;
  lexicon.entries_.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const std::string_view line = TakeLine(text);
    const char* p = line.data();
    const char* end = p + line.size();
    uint64_t key = 0;
    auto parsed = std::from_chars(p, end, key, 16);
    Entry entry;
    std::array<uint32_t*, 5> fields = {&entry.count, &entry.in_type[0], &entry.in_type[1],
                                       &entry.in_type[2], &entry.in_type[3]};
    bool ok = parsed.ec == std::errc();
    p = parsed.ptr;
    for (uint32_t* field : fields) {
      if (!ok || p >= end || *p != ' ') {
        ok = false;
        break;
      }
      auto value = std::from_chars(p + 1, end, *field);
      ok = value.ec == std::errc();
      p = value.ptr;
    }
    if (!ok) return Status::Error("NER lexicon: bad line " + std::to_string(i + 1));
    lexicon.entries_[key] = entry;
  }
  return lexicon;
}

}  // namespace marsad::actors
