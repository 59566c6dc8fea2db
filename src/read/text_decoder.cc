#include "read/text_decoder.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad::read {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsControlByte(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) ||
         c == 0x7F;
}

// Whether the 32 bytes at `group` hold a byte below U+0020 or DEL: sixteen bytes a compare
// where SSE2 is (every x86-64), else eight a step with the "has a byte below n" test (exact
// for a block as a whole).
bool GroupHoldsControl(const char* group) {
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x1F);
  const __m128i del = _mm_set1_epi8(0x7F);
  __m128i found = _mm_setzero_si128();
  for (size_t i = 0; i < 32; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(group + i));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(_mm_min_epu8(block, below_space), block));
    found = _mm_or_si128(found, _mm_cmpeq_epi8(block, del));
  }
  return _mm_movemask_epi8(found) != 0;
#else
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  uint64_t found = 0;
  for (size_t i = 0; i < 32; i += 8) {
    uint64_t block = 0;
    std::memcpy(&block, group + i, 8);
    const uint64_t del = block ^ (kOnes * 0x7F);
    found |= ((block - kOnes * 0x20) & ~block) | ((del - kOnes) & ~del);
  }
  return (found & kHighs) != 0;
#endif
}

// Binary data: NUL bytes anywhere, or more than one byte in fifty a control character.
Status CheckNotBinary(std::string_view bytes) {
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
    return Status::Error("binary file (NUL bytes), not text");
  }
  // Thirty-two bytes at a time: a group with no byte below U+0020 and no DEL (most of them, in
  // text) holds no control byte; the others, and the last bytes, are looked at byte by byte.
  size_t controls = 0;
  size_t pos = 0;
  for (; pos + 32 <= bytes.size(); pos += 32) {
    if (!GroupHoldsControl(bytes.data() + pos)) continue;
    for (size_t i = pos; i < pos + 32; ++i) {
      controls += IsControlByte(static_cast<unsigned char>(bytes[i])) ? 1 : 0;
    }
  }
  for (; pos < bytes.size(); ++pos) {
    controls += IsControlByte(static_cast<unsigned char>(bytes[pos])) ? 1 : 0;
  }
  if (controls > 0 && controls * 50 > bytes.size()) {
    return Status::Error("binary file (control characters), not text");
  }
  return Status::Ok();
}

bool IsArabicCodeUnit(UChar c) {
  return (c >= 0x0621 && c <= 0x0652) || c == 0x060C || c == 0x061B || c == 0x061F || c == 0x0640;
}

bool IsSubstitute(UChar c) { return c == 0xFFFD || c == 0x1A || (c >= 0x80 && c <= 0x9F); }

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

Expected<std::u16string> ToUtf16(std::string_view bytes, const char* charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &error));
  if (U_FAILURE(error)) return Status::Error(std::string("unknown charset ") + charset);
  if (bytes.size() > (1u << 30)) return Status::Error("input too large to convert");
  std::u16string out(bytes.size() + 1, u'\0');  // a single-byte charset never grows
  const int32_t length =
      ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &error);
  if (error == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<size_t>(length) + 1, u'\0');
    error = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter.get());
    ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                  static_cast<int32_t>(bytes.size()), &error);
  }
  if (U_FAILURE(error)) return Status::Error(std::string("cannot convert from ") + charset);
  out.resize(static_cast<size_t>(length));
  return out;
}

Expected<std::string> Utf16ToUtf8(const std::u16string& text) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8WithSub(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), 0xFFFD,
                     nullptr, &error);
  if (error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(error)) {
    return Status::Error("cannot encode as UTF-8");
  }
  error = U_ZERO_ERROR;
  std::string out(static_cast<size_t>(length), '\0');
  u_strToUTF8WithSub(out.data(), length, &length, text.data(), static_cast<int32_t>(text.size()),
                     0xFFFD, nullptr, &error);
  if (U_FAILURE(error)) return Status::Error("cannot encode as UTF-8");
  return out;
}

// How much a decoding looks like Arabic text: the share of its non-ASCII characters that
// are Arabic letters, marks or punctuation, with substitutes counted heavily against it.
// Text whose letters are mostly Latin (a Latin-1 page, say) is not Arabic at all.
double ArabicPlausibility(const std::u16string& text) {
  size_t non_ascii = 0;
  size_t arabic = 0;
  size_t substitutes = 0;
  size_t latin_letters = 0;
  for (UChar c : text) {
    if (c < 0x80) {
      latin_letters += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
      continue;
    }
    ++non_ascii;
    if (IsArabicCodeUnit(c)) ++arabic;
    if (IsSubstitute(c)) ++substitutes;
  }
  if (non_ascii == 0 || arabic * 2 < latin_letters) return 0;
  return (static_cast<double>(arabic) - 5.0 * static_cast<double>(substitutes)) /
         static_cast<double>(non_ascii);
}

// Tries the legacy Arabic charsets; returns the most plausible decoding, if any is.
Expected<DecodedText> DecodeLegacyArabic(std::string_view bytes) {
  static constexpr const char* kCharsets[] = {"windows-1256", "ISO-8859-6"};
  constexpr double kMinPlausibility = 0.7;
  double best_score = kMinPlausibility;
  const char* best_charset = nullptr;
  std::u16string best;
  for (const char* charset : kCharsets) {
    auto decoded = ToUtf16(bytes, charset);
    if (!decoded.ok()) continue;
    const double score = ArabicPlausibility(*decoded);
    if (score >= best_score) {
      best_score = score;
      best_charset = charset;
      best = std::move(decoded).value();
    }
  }
  if (best_charset == nullptr) return Status::Error("no legacy Arabic charset fits");
  auto utf8 = Utf16ToUtf8(best);
  if (!utf8.ok()) return utf8.status();
  return DecodedText{std::move(utf8).value(), std::string("converted from ") + best_charset};
}

Expected<DecodedText> DecodeUtf16(std::string_view bytes, bool little_endian) {
  const char* charset = little_endian ? "UTF-16LE" : "UTF-16BE";
  auto decoded = ToUtf16(bytes.substr(2), charset);
  if (!decoded.ok()) return decoded.status();
  auto utf8 = Utf16ToUtf8(*decoded);
  if (!utf8.ok()) return utf8.status();
  if (IsBlank(*utf8)) return Status::Error("empty file");
  if (Status binary = CheckNotBinary(*utf8); !binary.ok()) return binary;
  return DecodedText{std::move(utf8).value(), std::string("converted from ") + charset};
}

}  // namespace

bool IsBlank(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {
        return false;
      }
      ++pos;
      continue;
    }
    size_t length = 1;
    const char32_t cp = utf8::Decode(text, pos, &length);
    const bool space = cp == 0xA0 || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200F) ||
                       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
                       cp == 0x3000 || cp == 0x1680 || cp == 0x85;
    if (!space) return false;
    pos += length;
  }
  return true;
}

Status CheckUtf8Text(std::string_view bytes) {
  if (IsBlank(bytes)) return Status::Error("empty file");
  if (Status binary = CheckNotBinary(bytes); !binary.ok()) return binary;
  if (!simdjson::validate_utf8(bytes.data(), bytes.size())) {
    return Status::Error("invalid UTF-8 at byte " + std::to_string(utf8::FirstInvalid(bytes)));
  }
  return Status::Ok();
}

Expected<DecodedText> DecodeText(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes.substr(0, 3) != kUtf8Bom) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return DecodeUtf16(bytes, /*little_endian=*/true);
    if (b0 == 0xFE && b1 == 0xFF) return DecodeUtf16(bytes, /*little_endian=*/false);
  }
  Status status = CheckUtf8Text(bytes);
  if (status.ok()) return DecodedText{std::string(bytes), ""};
  if (status.message().rfind("invalid UTF-8", 0) != 0) return status;
  auto legacy = DecodeLegacyArabic(bytes);
  if (legacy.ok()) return legacy;
  return status;
}

}  // namespace marsad::read
