// CsvTable reads RFC 4180 comma-separated text (quoted fields, doubled quotes, newlines
// inside quotes) into rows of fields addressed by header name. The CAMEO codebook and the
// protest/assault detection gold sets are such files.
#ifndef MARSAD_EVENTS_CSV_TABLE_H_
#define MARSAD_EVENTS_CSV_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/file.h"
#include "core/status.h"

namespace marsad::events {

class CsvTable {
 public:
  // Parses `text`; the first row is the header.
  static CsvTable Parse(std::string_view text);
  static Expected<CsvTable> ReadFile(const std::string& path);

  size_t size() const { return rows_.size(); }
  // Index of the column named `name`, or -1.
  int Column(std::string_view name) const;
  // The field of row `row` in column `column` (empty when the row is short or column < 0).
  std::string_view Field(size_t row, int column) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CSV_TABLE_H_
