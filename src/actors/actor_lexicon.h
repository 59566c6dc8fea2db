// The actor lexicon's file format: data/lexicon/actors*.tsv, one entry a line, human-editable:
//   kind <TAB> code <TAB> type <TAB> English name <TAB> valid <TAB> forms <TAB> source
// kind: actor (a full code: موسكو → RUSGOV), name (an actor whose words are also common ones: it
// names the actor only where the entity tagger finds a name: «القاعدة» al-Qaeda, not «the base»;
// «جدة» the city, not «grandmother»), country (a state: روسيا → RUS), nationality (its
// adjective, written masculine singular; the other forms are made by rule: روسي → روسية،
// روسيون، الروسيين ...), title (a role a country completes: «وزير الدفاع» MIL, «الرئيس» GOV;
// code «+» takes the code of the actor it speaks for: «المتحدث باسم ...»), role (a title that
// also names its role alone when nothing in the article completes it, as the guide codes
// "role from title": «الشرطة» → COP, «الحكومة» → GOV; a title such as «رئيس», «قناة» or
// «المدرسة» stays a title because alone it is mostly not an actor; a role's form that folds
// like a title's is written «^»: «^الرئيس» beside the title «رئيس»), modifier (a word
// that changes the role: «السابق» ELI), linker (a word joining a title to its actor: «باسم»),
// locator (a word between a title and the place that completes it: «في», «شمال» in «مسلحين في
// شمال العراق» → IRQUAF), group (a noun naming a set of states: «دول», «بلدان»), includer (a
// word opening a list of members that share the role of the group before it: «ومن ضمنها» in
// «قادة سوريا ودول المنطقة، ومن ضمنها تركيا» → TURGOV).
// valid: empty, or FROM..TO with either side empty (YYYY, YYYY-MM or YYYY-MM-DD).
// forms: Arabic phrases separated by «|»; a leading «~» marks a transliterated foreign name
// whose «g» may be written غ، ج or ك; a leading «^» marks a form that names the actor only when
// its first word is written with the article («^الغرب» the West; «غرب» alone is a compass
// word). Lines starting with # and blank lines are ignored.
#ifndef MARSAD_ACTORS_ACTOR_LEXICON_H_
#define MARSAD_ACTORS_ACTOR_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad::actors {

// The kinds in order of precedence: when one phrase is an entry of several kinds, the rules read
// it as the first (a full actor code before a state, a state before a title, function words
// after the words that name actors, a tagger-checked «name» last). The order is part of how
// the rules read the lexicon, not a property of any entry, so it lives here, not in the data.
enum class EntryKind {
  kActor,
  kCountry,
  kNationality,
  kTitle,  // also the kind of a `role` line (LexiconEntry::names_role_alone)
  kModifier,
  kLinker,
  kLocator,
  kGroup,
  kIncluder,
  kName
};

// Precedence of a kind among the entries of one phrase: lower reads first.
inline int KindPrecedence(EntryKind kind) { return static_cast<int>(kind); }

struct LexiconForm {
  std::string text;
  bool transliterated = false;
  bool definite_only = false;  // matches only when its first word is written with «ال»
};

struct LexiconEntry {
  EntryKind kind = EntryKind::kActor;
  std::string code;
  std::string type;  // PER, ORG, LOC, MISC
  std::string name;
  std::string valid_from;  // empty: open
  std::string valid_to;    // empty: open
  std::vector<LexiconForm> forms;
  bool names_role_alone = false;  // a `role` line: a title that is an actor on its own too
  std::string source;             // provenance
  std::string origin;             // file:line, for messages
};

// Parses one lexicon file; `file_name` only labels errors and origins.
Expected<std::vector<LexiconEntry>> ParseActorLexicon(std::string_view content,
                                                      std::string_view file_name);

// Whether the entry holds on `date` (YYYY-MM-DD); an empty date accepts every entry.
bool ValidOn(const LexiconEntry& entry, std::string_view date);

// Whether the entry carries a date range at all.
inline bool IsDated(const LexiconEntry& entry) {
  return !entry.valid_from.empty() || !entry.valid_to.empty();
}

// The surface forms the entry stands for: its forms, and for a nationality the feminine,
// dual and plural forms made by rule.
std::vector<LexiconForm> ExpandForms(const LexiconEntry& entry);

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_ACTOR_LEXICON_H_
