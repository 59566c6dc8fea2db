#include "link/duplicate_finder.h"

#include <xxhash.h>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace marsad::link {
namespace {

// Union-find over document indices, for turning pairs into groups.
class DisjointSets {
 public:
  explicit DisjointSets(size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

struct BandEntry {
  uint64_t key;
  uint32_t doc;
  bool operator<(const BandEntry& other) const {
    return std::tie(key, doc) < std::tie(other.key, other.doc);
  }
};

uint64_t PairKey(uint32_t first, uint32_t second) {
  return (static_cast<uint64_t>(first) << 32) | second;
}

}  // namespace

void DuplicateFinder::Add(Signature signature, uint64_t exact_hash) {
  signatures_.push_back(std::move(signature));
  exact_hashes_.push_back(exact_hash);
}

DuplicateResult DuplicateFinder::Find() const {
  const uint32_t count = static_cast<uint32_t>(signatures_.size());
  // pair key -> similarity; exact duplicates first, then LSH candidates.
  std::unordered_map<uint64_t, DuplicatePair> found;

  std::unordered_map<uint64_t, std::vector<uint32_t>> by_exact_hash;
  for (uint32_t doc = 0; doc < count; ++doc) {
    if (exact_hashes_[doc] != 0) by_exact_hash[exact_hashes_[doc]].push_back(doc);
  }
  for (const auto& [hash, docs] : by_exact_hash) {
    for (size_t i = 0; i < docs.size(); ++i) {
      for (size_t j = i + 1; j < docs.size(); ++j) {
        found[PairKey(docs[i], docs[j])] = {docs[i], docs[j], 1.0, true};
      }
    }
  }

  size_t length = 0;
  for (const Signature& signature : signatures_) length = std::max(length, signature.size());
  const size_t bands = std::clamp<size_t>(options_.bands, 1, std::max<size_t>(length, 1));
  const size_t rows = length / bands;
  std::vector<BandEntry> entries;
  entries.reserve(count);
  for (size_t band = 0; rows > 0 && band < bands; ++band) {
    entries.clear();
    for (uint32_t doc = 0; doc < count; ++doc) {
      const Signature& signature = signatures_[doc];
      if (signature.size() != length) continue;
      entries.push_back(
          {XXH3_64bits_withSeed(&signature[band * rows], rows * sizeof(uint64_t), band), doc});
    }
    std::sort(entries.begin(), entries.end());
    for (size_t start = 0; start < entries.size();) {
      size_t end = start + 1;
      while (end < entries.size() && entries[end].key == entries[start].key) ++end;
      for (size_t i = start; i < end; ++i) {
        for (size_t j = i + 1; j < end; ++j) {
          const uint32_t first = entries[i].doc, second = entries[j].doc;
          const uint64_t key = PairKey(first, second);
          if (found.count(key)) continue;
          const double similarity =
              MinHasher::EstimateJaccard(signatures_[first], signatures_[second]);
          // Remember rejected candidates too (similarity below threshold), so that every
          // candidate is compared once; they are filtered below.
          found[key] = {first, second, similarity, false};
        }
      }
      start = end;
    }
  }

  DuplicateResult result;
  DisjointSets sets(count);
  for (const auto& [key, pair] : found) {
    if (!pair.exact && pair.similarity < options_.threshold) continue;
    result.pairs.push_back(pair);
    sets.Join(pair.first, pair.second);
  }
  std::sort(result.pairs.begin(), result.pairs.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second) < std::tie(b.first, b.second);
  });

  std::unordered_map<uint32_t, size_t> group_of_root;
  for (uint32_t doc = 0; doc < count; ++doc) {
    const uint32_t root = sets.Find(doc);
    if (root == doc) continue;
    auto [it, inserted] = group_of_root.try_emplace(root, result.groups.size());
    if (inserted) result.groups.push_back({{root}});
    result.groups[it->second].docs.push_back(doc);
  }
  std::sort(result.groups.begin(), result.groups.end(),
            [](const auto& a, const auto& b) { return a.docs[0] < b.docs[0]; });
  return result;
}

}  // namespace marsad::link
