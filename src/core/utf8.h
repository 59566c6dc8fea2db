// Small UTF-8 helpers for hot loops that work on bytes: decoding one code point, validating
// a buffer, and finding the first invalid byte.
#ifndef MARSAD_CORE_UTF8_H_
#define MARSAD_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::utf8 {

// Decodes the code point at text[pos]; sets *length to its byte length (1 for an invalid
// byte, which decodes as U+FFFD).
char32_t Decode(std::string_view text, size_t pos, size_t* length);

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Returns the offset of the first byte that is not part of valid UTF-8, or npos.
size_t FirstInvalid(std::string_view text);

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The number of code points in valid UTF-8 text (its bytes that are not continuations).
inline size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += !IsContinuation(c);
  return n;
}

}  // namespace marsad::utf8

#endif  // MARSAD_CORE_UTF8_H_
