#include "lexicon/phrase_matcher.h"

#include <algorithm>

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
  matcher.nodes_ = std::move(nodes_);
  matcher.phrase_count_ = phrase_count_;
  matcher.first_key_filter_.assign(kFilterBits / 64, 0);
  for (const auto& [key, child] : matcher.nodes_[0].next) {
    size_t slot = FilterSlot(KeyHash(key));
    matcher.first_key_filter_[slot / 64] |= uint64_t{1} << (slot % 64);
  }
  nodes_.assign(1, Node());
  phrase_count_ = 0;
  return matcher;
}

size_t PhraseMatcher::KeyHash(std::string_view key) {
  uint64_t hash = 14695981039346656037u;  // FNV-1a, 64 bits
  for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211u;
  return static_cast<size_t>(hash ^ (hash >> 32));
}

bool PhraseMatcher::MayStart(size_t hash) const {
  if (first_key_filter_.empty()) return true;
  size_t slot = FilterSlot(hash);
  return (first_key_filter_[slot / 64] >> (slot % 64)) & 1;
}

void PhraseMatcher::Walk(std::span<const KeyChoice> positions, size_t at, const Node& node,
                         int first_choice, size_t begin, Match* best) const {
  if (!node.values.empty() && at > begin) {
    size_t length = at - begin;
    bool better =
        length > best->length || (length == best->length && first_choice < best->first_choice);
    if (better) *best = Match{length, first_choice, node.values};
  }
  if (at >= positions.size()) return;
  const KeyChoice& choice = positions[at];
  const std::string_view keys[3] = {choice.key, choice.alternative, choice.second};
  for (int k = 0; k < 3; ++k) {
    if (keys[k].empty() || (k > 0 && keys[k] == keys[0]) || (k == 2 && keys[2] == keys[1])) {
      continue;
    }
    HashedKey key{keys[k], KeyHash(keys[k])};
    if (at == begin && !MayStart(key.hash)) continue;
    auto found = node.next.find(key);
    if (found == node.next.end()) continue;
    Walk(positions, at + 1, nodes_[found->second], at == begin ? k : first_choice, begin, best);
  }
}

PhraseMatcher::Match PhraseMatcher::LongestAt(std::span<const KeyChoice> positions,
                                              size_t begin) const {
  Match best;
  if (begin < positions.size()) Walk(positions, begin, nodes_[0], 0, begin, &best);
  return best;
}

}  // namespace marsad::lexicon
