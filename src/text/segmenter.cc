// STUB: replaced by the segmenter implementation.
#include "text/segmenter.h"

namespace marsad::text {

struct Segmenter::Model {};

Expected<Segmenter> Segmenter::Load(const std::string&) {
  return Segmenter(std::make_shared<const Model>());
}

std::vector<Span> Segmenter::Segment(std::string_view, Span word) const { return {word}; }

}  // namespace marsad::text
