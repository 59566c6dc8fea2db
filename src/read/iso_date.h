// IsoDateOf finds the publication date in a metadata value as inputs carry it
// ("2015-07-21 02:51:32", "2015-07-21T08:00:00+03:00", "2015/07/21") and returns it as
// YYYY-MM-DD, or "" when the value does not start with a valid calendar date.
#ifndef MARSAD_READ_ISO_DATE_H_
#define MARSAD_READ_ISO_DATE_H_

#include <string>
#include <string_view>

namespace marsad::read {

std::string IsoDateOf(std::string_view value);

}  // namespace marsad::read

#endif  // MARSAD_READ_ISO_DATE_H_
