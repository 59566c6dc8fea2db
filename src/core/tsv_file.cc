#include "core/tsv_file.h"

#include "core/file.h"

namespace marsad {

Status ForEachTsvRow(const std::string& path, const TsvRowFn& row) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvRowOf(*text, path, row);
}

Status ForEachTsvRowOf(std::string_view text, const std::string& name, const TsvRowFn& row) {
  std::vector<std::string> fields;
  size_t number = 0;
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status status = row(fields, number);
    if (!status.ok()) {
      return Status::Error(name + ":" + std::to_string(number) + ": " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace marsad
