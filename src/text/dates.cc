// STUB: replaced by the date finder implementation.
#include "text/dates.h"

namespace marsad::text {

struct DateFinder::Tables {};

Expected<DateFinder> DateFinder::Load(const std::string&) {
  return DateFinder(std::make_shared<const Tables>());
}

std::vector<DateMention> DateFinder::Find(std::string_view, const std::vector<Token>&,
                                          std::string_view) const {
  return {};
}

}  // namespace marsad::text
