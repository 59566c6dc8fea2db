// A Mention is an actor named in an article while the actors stage works on it: an Entity
// in the making, with the match units it covers and what the resolution step needs to know
// (which title word made it, whether it still waits for the actor it stands for).
#ifndef MARSAD_ACTORS_MENTION_H_
#define MARSAD_ACTORS_MENTION_H_

#include <string>

#include "core/span.h"

namespace marsad::actors {

struct Mention {
  Span span;
  size_t first_unit = 0;  // units [first_unit, end_unit) of the article's match units
  size_t end_unit = 0;
  std::string type;         // PER, ORG, LOC, MISC
  std::string code;         // empty when unknown
  std::string name;         // English name when known
  std::string title_key;    // key of the title that made it («متحدث»), empty otherwise
  bool speaks_for = false;  // a «+» title: takes the code of the actor it speaks for
  bool from_lexicon = true;
  bool coded_by_context = false;  // the code came from a title in apposition, not the lexicon
  bool located = false;  // a title coded by the place after it («مسلحين في العراق» → IRQUAF)
  std::string title_role;     // a title's role code («COP»), empty otherwise
  bool needs_tagger = false;  // a lexicon «name»: kept only where the entity tagger finds a name
  // For a bare title: the country of its sentence's places with the title's role («المدنيين
  // ... في الموصل» → IRQCVL), used when nothing in the article codes the title better.
  std::string sentence_code;
  // For a title that names its role alone (a `role` line: «الشرطة»): the role code it takes
  // when neither the article nor its sentence gives it a country («COP»).
  std::string bare_role;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_MENTION_H_
