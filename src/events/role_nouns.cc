#include "events/role_nouns.h"

#include "events/csv_table.h"
#include "events/match_form.h"

namespace marsad::events {

Expected<RoleNouns> RoleNouns::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/events_roles.tsv";
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  auto roles = Parse(*text, path);
  if (!roles.ok()) return roles;
  const std::string codes_path = data_dir + "/lexicon/events_role_codes.tsv";
  auto codes = ReadWholeFile(codes_path);
  if (!codes.ok()) return codes.status();
  if (Status added = roles->AddRoleCodes(*codes, codes_path); !added.ok()) return added;
  return roles;
}

namespace {

// Calls `take(line, number)` for each line that is neither empty nor a # comment; stops at
// the first error it returns.
template <typename Take>
Status ForEachLine(std::string_view text, Take take) {
  int line_number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (Status status = take(line, line_number); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

Expected<RoleNouns> RoleNouns::Parse(std::string_view text, const std::string& name) {
  RoleNouns roles;
  Status status = ForEachLine(text, [&](std::string_view line, int line_number) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::Error(name + ":" + std::to_string(line_number) + ": expected stem, code");
    }
    const std::string code(line.substr(tab + 1));
    roles.stems_.emplace_back(MatchForm(line.substr(0, tab)), code);
    roles.codes_.insert(code);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return roles;
}

Status RoleNouns::AddRoleCodes(std::string_view text, const std::string& name) {
  return ForEachLine(text, [&](std::string_view line, int line_number) {
    const size_t tab = line.find('\t');
    const std::string_view code = line.substr(0, tab);
    const std::string_view rest = tab == std::string_view::npos ? "" : line.substr(tab + 1);
    const std::string_view kind = rest.substr(0, rest.find('\t'));
    if (code.empty() || (kind != "people" && kind != "body" && kind != "speaker")) {
      return Status::Error(name + ":" + std::to_string(line_number) +
                           ": expected code, people, body or speaker");
    }
    codes_.insert(std::string(code));
    if (kind == "people") people_.insert(std::string(code));
    if (kind == "speaker") speakers_.insert(std::string(code));
    return Status::Ok();
  });
}

bool RoleNouns::IsBareRole(std::string_view actor) const {
  return codes_.contains(std::string(actor));
}

bool RoleNouns::NamesPeople(std::string_view actor) const {
  return people_.contains(std::string(actor));
}

bool RoleNouns::OnlySpeaks(std::string_view actor) const {
  constexpr size_t kCodeLength = 3;
  for (size_t at = 0; at + kCodeLength <= actor.size(); at += kCodeLength) {
    if (speakers_.contains(std::string(actor.substr(at, kCodeLength)))) return true;
  }
  return false;
}

std::string_view RoleNouns::Find(std::string_view folded) const {
  const std::string_view bare = BareForm(folded);
  for (const auto& [stem, code] : stems_) {
    if (bare.substr(0, stem.size()) == stem) return code;
  }
  return {};
}

}  // namespace marsad::events
