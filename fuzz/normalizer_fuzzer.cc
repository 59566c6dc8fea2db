// libFuzzer target for the Arabic normaliser: for any valid UTF-8 text, the offset map must
// have one entry per normalised byte plus one, never decrease, stay inside the original, end
// at its length, and map every normalised UTF-8 character start to an original character
// start; NormalizeString must agree with Normalize.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "text/normalizer.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

bool IsContinuation(std::string_view text, size_t offset) {
  return offset < text.size() &&
         marsad::utf8::IsContinuation(static_cast<unsigned char>(text[offset]));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view original(reinterpret_cast<const char*>(data), size);
  if (marsad::utf8::FirstInvalid(original) != std::string_view::npos) return 0;
  for (const bool fold : {true, false}) {
    marsad::text::Normalizer::Options options;
    options.fold_hamza = fold;
    options.fold_alef_maqsura = fold;
    options.fold_ta_marbuta = fold;
    options.lowercase_latin = fold;
    const marsad::text::Normalizer normalizer(options);
    const marsad::text::NormalizedText normalized = normalizer.Normalize(original);
    Check(normalized.offsets.size() == normalized.text.size() + 1);
    Check(normalized.offsets.back() == original.size());
    for (size_t i = 0; i < normalized.text.size(); ++i) {
      Check(normalized.offsets[i] <= normalized.offsets[i + 1]);
      Check(normalized.offsets[i] <= original.size());
      if (!IsContinuation(normalized.text, i)) {
        Check(!IsContinuation(original, normalized.offsets[i]));
      }
    }
    Check(marsad::utf8::FirstInvalid(normalized.text) == std::string_view::npos);
    Check(normalizer.NormalizeString(original) == normalized.text);
  }
  return 0;
}
