// CleanRules holds the cleaning rules read from data/clean/: which lines are boilerplate
// (boilerplate.tsv), which web domains belong to which outlet (outlets.tsv) and which
// in-text signatures name an outlet (signatures.tsv). All patterns are stored folded with
// MatchFold, so lookups fold the line once and compare.
#ifndef MARSAD_CLEAN_CLEAN_RULES_H_
#define MARSAD_CLEAN_CLEAN_RULES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/status.h"

namespace marsad::clean {

struct CleanRules {
  // boilerplate.tsv
  std::unordered_set<std::string> exact_lines;
  std::vector<std::string> prefixes;
  std::unordered_set<std::string> pair_markers;  // marker + the next non-blank line
  std::unordered_set<std::string> rest_markers;  // marker + every line after it
  std::unordered_set<std::string> photo_credits;
  // Verbs (without و/ف) that open a body sentence glued to headlines before it.
  std::unordered_set<std::string> glued_openers;
  // outlets.tsv: (domain, outlet); a domain may carry a path ("bbc.com/arabic").
  std::vector<std::pair<std::string, std::string>> domains;
  // signatures.tsv
  std::vector<std::pair<std::string, std::string>> link_signatures;  // (link, outlet)
  std::unordered_map<std::string, std::string> source_names;         // name → outlet

  // Reads the three files under `dir` (e.g. "<data>/clean").
  static Expected<CleanRules> Load(const std::string& dir);

  // The outlet whose domain the URL's host (and path) falls under; empty when none.
  std::string OutletForUrl(std::string_view url) const;
};

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_CLEAN_RULES_H_
