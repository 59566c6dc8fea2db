// A half-open byte range [start, end) into an article's original UTF-8 text. Every record
// marsad prints points back to the bytes it came from through a Span.
#ifndef MARSAD_CORE_SPAN_H_
#define MARSAD_CORE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace marsad {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(const Span& other) const { return start <= other.start && other.end <= end; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  std::string_view of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace marsad

#endif  // MARSAD_CORE_SPAN_H_
