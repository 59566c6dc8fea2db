// KeyFilter is a small bit filter over 64-bit word hashes placed in front of a hash table: most
// words of a text are in no dictionary, and the filter answers them from one cached 64-bit word
// with two bit tests; a "may contain" answer is then settled by the table itself.
#ifndef MARSAD_CORE_KEY_FILTER_H_
#define MARSAD_CORE_KEY_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad {

class KeyFilter {
 public:
  KeyFilter() = default;
  // A filter with about 16 bits a key for `expected_keys` keys (at least 4,096 bits); more keys
  // may be added, at the cost of more false "may contain" answers.
  explicit KeyFilter(size_t expected_keys);

  void Add(uint64_t hash) { words_[(hash >> 20) & mask_] |= Bits(hash); }
  // False: the hash was never added. True: it may have been.
  bool MayContain(uint64_t hash) const {
    if (words_.empty()) return false;
    const uint64_t bits = Bits(hash);
    return (words_[(hash >> 20) & mask_] & bits) == bits;
  }

 private:
  // Two bits of one word, from high bits the word index does not use.
  static uint64_t Bits(uint64_t hash) {
    return (uint64_t{1} << ((hash >> 52) & 63)) | (uint64_t{1} << ((hash >> 58) & 63));
  }

  std::vector<uint64_t> words_;  // a power of two of them
  uint64_t mask_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_CORE_KEY_FILTER_H_
