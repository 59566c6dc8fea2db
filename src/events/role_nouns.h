// RoleNouns maps the nouns that name a kind of actor rather than a particular one
// (متظاهرون، مسلحون، الشرطة) to their CAMEO role code (CVL, UAF, COP), from
// data/lexicon/events_roles.tsv. The event coder falls back on them when a material act
// has no named actor, and takes them as the target of a protest (احتجاجا على الحكومة) or the
// victim of an assault.
#ifndef MARSAD_EVENTS_ROLE_NOUNS_H_
#define MARSAD_EVENTS_ROLE_NOUNS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace marsad::events {

class RoleNouns {
 public:
  // Reads data_dir/lexicon/events_roles.tsv.
  static Expected<RoleNouns> Load(const std::string& data_dir);
  // Parses `stem<TAB>code` lines (# comments); `name` is used in error messages.
  static Expected<RoleNouns> Parse(std::string_view text, const std::string& name);

  // The role code of a folded word (its bare form begins with a stem); empty when none.
  std::string_view Find(std::string_view folded) const;

 private:
  std::vector<std::pair<std::string, std::string>> stems_;  // folded stem, code
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ROLE_NOUNS_H_
