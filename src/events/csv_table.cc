#include "events/csv_table.h"

#include <fstream>
#include <sstream>

namespace marsad::events {

CsvTable CsvTable::Parse(std::string_view text) {
  CsvTable table;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool row_started = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    row_started = true;
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      row_started = false;
    } else {
      field.push_back(c);
    }
  }
  if (row_started || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  if (!rows.empty()) {
    table.header_ = std::move(rows.front());
    table.rows_.assign(std::make_move_iterator(rows.begin() + 1),
                       std::make_move_iterator(rows.end()));
  }
  return table;
}

Expected<CsvTable> CsvTable::ReadFile(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text);
}

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string_view CsvTable::Field(size_t row, int column) const {
  if (column < 0 || row >= rows_.size()) return {};
  const auto& fields = rows_[row];
  return static_cast<size_t>(column) < fields.size() ? std::string_view(fields[column])
                                                     : std::string_view();
}

}  // namespace marsad::events
