#include "core/key_filter.h"

namespace marsad {

KeyFilter::KeyFilter(size_t expected_keys) {
  size_t words = 64;
  while (words * 64 < 16 * expected_keys) words *= 2;
  words_.assign(words, 0);
  mask_ = words - 1;
}

}  // namespace marsad
