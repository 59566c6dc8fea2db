// DateWordSet is the set of 64-bit word hashes behind the date finder's gates (anchor words, the
// first words of lexicon phrases): most words of a text are in no such set, so a small bit filter
// answers them with two bit tests, and an open-addressing table answers the rest.
#ifndef MARSAD_TEXT_DATE_WORD_SET_H_
#define MARSAD_TEXT_DATE_WORD_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad::text {

class DateWordSet {
 public:
  void Insert(uint64_t hash);
  bool Contains(uint64_t hash) const {
    hash = NonZero(hash);
    return MayContain(hash) && SlotsContain(hash);
  }
  size_t size() const { return used_; }

 private:
  static constexpr size_t kFilterBits = size_t{1} << 14;
  static uint64_t NonZero(uint64_t hash) { return hash == 0 ? 1 : hash; }  // 0: an empty slot
  static size_t FilterBit(uint64_t hash, int which) {
    return (hash >> (which == 0 ? 40 : 20)) & (kFilterBits - 1);
  }
  bool MayContain(uint64_t hash) const {
    const size_t first = FilterBit(hash, 0);
    const size_t second = FilterBit(hash, 1);
    return ((filter_[first / 64] >> (first % 64)) & (filter_[second / 64] >> (second % 64)) & 1) !=
           0;
  }
  bool SlotsContain(uint64_t hash) const;
  void InsertSlot(uint64_t hash);

  std::array<uint64_t, kFilterBits / 64> filter_{};
  std::vector<uint64_t> slots_;  // 0 = empty; size a power of two
  size_t used_ = 0;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATE_WORD_SET_H_
