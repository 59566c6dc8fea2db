#include "read/size_limit.h"

namespace marsad::read {

std::string DescribeLimit(size_t limit) {
  constexpr size_t kMiB = 1u << 20;
  if (limit >= kMiB && limit % kMiB == 0) return std::to_string(limit / kMiB) + " MiB";
  return std::to_string(limit) + " bytes";
}

std::string OverLimitReason(std::string_view what, size_t bytes, size_t limit) {
  return std::string(what) + " of " + std::to_string(bytes) + " bytes is over the " +
         DescribeLimit(limit) + " limit";
}

}  // namespace marsad::read
