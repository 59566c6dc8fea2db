// GluedHeadlines finds related-article headlines that a crawler ran into the start of a body
// line with no line break: «واشنطن مستعدة لمحاربة "داعش" مع موسكو ... تنظيم "داعش"وأشار ...».
// The join is a closing quote written right before و/ف and a verb that opens a news sentence
// (the «opener» rules of data/clean/boilerplate.tsv); the part before it reads as headlines
// when it is short and has no sentence punctuation.
#ifndef MARSAD_CLEAN_GLUED_HEADLINES_H_
#define MARSAD_CLEAN_GLUED_HEADLINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace marsad::clean {

// The byte length of the headline part at the start of `line` (up to and including the
// closing quote of the join), or 0 when the line does not start with glued headlines.
// `openers` holds the MatchFold forms of the verbs (without و/ف) that may follow the join.
size_t GluedHeadlineLength(std::string_view line, const std::unordered_set<std::string>& openers);

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_GLUED_HEADLINES_H_
