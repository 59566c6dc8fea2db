// Match units are the positions a phrase matcher walks over: one per token of a sentence,
// with its variant key, its original byte span, and an alternative reading without the
// proclitics the segmenter split off or left on («وبروسيا», «لروسيا» → «روسيا»; «ل+لأمم» →
// «الأمم»). Enclitic splits are ignored: a name out of context may be mis-split («إيراني» →
// «إيران+ي»), so lexicon phrases and text are both keyed by whole words. Quotation marks
// standing alone give no unit, so a quoted name still matches its phrase («تنظيم «القاعدة»»).
#ifndef MARSAD_LEXICON_MATCH_UNITS_H_
#define MARSAD_LEXICON_MATCH_UNITS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "lexicon/phrase_matcher.h"
#include "text/text_analyzer.h"

namespace marsad::lexicon {

struct MatchUnit {
  Span span;                // original bytes of the token, trimmed of glued punctuation
  uint32_t token = 0;       // index into Analysis::tokens
  std::string key;          // variant key of the token, from its norm; empty for punctuation
  std::string alternative;  // key without proclitics; empty when none
  Span alternative_span;    // original bytes the alternative covers
  std::string second;       // after «ل+ل»: the other reading (article merged or not)
  Span second_span;
  // Which readings are written with the article «ال»: kKeyDefinite, kAlternativeDefinite,
  // kSecondDefinite («والغرب» and «للغرب» read «الغرب»; «غرب» does not).
  uint8_t definite = 0;
};

inline constexpr uint8_t kKeyDefinite = 1, kAlternativeDefinite = 2, kSecondDefinite = 4;

// The definite bit of a reading: 0 key, 1 alternative, 2 second (PhraseMatcher's first_choice).
inline constexpr uint8_t DefiniteBit(int choice) { return static_cast<uint8_t>(1u << choice); }

// The units of tokens [first_token, end_token) of `analysis`.
std::vector<MatchUnit> BuildMatchUnits(const Analysis& analysis, uint32_t first_token,
                                       uint32_t end_token);

// The same, appended to *units (reusing its buffer across sentences).
void AppendMatchUnits(const Analysis& analysis, uint32_t first_token, uint32_t end_token,
                      std::vector<MatchUnit>* units);

// Views of the units' keys for PhraseMatcher::LongestAt (valid while `units` lives).
std::vector<KeyChoice> KeyChoices(std::span<const MatchUnit> units);

// The keys of a lexicon phrase, read through the same text stage as articles so that both
// sides split and fold alike. Punctuation is dropped.
std::vector<std::string> PhraseKeys(const text::TextAnalyzer& text, std::string_view phrase);

}  // namespace marsad::lexicon

#endif  // MARSAD_LEXICON_MATCH_UNITS_H_
