// MatchForm folds an Arabic word into the spelling the event cue lexicon is keyed by: no
// diacritics or tatweel, one alef for أ إ آ ٱ, ي for ى and ئ, و for ؤ, ه for ة, Latin in lower
// case. It is text::Normalizer's folding (one fold for the whole project), idempotent on its
// output, so cue lookups work whether or not the text stage has normalised the token already.
#ifndef MARSAD_EVENTS_MATCH_FORM_H_
#define MARSAD_EVENTS_MATCH_FORM_H_

#include <string>
#include <string_view>

namespace marsad::events {

std::string MatchForm(std::string_view word);

// A folded word without its leading conjunction (و ف), preposition (ب ل ك) and article (ال),
// as far as a stem of at least two letters remains: وبالتحالف → تحالف, للتحالف → تحالف. ك is
// read as the preposition only before the article or a stem of four letters or more that does
// not begin with alef (كرئيس → رئيس), so وكانت stays كانت and كشف stays كشف.
std::string_view BareForm(std::string_view folded);

// `word` without a leading conjunction و or ف, as long as `min_letters` letters remain (else
// `word` itself): وقال → قال.
std::string_view WithoutConjunction(std::string_view word, size_t min_letters);

// Whether folded `word` carries the article (ال) behind its proclitics: المظاهرات، وبالهجوم،
// للاحتجاج.
bool IsDefinite(std::string_view folded);

// Whether folded `word` is `stem` with at most those proclitics in front.
bool HasStem(std::string_view word, std::string_view stem);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_MATCH_FORM_H_
