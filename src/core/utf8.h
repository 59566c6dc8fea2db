// Small UTF-8 helpers for hot loops that work on bytes: decoding one code point, validating
// a buffer, and finding the first invalid byte.
#ifndef MARSAD_CORE_UTF8_H_
#define MARSAD_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::utf8 {

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decode for a lead byte of three or four bytes, or an invalid one.
char32_t DecodeLong(std::string_view text, size_t pos, size_t* length);

// Decodes the code point at text[pos]; sets *length to its byte length (1 for an invalid
// byte, which decodes as U+FFFD). ASCII and the two-byte forms (all of Arabic) are decoded
// inline: every hot loop over article text calls this.
inline char32_t Decode(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  if (lead >= 0xC2 && lead < 0xE0 && pos + 1 < text.size() &&
      IsContinuation(static_cast<unsigned char>(text[pos + 1]))) {
    *length = 2;
    return (char32_t{lead} & 0x1F) << 6 | (static_cast<unsigned char>(text[pos + 1]) & 0x3F);
  }
  return DecodeLong(text, pos, length);
}

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Returns the offset of the first byte that is not part of valid UTF-8, or npos.
size_t FirstInvalid(std::string_view text);

// The number of code points in valid UTF-8 text (its bytes that are not continuations).
inline size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += !IsContinuation(c);
  return n;
}

}  // namespace marsad::utf8

#endif  // MARSAD_CORE_UTF8_H_
