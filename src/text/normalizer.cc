// STUB: replaced by the normaliser implementation.
#include "text/normalizer.h"

namespace marsad::text {

NormalizedText Normalizer::Normalize(std::string_view original) const {
  NormalizedText out;
  out.text = std::string(original);
  for (uint32_t i = 0; i <= original.size(); ++i) out.offsets.push_back(i);
  return out;
}

std::string Normalizer::NormalizeString(std::string_view original) const {
  return std::string(original);
}

}  // namespace marsad::text
