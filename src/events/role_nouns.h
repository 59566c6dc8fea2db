// RoleNouns maps the nouns that name a kind of actor rather than a particular one
// (متظاهرون، مسلحون، الشرطة) to their CAMEO role code (CVL, UAF, COP), from
// data/lexicon/events_roles.tsv. The event coder falls back on them when a material act
// has no named actor, and takes them as the target of a protest (احتجاجا على الحكومة) or the
// victim of an assault. It also knows the bare role codes (data/lexicon/events_role_codes.tsv):
// an actor coded COP or CVL alone is a kind of actor, never a country; CVL and UAF name
// people of a kind, like its role nouns, COP and GOV an institution, MED and LEG an institution
// that acts only in words (its «attack» is criticism).
#ifndef MARSAD_EVENTS_ROLE_NOUNS_H_
#define MARSAD_EVENTS_ROLE_NOUNS_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/status.h"

namespace marsad::events {

class RoleNouns {
 public:
  // Reads data_dir/lexicon/events_roles.tsv and events_role_codes.tsv.
  static Expected<RoleNouns> Load(const std::string& data_dir);
  // Parses `stem<TAB>code` lines (# comments); `name` is used in error messages. The codes
  // are bare role codes too.
  static Expected<RoleNouns> Parse(std::string_view text, const std::string& name);
  // Adds the bare role codes of `code<TAB>people|body|speaker<TAB>meaning` lines (# comments);
  // a speaker is a body that acts only in words.
  Status AddRoleCodes(std::string_view text, const std::string& name);

  // Whether `actor` is a role code alone (COP, CVL), naming no country.
  bool IsBareRole(std::string_view actor) const;
  // Whether `actor` is a bare role naming people of a kind (CVL, UAF), not an institution.
  bool NamesPeople(std::string_view actor) const;

  // Whether `actor` (a role code alone or after a country: MED, SWEMED) names a body that acts
  // only in words (the press, a legislature).
  bool OnlySpeaks(std::string_view actor) const;

  // The role code of a folded word (its bare form begins with a stem); empty when none.
  std::string_view Find(std::string_view folded) const;

 private:
  std::vector<std::pair<std::string, std::string>> stems_;  // folded stem, code
  std::unordered_set<std::string> codes_;                   // bare role codes
  std::unordered_set<std::string> people_;                  // those naming people of a kind
  std::unordered_set<std::string> speakers_;                // those acting only in words
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ROLE_NOUNS_H_
