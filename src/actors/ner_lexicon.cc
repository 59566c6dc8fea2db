#include "actors/ner_lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

#include "actors/ner_model_text.h"

namespace marsad::actors {

const NerLexicon::Entry& NerLexicon::Unseen() {
  static const Entry kUnseen;
  return kUnseen;
}

NerLexicon::Entry& NerLexicon::At(uint64_t stem) {
  uint32_t index = index_.Find(stem);
  if (index == KeyIndex::kAbsent) {
    index = static_cast<uint32_t>(entries_.size());
    index_.Insert(stem, index);
    keys_.push_back(stem);
    entries_.emplace_back();
  }
  return entries_[index];
}

void NerLexicon::Add(uint64_t stem, int type, int32_t times) {
  Entry& entry = At(stem);
  entry.count += times;
  if (type >= 0 && type < 4) entry.in_type[type] += times;
}

void NerLexicon::Merge(const NerLexicon& other, int sign) {
  for (size_t i = 0; i < other.entries_.size(); ++i) {
    const Entry& from = other.entries_[i];
    if (from.count == 0) continue;
    Entry& entry = At(other.keys_[i]);
    entry.count += sign * static_cast<int32_t>(from.count);
    for (size_t t = 0; t < 4; ++t) entry.in_type[t] += sign * static_cast<int32_t>(from.in_type[t]);
  }
}

size_t NerLexicon::size() const {
  size_t n = 0;
  for (const Entry& entry : entries_) n += entry.count != 0;
  return n;
}

std::string NerLexicon::Serialize() const {
  std::vector<uint32_t> order;
  order.reserve(entries_.size());
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].count != 0) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::string out = "lexicon " + std::to_string(order.size()) + "\n";
  char line[128];
  for (uint32_t i : order) {
    const uint64_t key = keys_[i];
    const Entry& e = entries_[i];
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
  lexicon.keys_.reserve(count);
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
    lexicon.At(key) = entry;
  }
  return lexicon;
}

}  // namespace marsad::actors
