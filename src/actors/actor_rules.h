// The organ-of-state rules: they turn the lexicon phrases found in a sentence into coded
// mentions. A title followed by a country or nationality is that country's organ with the
// title's role («وزير الدفاع» + «الأمريكي» → USAMIL), a following modifier changes the role
// («السابق» → ELI), coordinated nationalities share the role («العسكريين الروس والسوريين» →
// RUSMIL, SYRMIL), a title that speaks for someone takes the code of the actor after its
// linker («المتحدث الرسمي باسم الرئيس الروسي» → RUSGOV) or of the organisation it is in
// construct with («متحدث البيت الأبيض» → USAGOV) or of the organ a state completed after it
// («متحدث وزارة الخارجية الروسية» → RUSGOV), a person named right after a coded title is
// that actor («وزير الخارجية العراقي إبراهيم الجعفري» → IRQGOV), a bloc adjective after a
// country names the noun before it («شركاء روسيا الغربيين» → WST), the members an includer
// lists after a group share its role («قادة سوريا ودول المنطقة، ومن ضمنها تركيا» → TURGOV), a
// relative adjective may stand between a title and its nationality («الحزب القومي الألماني» →
// DEUPTY), a title written without the article governs a country or capital in construct
// («جامعة بغداد» → IRQEDU), and a bare title proposes the country of its sentence's places
// (Mention::sentence_code) and, when it names its role alone, that role as modified after it
// (Mention::bare_role: «الرئيس السابق» → ELI). Which titles, roles, modifiers, linkers, groups and
// includers exist is data (actors*.tsv), not code.
#ifndef MARSAD_ACTORS_ACTOR_RULES_H_
#define MARSAD_ACTORS_ACTOR_RULES_H_

#include <string_view>
#include <vector>

#include "actors/actor_lexicon.h"
#include "actors/actor_matcher.h"
#include "actors/mention.h"
#include "core/analysis.h"
#include "lexicon/match_units.h"

namespace marsad::actors {

// Which of a match's entries applies on `published` (YYYY-MM-DD or empty): valid ones only;
// by kind (KindPrecedence); a title that names its role alone before a plain one (the matcher
// reads «الرئيس» and «رئيس» alike; the role line writes its form with «^»); among valid entries
// of one kind an undated one when the date is unknown, else the last listed. nullptr when none.
const LexiconEntry* ChooseEntry(const std::vector<LexiconEntry>& entries, const LexiconMatch& match,
                                std::string_view published);

// Mentions (sorted, non-overlapping) from the matches of one article; `units` are the
// article's match units and `unit_sentence[i]` the sentence of unit i.
std::vector<Mention> CodeMentions(const std::vector<LexiconEntry>& entries,
                                  const std::vector<LexiconMatch>& matches,
                                  const std::vector<lexicon::MatchUnit>& units,
                                  const std::vector<uint32_t>& unit_sentence,
                                  std::string_view published);

// Gives a mention with no code the code of the coded mention it stands in apposition to
// (directly after it, same sentence). Used for persons the tagger finds.
void CodeByApposition(const std::vector<Mention>& coded, Mention* mention,
                      const std::vector<uint32_t>& unit_sentence);

// Merges the entity tagger's spans into the lexicon's mentions (kept sorted, disjoint): an
// entity crossing a mention's edge is dropped, one wrapping whole mentions replaces them and
// takes their code (a place or adjective inside it gives only the country), a person right
// after a coded title is that actor, and an ORG/MISC right before a nationality adjective
// takes its country («وكالة إنترفاكس الروسية»). A lexicon «name» no entity covers is dropped
// («القاعدة» the base, not al-Qaeda).
void MergeTaggedEntities(const std::vector<Entity>& tagged,
                         const std::vector<lexicon::MatchUnit>& units,
                         const std::vector<uint32_t>& unit_sentence,
                         std::vector<Mention>* mentions);

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_ACTOR_RULES_H_
