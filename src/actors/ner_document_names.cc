#include "actors/ner_document_names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "actors/ner_features.h"
#include "actors/ner_perceptron.h"
#include "actors/ner_scorer.h"
#include "core/utf8.h"

namespace marsad::actors {
namespace {

constexpr int kTypeCount = (kNerTagCount - 1) / 2;  // PER ORG LOC MISC

int BeginTag(int type) { return 1 + 2 * type; }
int InsideTag(int type) { return 2 + 2 * type; }

// A name found in the document: where its words are, and how often it got each type.
struct Pattern {
  size_t sentence = 0;
  size_t begin = 0;
  size_t length = 0;
  std::array<int, kTypeCount> votes{};
  int first_type = 0;

  int Type() const {
    int best = first_type;
    for (int t = 0; t < kTypeCount; ++t) {
      if (votes[t] > votes[best]) best = t;
    }
    return best;
  }
};

// A 64-bit key of a word's bytes. Keys are only compared with each other here, never with the
// tagger's feature hashes, so the fastest hash of short strings serves.
uint64_t WordKey(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

// What a word is compared by: the key of its form without the proclitics it surely has
// (والبنك, للبنك → البنك), so that a name matches its mentions after و ب ل.
uint64_t MatchKey(std::string_view folded) {
  constexpr std::string_view kLam = "\xD9\x84", kAl = "\xD8\xA7\xD9\x84";
  // Only a word starting with و ف ب ل ك can carry a proclitic: most words are spared the look.
  const bool may_have_proclitic =
      folded.size() >= 2 &&
      ((folded[0] == '\xD9' && (folded[1] == '\x88' || folded[1] == '\x81' || folded[1] == '\x84' ||
                                folded[1] == '\x83')) ||
       (folded[0] == '\xD8' && folded[1] == '\xA8'));
  if (!may_have_proclitic) return WordKey(folded);
  const size_t proclitic = CertainProcliticBytes(folded);
  const std::string_view rest = folded.substr(proclitic);
  // ل + لبنك: the article's alef was dropped after ل.
  if (proclitic >= 2 && folded.compare(proclitic - 2, 2, kLam) == 0 && rest.starts_with(kLam) &&
      !rest.starts_with(kAl)) {
    return WordKey("\xD8\xA7" + std::string(rest));
  }
  return WordKey(rest);
}

}  // namespace

size_t SpreadDocumentNames(const std::vector<std::vector<std::string_view>>& words,
                           std::vector<std::vector<int>>* tags,
                           const NerDocumentNamesOptions& options) {
  const auto has_name = [](const std::vector<int>& sentence) {
    return std::any_of(sentence.begin(), sentence.end(), [](int tag) { return tag != 0; });
  };
  if (std::none_of(tags->begin(), tags->end(), has_name)) return 0;
  // The words' keys, all sentences one after another.
  std::vector<size_t> first_key(words.size() + 1, 0);
  for (size_t s = 0; s < words.size(); ++s) first_key[s + 1] = first_key[s] + words[s].size();
  std::vector<uint64_t> keys;
  keys.reserve(first_key.back());
  for (const auto& sentence : words) {
    for (std::string_view word : sentence) keys.push_back(MatchKey(word));
  }
  auto same_words = [&](const Pattern& p, size_t s, size_t i) {
    if (i + p.length > words[s].size()) return false;
    const uint64_t* at = keys.data() + first_key[s] + i;
    const uint64_t* name = keys.data() + first_key[p.sentence] + p.begin;
    for (size_t k = 0; k < p.length; ++k) {
      if (at[k] != name[k]) return false;
    }
    return true;
  };
  std::vector<Pattern> patterns;
  // The patterns by the hash of their words' keys, to count a name's mentions without a scan.
  std::unordered_map<uint64_t, size_t> pattern_of;
  for (size_t s = 0; s < words.size(); ++s) {
    for (const TagChunk& chunk : ChunksOf((*tags)[s])) {
      const int type = ((*tags)[s][chunk.begin] - 1) / 2;
      size_t letters = 0;
      for (size_t i = chunk.begin; i < chunk.end; ++i) letters += utf8::CodePointCount(words[s][i]);
      if (letters < options.min_letters || type < 0 || type >= kTypeCount) continue;
      const uint64_t name_hash = std::hash<std::string_view>{}(
          {reinterpret_cast<const char*>(keys.data() + first_key[s] + chunk.begin),
           (chunk.end - chunk.begin) * sizeof(uint64_t)});
      const auto [known, added] = pattern_of.try_emplace(name_hash, patterns.size());
      if (added) patterns.push_back({s, chunk.begin, chunk.end - chunk.begin, {}, type});
      ++patterns[known->second].votes[type];
    }
  }
  if (patterns.empty()) return 0;
  // The patterns by the key of their first word, the longest first among equal keys.
  std::vector<std::pair<uint64_t, size_t>> by_first_word;
  by_first_word.reserve(patterns.size());
  for (size_t id = 0; id < patterns.size(); ++id) {
    by_first_word.emplace_back(keys[first_key[patterns[id].sentence] + patterns[id].begin], id);
  }
  std::sort(by_first_word.begin(), by_first_word.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (patterns[a.second].length != patterns[b.second].length) {
      return patterns[a.second].length > patterns[b.second].length;
    }
    return a.second < b.second;
  });
  // A bit per first-word key (mod 1,024): most words start no name, and are passed over here.
  std::array<uint64_t, 16> first_word_bits{};
  for (const auto& [key, id] : by_first_word)
    first_word_bits[(key >> 6) & 15] |= 1ULL << (key & 63);
  size_t spread = 0;
  for (size_t s = 0; s < words.size(); ++s) {
    std::vector<int>& sentence_tags = (*tags)[s];
    for (size_t i = 0; i < words[s].size(); ++i) {
      if (sentence_tags[i] != 0) continue;
      const uint64_t key = keys[first_key[s] + i];
      if (!((first_word_bits[(key >> 6) & 15] >> (key & 63)) & 1)) continue;
      auto candidate = std::lower_bound(
          by_first_word.begin(), by_first_word.end(), key,
          [](const std::pair<uint64_t, size_t>& entry, uint64_t k) { return entry.first < k; });
      for (; candidate != by_first_word.end() && candidate->first == key; ++candidate) {
        const Pattern& pattern = patterns[candidate->second];
        if (!same_words(pattern, s, i)) continue;
        const auto begin = sentence_tags.begin() + static_cast<ptrdiff_t>(i);
        if (!std::all_of(begin, begin + static_cast<ptrdiff_t>(pattern.length),
                         [](int tag) { return tag == 0; })) {
          continue;
        }
        const int type = pattern.Type();
        sentence_tags[i] = BeginTag(type);
        for (size_t k = 1; k < pattern.length; ++k) sentence_tags[i + k] = InsideTag(type);
        ++spread;
        i += pattern.length - 1;
        break;
      }
    }
  }
  return spread;
}

}  // namespace marsad::actors
