// What the letters of one Arabic word tell of its form, read without a morphological analyser:
// whether it starts like a present-tense verb, ends with a pronoun suffix, is in the first
// person plural or carries its plural subject as an ending. The event coder reads these shapes
// of a cue or of the words around it (folded words, match_form.h, unless said otherwise).
#ifndef MARSAD_EVENTS_WORD_SHAPES_H_
#define MARSAD_EVENTS_WORD_SHAPES_H_

#include <string_view>

namespace marsad::events {

// Whether `word` (after و/ف) starts like a present-tense verb: يـ، تـ، نـ.
bool LooksPresent(std::string_view word);

// Whether `word` (after و/ف) starts like a present-tense verb and not like a verbal noun of
// the forms تفاعل/تفعيل (تعاون، تنسيق): يـ، نـ، تتـ.
bool PresentPrefix(std::string_view word);

// Whether the word as written (`raw`, not folded; trailing ASCII punctuation ignored) ends with
// a pronoun suffix ـه، ـها، ـهم (not ـة): اقتراحه.
bool EndsWithPronoun(std::string_view raw);

// Whether the verb `word` is in the first person plural: past ـنا (أكدنا), present نـ (نؤكد،
// سنعمل) of a verb whose stem `lemma` does not itself begin with ن.
bool FirstPersonPlural(std::string_view word, std::string_view lemma);

// Whether `word` is a present-tense verb whose ending is its plural subject pronoun, maybe
// followed by an object pronoun: يضعوا، يضعون، يضعوه، يتخذوها.
bool PresentWithPluralSubject(std::string_view word);

// Whether folded `word` ends like a singular nationality (nisba) adjective, ـي or ـية (folded
// ـيه), with a stem of three letters or more: إسرائيلي، الأميركية، روسية. The caller knows the
// word names a country (an actor's entity); the shape tells the adjective from a place's name
// (قصف غزة، هجوم إسرائيل).
bool LooksGentilic(std::string_view word);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_WORD_SHAPES_H_
