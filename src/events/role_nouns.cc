#include "events/role_nouns.h"

#include "events/csv_table.h"
#include "events/match_form.h"

namespace marsad::events {

Expected<RoleNouns> RoleNouns::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/events_roles.tsv";
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Expected<RoleNouns> RoleNouns::Parse(std::string_view text, const std::string& name) {
  RoleNouns roles;
  int line_number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::Error(name + ":" + std::to_string(line_number) + ": expected stem, code");
    }
    roles.stems_.emplace_back(MatchForm(line.substr(0, tab)), std::string(line.substr(tab + 1)));
  }
  return roles;
}

std::string_view RoleNouns::Find(std::string_view folded) const {
  const std::string_view bare = BareForm(folded);
  for (const auto& [stem, code] : stems_) {
    if (bare.substr(0, stem.size()) == stem) return code;
  }
  return {};
}

}  // namespace marsad::events
