#include "core/tsv_file.h"

#include <fstream>

namespace marsad {

Status ForEachTsvRow(const std::string& path, const TsvRowFn& row) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read " + path);
  std::string line;
  std::vector<std::string> fields;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    Status status = row(fields, number);
    if (!status.ok()) {
      return Status::Error(path + ":" + std::to_string(number) + ": " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace marsad
