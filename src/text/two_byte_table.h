// A function of a code point, tabulated once for every code point below U+0800 (ASCII,
// Latin-1, Arabic: the one- and two-byte UTF-8 characters), so that a scanner looking at
// Arabic news answers it with one load instead of a chain of range tests. The tokenizer's
// character classes and the segmenter's key letters are such tables.
#ifndef MARSAD_TEXT_TWO_BYTE_TABLE_H_
#define MARSAD_TEXT_TWO_BYTE_TABLE_H_

#include <array>

namespace marsad::text {

template <typename Value, Value (*kFunction)(char32_t)>
class TwoByteTable {
 public:
  static constexpr char32_t kEnd = 0x800;  // the first code point not in the table

  // The one table of this function, built on first use (immutable afterwards).
  static const TwoByteTable& Get() {
    static const TwoByteTable table;
    return table;
  }
  // kFunction(cp) for cp < kEnd.
  Value Of(char32_t cp) const { return values_[cp]; }

 private:
  TwoByteTable() {
    for (char32_t cp = 0; cp < kEnd; ++cp) values_[cp] = kFunction(cp);
  }
  std::array<Value, kEnd> values_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TWO_BYTE_TABLE_H_
