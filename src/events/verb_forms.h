// VerbForms is the morphological generator behind the cue lexicon: from a verb's past-tense
// stem (3rd person masculine singular, نفى) and its present (ينفي) it derives the inflected
// forms Arabic news writes — every person and number of both tenses, the jussive after لم,
// the future with س, the conjunctions و/ف and object pronouns (نفت، ينفون، لم ينف، سينفي،
// ونفى، نفاه) — and from a verbal noun (رفض) its definite, prepositional and possessed forms
// (الرفض، وبرفض، رفضه). All forms are in the folded spelling of match_form.h.
#ifndef MARSAD_EVENTS_VERB_FORMS_H_
#define MARSAD_EVENTS_VERB_FORMS_H_

#include <string>
#include <string_view>
#include <vector>

namespace marsad::events {

struct WordForm {
  std::string text;      // folded surface form, clitics included
  bool future = false;   // carries the future prefix س
  bool noun = false;     // a verbal noun rather than a finite verb
  bool present = false;  // an imperfect form without س (ينفي، لم ينف، لينفي)
  bool object = false;  // ends in an object or possessive pronoun (قتله، خطفوها، اختطافها)
};

// Forms of a verb; `past` or `present` may be empty when the verb lacks that tense in use.
std::vector<WordForm> GenerateVerbForms(std::string_view past, std::string_view present);

// Forms of a verbal noun (masdar) or other nominal cue.
std::vector<WordForm> GenerateNounForms(std::string_view noun);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_VERB_FORMS_H_
