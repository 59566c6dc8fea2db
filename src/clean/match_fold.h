// MatchFold turns a line of Arabic (or Latin) text into the form the cleaning rules are
// written against: alef/hamza forms become ا, ى becomes ي, ة becomes ه, diacritics and tatweel
// are dropped, runs of white space become one space, Latin letters are lowercased and the
// ends are trimmed. It is for comparing lines with rule patterns, never for output.
#ifndef MARSAD_CLEAN_MATCH_FOLD_H_
#define MARSAD_CLEAN_MATCH_FOLD_H_

#include <string>
#include <string_view>

namespace marsad::clean {

std::string MatchFold(std::string_view text);

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_MATCH_FOLD_H_
