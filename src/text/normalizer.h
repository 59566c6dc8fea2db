// Normalizer folds the spelling variants of written Arabic into one form for matching
// (alef and hamza forms, ى/ي, ة/ه, diacritics, tatweel, Arabic-Indic digits, presentation
// forms, punctuation variants, invisible format marks, Latin case) and keeps, for every
// normalised byte, the offset of the original byte it came from, so that anything found in the
// normalised text maps back. It works on UTF-8 bytes through a lookup table (no ICU calls per
// character).
#ifndef MARSAD_TEXT_NORMALIZER_H_
#define MARSAD_TEXT_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

struct NormalizedText {
  std::string text;
  // offsets[i] is the original byte offset of normalised byte i; offsets[text.size()] is
  // the original length, so a normalised span [s, e) maps to [offsets[s], offsets[e]).
  std::vector<uint32_t> offsets;
};

class Normalizer {
 public:
  struct Options {
    bool fold_ta_marbuta = true;    // ة → ه
    bool fold_alef_maqsura = true;  // ى → ي
    bool fold_hamza = true;         // أ إ آ ٱ → ا; ؤ → و; ئ → ي (matching form)
    bool lowercase_latin = true;
  };

  Normalizer() : Normalizer(Options()) {}
  explicit Normalizer(Options options);

  NormalizedText Normalize(std::string_view original) const;
  // The normalised string alone (no offset map), for dictionary keys and queries.
  std::string NormalizeString(std::string_view original) const;
  // Appends the normalised form of original to *out and, when offsets is not null, the
  // original offset (plus base) of every appended byte to *offsets. Reuses the caller's
  // buffers, for hot loops.
  void NormalizeAppend(std::string_view original, uint32_t base, std::string* out,
                       std::vector<uint32_t>* offsets) const;

  // The fast path of NormalizeAppend, for a hot loop that writes where it likes: when every
  // character of `original` is ASCII or two-byte (Arabic, Latin-1; none of these lengthens),
  // writes its normalised form to `out`, which has room for original.size() bytes, and returns
  // the length. Returns kNotShort, having written part of it, when `original` holds any other
  // character or bytes that are not UTF-8; NormalizeAppend takes every text.
  static constexpr size_t kNotShort = SIZE_MAX;
  size_t NormalizeShort(std::string_view original, char* out) const;

 private:
  Options options_;
  uint8_t option_bits_;  // options_ as the rule tables are indexed by them
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_NORMALIZER_H_
