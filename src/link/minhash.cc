#include "link/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__x86_64__) && defined(__GNUC__)
#define MARSAD_WITH_AVX512_CLONE __attribute__((target_clones("arch=x86-64-v4", "default")))
#else
#define MARSAD_WITH_AVX512_CLONE
#endif

namespace marsad::link {
namespace {

// splitmix64: derives the hash functions' parameters from one seed.
uint64_t NextSplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Lowers each signature[h] to the smallest value hash function h gives a shingle. Shingle by
// shingle, the functions are applied kLanes at a time in fixed-length blocks that the compiler
// turns into vector instructions; where the processor has 64-bit vector multiplies
// (AVX-512DQ) a clone of this function uses them.
MARSAD_WITH_AVX512_CLONE void LowerToMinimums(const std::vector<uint64_t>& shingles,
                                              const uint64_t* multipliers, const uint64_t* offsets,
                                              uint64_t* signature, size_t num_hashes) {
  constexpr size_t kLanes = 8;
  using Lanes = uint64_t __attribute__((vector_size(kLanes * sizeof(uint64_t))));
  const size_t blocked = num_hashes - num_hashes % kLanes;
  for (uint64_t shingle : shingles) {
    for (size_t block = 0; block < blocked; block += kLanes) {
      Lanes offset, multiplier, minimum;
      std::memcpy(&offset, offsets + block, sizeof offset);
      std::memcpy(&multiplier, multipliers + block, sizeof multiplier);
      std::memcpy(&minimum, signature + block, sizeof minimum);
      Lanes value = (shingle ^ offset) * multiplier;
      value ^= value >> 29;
      minimum = value < minimum ? value : minimum;
      std::memcpy(signature + block, &minimum, sizeof minimum);
    }
    for (size_t h = blocked; h < num_hashes; ++h) {
      uint64_t value = (shingle ^ offsets[h]) * multipliers[h];
      value ^= value >> 29;
      signature[h] = std::min(signature[h], value);
    }
  }
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
  // Repeated shingles need no removing: the minimum over a multiset is that over its set.
  Signature signature(multipliers.size(), std::numeric_limits<uint64_t>::max());
  LowerToMinimums(shingles, multipliers.data(), offsets.data(), signature.data(), signature.size());
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
