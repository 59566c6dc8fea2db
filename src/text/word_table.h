// WordTable maps Arabic word forms to what the segmenter knows of them (corpus count and,
// for frequent words, the segmentation decided at load time). It is a flat open-addressing
// table keyed by a 64-bit fingerprint of the word, so a lookup touches one cache line and
// stores no strings; two different words sharing a fingerprint is astronomically unlikely
// and would only blur one count.
#ifndef MARSAD_TEXT_WORD_TABLE_H_
#define MARSAD_TEXT_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

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

  // Returns the entry of word, inserting an empty one when it is new.
  WordEntry& Insert(std::string_view word);
  const WordEntry* Find(std::string_view word) const;
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t fingerprint = 0;  // 0: empty
    WordEntry entry;
  };
  static uint64_t Fingerprint(std::string_view word);
  size_t IndexOf(uint64_t fingerprint) const;
  void Grow();

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_TABLE_H_
