// Size limits on what the reader takes in, and the reasons it gives when an input is over
// one: "article of 200000000 bytes is over the 16 MiB limit".
#ifndef MARSAD_READ_SIZE_LIMIT_H_
#define MARSAD_READ_SIZE_LIMIT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace marsad::read {

// "16 MiB" when limit is a whole number of MiB, else "1000 bytes".
std::string DescribeLimit(size_t limit);

// "<what> of N bytes is over the L limit", e.g. what = "article" or "file".
std::string OverLimitReason(std::string_view what, size_t bytes, size_t limit);

}  // namespace marsad::read

#endif  // MARSAD_READ_SIZE_LIMIT_H_
