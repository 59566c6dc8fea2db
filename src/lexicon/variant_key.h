// Variant keys fold the spellings that Arabic news uses for one name into one matching key,
// applied alike to lexicon phrases and to article text. The Arabic letter fold itself (hamza
// and alef forms, ى/ي, ة/ه, diacritics, tatweel, digits, presentation forms) is the text
// stage's text::Normalizer; on top of its output a key adds what only name matching wants:
// Persian letters folded to Arabic ones, doubled letters collapsed (but not a word's first
// two), an optional leading «ال», and punctuation glued to a word dropped.
// TransliterationVariants spells out the letters that render a foreign «g» (غ ج ك) so that
// «هيغل» and «هيجل» reach the same lexicon entry.
#ifndef MARSAD_LEXICON_VARIANT_KEY_H_
#define MARSAD_LEXICON_VARIANT_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace marsad::lexicon {

// The folded key of one word as written. The article is stripped only when written with a
// bare alef («الروسي» → «روسي»; «ألبانيا» keeps its «أل»), so pass original text, not a
// hamza-folded norm. Returns an empty string when the word holds no letter or digit.
std::string VariantKey(std::string_view word);

// The same, but keeps a leading «ال» (for function words such as «الذي» that must not fold).
std::string VariantKeyKeepArticle(std::string_view word);

// The key of a word the text stage already normalised (Token::norm, text::Normalizer with
// default options), written into *key (cleared first; its buffer is reused). `written` is the
// word as written: only its first letter is read, to tell the article «ال» from «أل».
void VariantKeyOfNormalized(std::string_view normalized, std::string_view written,
                            bool strip_article, std::string* key);

// Whether the first letter of `word` as written is a bare alef «ا» (not «أ», «إ», «آ»).
bool StartsWithBareAlef(std::string_view word);

// Every spelling of `key` with each of its «g» letters (غ ج ك) replaced by each of the
// others, `key` itself first. At most `limit` variants. With `with_kaf` false only غ and ج
// vary (ك stays and is not produced): for single words, where «هيكل» is a common word.
std::vector<std::string> TransliterationVariants(std::string_view key, size_t limit = 27,
                                                 bool with_kaf = true);

}  // namespace marsad::lexicon

#endif  // MARSAD_LEXICON_VARIANT_KEY_H_
