#include "clean/clean_rules.h"

#include <fstream>
#include <sstream>

#include "clean/match_fold.h"
#include "core/tsv_file.h"

namespace marsad::clean {
namespace {

// Reads a data file whose records all have `columns` fields.
template <typename RowFn>
Status ReadTsv(const std::string& path, size_t columns, RowFn row) {
  return ForEachTsvRow(path, [&](const std::vector<std::string>& fields, size_t number) {
    if (fields.size() != columns) {
      return Status::Error("expected " + std::to_string(columns) + " tab-separated columns");
    }
    return row(fields, number);
  });
}

std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

Expected<CleanRules> CleanRules::Load(const std::string& dir) {
  CleanRules rules;
  Status status = ReadTsv(dir + "/boilerplate.tsv", 2, [&](const auto& f, size_t) {
    const std::string pattern = MatchFold(f[1]);
    if (pattern.empty()) return Status::Error("empty pattern");
    if (f[0] == "line") {
      rules.exact_lines.insert(pattern);
    } else if (f[0] == "prefix") {
      rules.prefixes.push_back(pattern);
    } else if (f[0] == "pair") {
      rules.pair_markers.insert(pattern);
    } else if (f[0] == "rest") {
      rules.rest_markers.insert(pattern);
    } else if (f[0] == "credit") {
      rules.photo_credits.insert(pattern);
    } else if (f[0] == "opener") {
      rules.glued_openers.insert(pattern);
    } else {
      return Status::Error("unknown rule kind '" + f[0] + "'");
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  status = ReadTsv(dir + "/outlets.tsv", 2, [&](const auto& f, size_t) {
    rules.domains.emplace_back(Lowercase(f[0]), f[1]);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  status = ReadTsv(dir + "/signatures.tsv", 3, [&](const auto& f, size_t) {
    if (f[0] == "link") {
      rules.link_signatures.emplace_back(MatchFold(f[1]), f[2]);
    } else if (f[0] == "source") {
      rules.source_names[MatchFold(f[1])] = f[2];
    } else {
      return Status::Error("unknown signature kind '" + f[0] + "'");
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return rules;
}

std::string CleanRules::OutletForUrl(std::string_view url) const {
  std::string rest = Lowercase(url);
  if (const size_t scheme = rest.find("://"); scheme != std::string::npos) {
    rest = rest.substr(scheme + 3);
  }
  if (rest.rfind("www.", 0) == 0) rest = rest.substr(4);
  const size_t host_end = rest.find_first_of("/?#");
  std::string host = rest.substr(0, host_end);
  if (const size_t port = host.find(':'); port != std::string::npos) host.resize(port);
  const std::string path = host_end == std::string::npos ? "" : rest.substr(host_end);
  const std::string host_and_path = host + path;
  for (const auto& [domain, outlet] : domains) {
    if (domain.find('/') != std::string::npos) {
      if (host_and_path.rfind(domain, 0) == 0) return outlet;
      continue;
    }
    if (host == domain) return outlet;
    if (host.size() > domain.size() && host.ends_with(domain) &&
        host[host.size() - domain.size() - 1] == '.') {
      return outlet;
    }
  }
  return "";
}

}  // namespace marsad::clean
