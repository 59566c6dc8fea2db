// DayNumber maps an ISO date (YYYY-MM-DD, optionally followed by a time) to a count of days
// since 1970-01-01, so that linking can compare publication and event dates by days.
#ifndef MARSAD_LINK_DAY_NUMBER_H_
#define MARSAD_LINK_DAY_NUMBER_H_

#include <optional>
#include <string_view>

namespace marsad::link {

// Days since 1970-01-01 of the date that `iso_date` starts with; nullopt when it does not
// start with a valid YYYY-MM-DD (YYYY-MM and YYYY alone are not days).
std::optional<int> DayNumber(std::string_view iso_date);

}  // namespace marsad::link

#endif  // MARSAD_LINK_DAY_NUMBER_H_
