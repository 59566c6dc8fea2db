#include "lexicon/phrase_matcher.h"

#include <algorithm>
#include <cstring>

namespace marsad::lexicon {

void PhraseMatcher::Builder::Add(const std::vector<std::string>& keys, uint32_t value) {
  if (keys.empty()) return;
  uint32_t node = 0;
  for (const std::string& key : keys) {
    if (key.empty()) return;
    auto found = nodes_[node].next.find(key);
    if (found != nodes_[node].next.end()) {
      node = found->second;
      continue;
    }
    auto child = static_cast<uint32_t>(nodes_.size());
    nodes_[node].next.emplace(key, child);
    nodes_.emplace_back();
    node = child;
  }
  std::vector<uint32_t>& values = nodes_[node].values;
  if (values.empty()) ++phrase_count_;
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

PhraseMatcher PhraseMatcher::Builder::Build() && {
  PhraseMatcher matcher;
  matcher.phrase_count_ = phrase_count_;
  matcher.first_key_filter_ = KeyFilter(nodes_[0].next.size());
  matcher.value_begin_.assign(1, 0);
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    const Node& from = nodes_[node];
    matcher.values_.insert(matcher.values_.end(), from.values.begin(), from.values.end());
    matcher.value_begin_.push_back(static_cast<uint32_t>(matcher.values_.size()));
    for (const auto& [key, child] : from.next) {
      uint64_t hash = KeyHash(key);
      if (node == 0) matcher.first_key_filter_.Add(hash);
      Edge edge;
      edge.key_start = static_cast<uint32_t>(matcher.key_bytes_.size());
      edge.key_size = static_cast<uint32_t>(key.size());
      edge.child = child;
      matcher.key_bytes_.append(key);
      auto index = static_cast<uint32_t>(matcher.edges_.size());
      uint64_t edge_key = EdgeKey(node, hash);
      uint32_t same = matcher.edge_index_.Find(edge_key);
      if (same == KeyIndex::kAbsent) {
        matcher.edge_index_.Insert(edge_key, index);
      } else {  // two (node, key) pairs share an index key: chain the new edge
        while (matcher.edges_[same].next_same_slot != kNone)
          same = matcher.edges_[same].next_same_slot;
        matcher.edges_[same].next_same_slot = index;
      }
      matcher.edges_.push_back(edge);
    }
  }
  nodes_.assign(1, Node());
  phrase_count_ = 0;
  return matcher;
}

uint64_t PhraseMatcher::KeyHash(std::string_view key) {
  uint64_t hash = 14695981039346656037u;  // FNV-1a, 64 bits
  for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211u;
  hash ^= hash >> 32;
  return hash == 0 ? 1 : hash;
}

uint64_t PhraseMatcher::EdgeKey(uint32_t node, uint64_t key_hash) {
  uint64_t key = key_hash ^ ((uint64_t{node} + 1) * 0x9E3779B97F4A7C15u);
  key ^= key >> 31;
  key *= 0xBF58476D1CE4E5B9u;
  return key ^ (key >> 29);
}

bool PhraseMatcher::MayStart(uint64_t hash) const { return first_key_filter_.MayContain(hash); }

uint32_t PhraseMatcher::Child(uint32_t node, std::string_view key, uint64_t key_hash) const {
  for (uint32_t e = edge_index_.Find(EdgeKey(node, key_hash)); e != KeyIndex::kAbsent && e != kNone;
       e = edges_[e].next_same_slot) {
    const Edge& edge = edges_[e];
    if (edge.key_size == key.size() &&
        std::memcmp(key_bytes_.data() + edge.key_start, key.data(), key.size()) == 0) {
      return edge.child;
    }
  }
  return kNone;
}

void PhraseMatcher::Walk(std::span<const KeyChoice> positions, size_t at, uint32_t node,
                         int first_choice, size_t begin, Match* best) const {
  if (at > begin && value_begin_[node + 1] > value_begin_[node]) {
    size_t length = at - begin;
    bool better =
        length > best->length || (length == best->length && first_choice < best->first_choice);
    if (better) *best = Match{length, first_choice, ValuesOf(node)};
  }
  if (at >= positions.size()) return;
  const KeyChoice& choice = positions[at];
  const std::string_view keys[3] = {choice.key, choice.alternative, choice.second};
  const uint64_t hashes[3] = {choice.key_hash, choice.alternative_hash, choice.second_hash};
  for (int k = 0; k < 3; ++k) {
    if (keys[k].empty() || (k > 0 && keys[k] == keys[0]) || (k == 2 && keys[2] == keys[1])) {
      continue;
    }
    uint64_t hash = hashes[k] != 0 ? hashes[k] : KeyHash(keys[k]);
    if (at == begin && !MayStart(hash)) continue;
    uint32_t child = Child(node, keys[k], hash);
    if (child == kNone) continue;
    Walk(positions, at + 1, child, at == begin ? k : first_choice, begin, best);
  }
}

PhraseMatcher::Match PhraseMatcher::LongestAt(std::span<const KeyChoice> positions,
                                              size_t begin) const {
  Match best;
  if (begin < positions.size() && !edges_.empty()) Walk(positions, begin, 0, 0, begin, &best);
  return best;
}

}  // namespace marsad::lexicon
