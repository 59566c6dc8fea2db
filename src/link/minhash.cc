#include "link/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

namespace marsad::link {
namespace {

// splitmix64: derives the hash functions' parameters from one seed.
uint64_t NextSplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

template <typename Word>
Signature SignWords(const std::vector<Word>& words, const MinHasher::Options& options,
                    const std::vector<uint64_t>& multipliers,
                    const std::vector<uint64_t>& offsets) {
  if (words.empty() || words.size() < static_cast<size_t>(options.min_words)) return {};
  const uint64_t seed = options.seed;
  const int shingle_words = options.shingle_words;
  std::vector<uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (const auto& word : words) {
    word_hashes.push_back(XXH3_64bits_withSeed(word.data(), word.size(), seed));
  }
  const size_t width = std::min<size_t>(shingle_words, word_hashes.size());
  std::vector<uint64_t> shingles;
  shingles.reserve(word_hashes.size() - width + 1);
  for (size_t i = 0; i + width <= word_hashes.size(); ++i) {
    shingles.push_back(
        XXH3_64bits_withSeed(&word_hashes[i], width * sizeof(uint64_t), seed ^ width));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());

  Signature signature(multipliers.size(), std::numeric_limits<uint64_t>::max());
  for (uint64_t shingle : shingles) {
    for (size_t h = 0; h < multipliers.size(); ++h) {
      uint64_t value = (shingle ^ offsets[h]) * multipliers[h];
      value ^= value >> 29;
      signature[h] = std::min(signature[h], value);
    }
  }
  return signature;
}

}  // namespace

MinHasher::MinHasher(Options options) : options_(options) {
  options_.num_hashes = std::max(1, options_.num_hashes);
  options_.shingle_words = std::max(1, options_.shingle_words);
  uint64_t state = options_.seed;
  for (int i = 0; i < options_.num_hashes; ++i) {
    multipliers_.push_back(NextSplitMix(state) | 1);
    offsets_.push_back(NextSplitMix(state));
  }
}

Signature MinHasher::Sign(const std::vector<std::string_view>& words) const {
  return SignWords(words, options_, multipliers_, offsets_);
}

Signature MinHasher::Sign(const std::vector<std::string>& words) const {
  return SignWords(words, options_, multipliers_, offsets_);
}

double MinHasher::EstimateJaccard(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

}  // namespace marsad::link
