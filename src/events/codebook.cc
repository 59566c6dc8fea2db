#include "events/codebook.h"

#include <charconv>
#include <sstream>

#include "events/csv_table.h"

namespace marsad::events {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "0312: AGREE,  ,   military # ..." → ("0312", "AGREE").
void AddPloverLine(std::string_view line, std::unordered_map<std::string, std::string>* map) {
  const size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view code = Trim(line.substr(0, colon));
  if (!IsCode(code)) return;
  std::string_view rest = line.substr(colon + 1);
  const size_t comma = rest.find(',');
  if (comma != std::string_view::npos) rest = rest.substr(0, comma);
  (*map)[std::string(code)] = std::string(Trim(rest));
}

}  // namespace

int Codebook::QuadClass(std::string_view code) {
  if (code.size() < 2 || !IsCode(code.substr(0, 2))) return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

Expected<Codebook> Codebook::Load(const std::string& data_dir) {
  const std::string dir = data_dir + "/codebooks/";
  auto table = CsvTable::ReadFile(dir + "cameo-codes.csv");
  if (!table.ok()) return table.status();
  const int code_column = table->Column("code");
  const int name_column = table->Column("name");
  const int goldstein_column = table->Column("goldstein");
  if (code_column < 0 || goldstein_column < 0) {
    return Status::Error(dir + "cameo-codes.csv: no code/goldstein columns");
  }
  Codebook book;
  for (size_t row = 0; row < table->size(); ++row) {
    const std::string code(table->Field(row, code_column));
    if (!IsCode(code)) continue;
    CodeInfo info;
    info.name = std::string(table->Field(row, name_column));
    const std::string_view g = table->Field(row, goldstein_column);
    std::istringstream(std::string(g)) >> info.goldstein;
    info.quad_class = QuadClass(code);
    book.codes_[code] = std::move(info);
  }
  if (book.codes_.empty()) return Status::Error(dir + "cameo-codes.csv: no codes");

  std::unordered_map<std::string, std::string> plover;
  for (const char* name : {"CAMEO2PLOVER-2021.txt", "cameo2plover-supplement.tsv"}) {
    auto text = ReadWholeFile(dir + name);
    if (!text.ok()) return text.status();
    std::istringstream lines(*text);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty() || line[0] == '#') continue;
      const size_t tab = line.find('\t');
      if (tab != std::string::npos) {  // supplement: code<TAB>plover
        const std::string_view code = Trim(std::string_view(line).substr(0, tab));
        if (IsCode(code)) plover[std::string(code)] = std::string(Trim(line.substr(tab + 1)));
      } else {
        AddPloverLine(line, &plover);
      }
    }
  }
  for (auto& [code, info] : book.codes_) {
    // The most specific mapping: the code itself, else its parents.
    for (size_t len = code.size(); len >= 2; --len) {
      auto it = plover.find(code.substr(0, len));
      if (it != plover.end()) {
        info.plover = it->second;
        break;
      }
    }
  }
  return book;
}

const CodeInfo* Codebook::Find(std::string_view code) const {
  for (size_t len = code.size(); len >= 2; --len) {
    auto it = codes_.find(std::string(code.substr(0, len)));
    if (it != codes_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace marsad::events
