// The project's data files (lexicons, rules, tables) are human-editable TSV: one record a
// line, tab-separated fields, '#' comments and blank lines skipped. ForEachTsvRow reads one
// and reports errors with the file and line they come from.
#ifndef MARSAD_CORE_TSV_FILE_H_
#define MARSAD_CORE_TSV_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad {

using TsvRowFn = std::function<Status(const std::vector<std::string>& fields, size_t line)>;

// Calls row(fields, line_number) for every record of the file at `path`, stopping at the
// first error; an error from row is returned as "path:line: message".
Status ForEachTsvRow(const std::string& path, const TsvRowFn& row);

// The same over TSV text already in memory; `name` stands for the path in errors.
Status ForEachTsvRowOf(std::string_view text, const std::string& name, const TsvRowFn& row);

}  // namespace marsad

#endif  // MARSAD_CORE_TSV_FILE_H_
