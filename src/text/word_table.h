// WordTable maps Arabic word forms to what the segmenter knows of them (corpus count and,
// for frequent words, the segmentation decided at load time). It is a flat open-addressing
// table keyed by a 64-bit fingerprint of the word, so a lookup touches one cache line and
// stores no strings; two different words sharing a fingerprint is astronomically unlikely
// and would only blur one count.
#ifndef MARSAD_TEXT_WORD_TABLE_H_
#define MARSAD_TEXT_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

namespace marsad::text {

struct WordEntry {
  uint32_t count = 0;
  bool decided = false;  // cuts hold the word's segmentation
  uint8_t cut_count = 0;
  uint8_t cuts[2] = {0, 0};  // cut points in letters; more than two cuts are never decided
};

class WordTable {
 public:
  // Prepares room for `expected` words (the table never grows past twice that).
  explicit WordTable(size_t expected = 0);

  // The 64-bit fingerprint the table keys a word by (never 0). A caller that looks a word up
  // more than once (Prefetch, then Find) computes it once and passes it.
  static uint64_t Fingerprint(std::string_view word);

  // Returns the entry of word, inserting an empty one when it is new.
  WordEntry& Insert(std::string_view word) { return Insert(Fingerprint(word)); }
  WordEntry& Insert(uint64_t fingerprint);
  const WordEntry* Find(std::string_view word) const { return Find(Fingerprint(word)); }
  const WordEntry* Find(uint64_t fingerprint) const;
  // Starts loading the slot where Find(word) begins, so that a caller with several lookups
  // ahead of it can overlap their memory latency. Changes nothing.
  void Prefetch(std::string_view word) const { Prefetch(Fingerprint(word)); }
  void Prefetch(uint64_t fingerprint) const { __builtin_prefetch(&slots_[HomeOf(fingerprint)]); }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t fingerprint = 0;  // 0: empty
    WordEntry entry;
  };
  size_t HomeOf(uint64_t fingerprint) const {
    return static_cast<size_t>(fingerprint ^ (fingerprint >> 29)) & (capacity_ - 1);
  }
  size_t IndexOf(uint64_t fingerprint) const;
  void Grow();
  struct FreeSlots {
    void operator()(Slot* slots) const { std::free(slots); }
  };
  // Empty slots for `capacity` words; a large table is backed by huge pages where the
  // system offers them, so that lookups, which land anywhere in it, miss the TLB less.
  static std::unique_ptr<Slot[], FreeSlots> AllocateSlots(size_t capacity);

  std::unique_ptr<Slot[], FreeSlots> slots_;
  size_t capacity_ = 0;
  size_t size_ = 0;
};

// A 64-bit hash tuned for short keys (words are a few dozen bytes): eight bytes at a time,
// multiply-xorshift mixing, and a final avalanche (the finaliser of MurmurHash3). Inline: the
// segmenter hashes every word of a text.
inline uint64_t WordTable::Fingerprint(std::string_view word) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  uint64_t hash = word.size() * kMultiplier;
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + i, 8);
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  if (i < word.size()) {
    // The last 1 to 7 bytes as the low bytes of a chunk (as a copy into a zeroed chunk would
    // place them), read without a copy of variable length: a library call whose byte stores
    // the chunk's load would then wait for.
    const size_t rest = word.size() - i;
    uint64_t chunk = 0;
    if (word.size() >= 8) {
      std::memcpy(&chunk, word.data() + word.size() - 8, 8);
      chunk >>= 8 * (8 - rest);
    } else if (rest >= 4) {
      uint32_t low = 0;
      uint32_t high = 0;
      std::memcpy(&low, word.data(), 4);
      std::memcpy(&high, word.data() + rest - 4, 4);
      chunk = low | uint64_t{high} << (8 * (rest - 4));
    } else {
      const auto byte = [&](size_t at) { return uint64_t{static_cast<unsigned char>(word[at])}; };
      chunk = byte(0) | byte(rest / 2) << (8 * (rest / 2)) | byte(rest - 1) << (8 * (rest - 1));
    }
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  hash ^= hash >> 33;
  hash *= 0xFF51AFD7ED558CCDULL;
  hash ^= hash >> 33;
  hash *= 0xC4CEB9FE1A85EC53ULL;
  hash ^= hash >> 33;
  return hash == 0 ? 1 : hash;
}

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_TABLE_H_
