#include "lexicon/match_units.h"

#include "core/utf8.h"
#include "lexicon/variant_key.h"
#include "text/normalizer.h"

namespace marsad::lexicon {
namespace {

bool IsWordChar(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x065F) || (cp >= 0x066E && cp <= 0x06FF) ||
         (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9') ||
         (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x00C0 && cp < 0x0250);
}

bool IsMark(char32_t cp) { return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640; }

// Whether bytes `lead`, `next` are an Arabic letter or mark U+0621..U+065F (a word character).
bool IsArabicLetterBytes(unsigned char lead, unsigned char next) {
  return (lead == 0xD8 && next >= 0xA1 && next <= 0xBF) ||
         (lead == 0xD9 && next >= 0x80 && next <= 0x9F);
}

// Shrinks `span` so that it starts and ends with a word character.
Span Trim(std::string_view text, Span span) {
  // The common case, a word that starts and ends with an Arabic letter: nothing to trim.
  if (span.size() >= 2 && span.end <= text.size()) {
    auto byte = [text](uint32_t at) { return static_cast<unsigned char>(text[at]); };
    if (IsArabicLetterBytes(byte(span.start), byte(span.start + 1)) &&
        IsArabicLetterBytes(byte(span.end - 2), byte(span.end - 1))) {
      return span;
    }
  }
  uint32_t start = span.start;
  while (start < span.end) {
    size_t length = 1;
    if (IsWordChar(utf8::Decode(text, start, &length))) break;
    start += static_cast<uint32_t>(length);
  }
  uint32_t end = span.end;
  while (end > start) {
    uint32_t back = end - 1;
    while (back > start && utf8::IsContinuation(static_cast<unsigned char>(text[back]))) --back;
    size_t length = 1;
    if (IsWordChar(utf8::Decode(text, back, &length))) break;
    end = back;
  }
  return start < end ? Span{start, end} : span;
}

// Skips `letters` base letters (with their marks) from span.start.
Span SkipLetters(std::string_view text, Span span, int letters) {
  uint32_t pos = span.start;
  for (int i = 0; i < letters && pos < span.end; ++i) {
    size_t length = 1;
    utf8::Decode(text, pos, &length);
    pos += static_cast<uint32_t>(length);
    while (pos < span.end) {
      char32_t next = utf8::Decode(text, pos, &length);
      if (!IsMark(next)) break;
      pos += static_cast<uint32_t>(length);
    }
  }
  return {pos, span.end};
}

constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644",
                           kKaf = "\u0643", kAlef = "\u0627";

// The key of `normalized` (already a Normalizer output or a key) read as a word of its own.
std::string KeyOfFolded(std::string_view normalized, bool strip_article) {
  std::string key;
  VariantKeyOfNormalized(normalized, normalized, strip_article, &key);
  return key;
}

// Whether a normalised word starts with the article «ال» and goes on with two letters or more.
bool HasArticle(std::string_view normalized) {
  return normalized.size() >= 8 && normalized.starts_with("\u0627\u0644");
}

// The key of «ا» + `normalized`: «ل+لعراق» read as «ل+العراق».
std::string KeyWithArticle(std::string_view normalized) {
  std::string with_article(kAlef);
  with_article.append(normalized);
  return KeyOfFolded(with_article, true);
}

// Proclitics of a word the segmenter left whole: (و|ف)? (ب|ل|ك)?. Sets the alternative.
// `normalized` is the token's norm.
void StripProclitics(std::string_view text, std::string_view normalized, std::string* scratch,
                     MatchUnit* unit) {
  std::string_view key = unit->key;
  if (!key.starts_with(kWaw) && !key.starts_with(kFa) && !key.starts_with(kBa) &&
      !key.starts_with(kLam) && !key.starts_with(kKaf)) {
    return;  // the common case, decided without refolding the word
  }
  std::string_view written = unit->span.of(text);
  std::string_view rest = unit->key;  // without a bare alef no article was stripped
  if (StartsWithBareAlef(written)) {
    VariantKeyOfNormalized(normalized, written, /*strip_article=*/false, scratch);
    rest = *scratch;
  }
  int stripped = 0;
  if (rest.starts_with(kWaw) || rest.starts_with(kFa)) {
    rest.remove_prefix(2);
    ++stripped;
  }
  bool lam = false;
  if (rest.starts_with(kBa) || rest.starts_with(kLam) || rest.starts_with(kKaf)) {
    lam = rest.starts_with(kLam);
    rest.remove_prefix(2);
    ++stripped;
  }
  if (stripped == 0 || rest.size() < 6) return;  // keep at least three letters
  unit->alternative = KeyOfFolded(rest, true);
  unit->alternative_span = SkipLetters(text, unit->span, stripped);
  if (HasArticle(rest)) unit->definite |= kAlternativeDefinite;
  if (lam && rest.starts_with(kLam)) {
    // «للعراق» reads «ل+العراق» (span «عراق»), «للبنان» reads «ل+لبنان»: offer both.
    unit->second = unit->alternative;
    unit->second_span = unit->alternative_span;
    unit->alternative = KeyWithArticle(rest);
    unit->alternative_span = SkipLetters(text, unit->span, stripped + 1);
    unit->definite = kAlternativeDefinite;  // «ل+الغرب»; «ل+لغرب» is not
  }
}

bool IsProclitic(std::string_view norm, std::string* scratch) {
  if (norm.size() > 3) return false;  // one letter, perhaps with a mark
  VariantKeyOfNormalized(norm, norm, /*strip_article=*/false, scratch);
  const std::string& key = *scratch;
  return key == kWaw || key == kFa || key == kBa || key == kLam || key == kKaf ||
         key == "\u0633";  // س
}

// Whether a punctuation token is only quotation marks: names are often quoted inside a
// phrase («تنظيم « القاعدة »», «قناة "الجزيرة"»), so quotes give no unit of their own.
bool IsQuotesOnly(std::string_view written) {
  if (written.empty()) return false;
  for (size_t pos = 0; pos < written.size();) {
    size_t length = 1;
    char32_t cp = utf8::Decode(written, pos, &length);
    pos += length;
    bool quote = cp == U'"' || cp == U'\'' || cp == 0x00AB || cp == 0x00BB || cp == 0x201C ||
                 cp == 0x201D || cp == 0x201E || cp == 0x2018 || cp == 0x2019;
    if (!quote) return false;
  }
  return true;
}

}  // namespace

void AppendMatchUnits(const Analysis& analysis, uint32_t first_token, uint32_t end_token,
                      std::vector<MatchUnit>* units) {
  std::string_view text = analysis.text();
  const text::Normalizer normalizer;
  std::string normalized_copy, scratch;
  for (uint32_t t = first_token; t < end_token && t < analysis.tokens.size(); ++t) {
    const Token& token = analysis.tokens[t];
    std::string_view written = token.span.of(text);
    if (token.kind == TokenKind::kPunct && IsQuotesOnly(written)) continue;
    // Tokens of the text stage carry their norm; hand-made ones may not.
    std::string_view normalized = token.norm;
    if (normalized.empty() && !written.empty()) {
      normalized_copy = normalizer.NormalizeString(written);
      normalized = normalized_copy;
    }
    MatchUnit& unit = units->emplace_back();
    unit.token = t;
    unit.span = Trim(text, token.span);
    VariantKeyOfNormalized(normalized, written, /*strip_article=*/true, &unit.key);
    if (HasArticle(normalized) && StartsWithBareAlef(written)) unit.definite = kKeyDefinite;
    if (token.kind == TokenKind::kWord && token.segments.size() <= 1) {
      StripProclitics(text, normalized, &scratch, &unit);
    } else if (token.kind == TokenKind::kWord) {
      // The word after its proclitic segments, enclitics kept: «و+ب+روسيا» → «روسيا».
      size_t stem = 0;
      size_t stem_offset = 0;  // bytes of the proclitics' norms in the token's norm
      bool lam = false;
      while (stem + 1 < token.segments.size() && IsProclitic(token.segments[stem].norm, &scratch)) {
        lam = scratch == kLam;
        stem_offset += token.segments[stem].norm.size();
        ++stem;
      }
      if (stem > 0) {
        Span rest{token.segments[stem].span.start, token.span.end};
        std::string_view rest_text = rest.of(text);
        std::string_view rest_norm = stem_offset <= token.norm.size() && !token.norm.empty()
                                         ? std::string_view(token.norm).substr(stem_offset)
                                         : std::string_view();
        if (rest_norm.empty()) {
          normalized_copy = normalizer.NormalizeString(rest_text);
          rest_norm = normalized_copy;
        }
        VariantKeyOfNormalized(rest_norm, rest_text, /*strip_article=*/true, &unit.alternative);
        unit.alternative_span = Trim(text, rest);
        if (HasArticle(rest_norm) && StartsWithBareAlef(rest_text)) {
          unit.definite |= kAlternativeDefinite;
        }
        if (lam) VariantKeyOfNormalized(rest_norm, rest_text, /*strip_article=*/false, &scratch);
        if (lam && scratch.starts_with(kLam)) {  // «ل+لعراق», «ل+لبنان»
          unit.second = unit.alternative;
          unit.second_span = unit.alternative_span;
          unit.alternative = KeyWithArticle(rest_norm);
          unit.alternative_span = Trim(text, SkipLetters(text, rest, 1));
          unit.definite = kAlternativeDefinite;  // «ل+الغرب»; «ل+لغرب» is not
        }
      }
    }
  }
}

std::vector<MatchUnit> BuildMatchUnits(const Analysis& analysis, uint32_t first_token,
                                       uint32_t end_token) {
  std::vector<MatchUnit> units;
  if (end_token > first_token) units.reserve(end_token - first_token);
  AppendMatchUnits(analysis, first_token, end_token, &units);
  return units;
}

std::vector<KeyChoice> KeyChoices(std::span<const MatchUnit> units) {
  std::vector<KeyChoice> choices;
  choices.reserve(units.size());
  for (const MatchUnit& unit : units) {
    KeyChoice& choice = choices.emplace_back();
    choice.key = unit.key;
    choice.alternative = unit.alternative;
    choice.second = unit.second;
    if (!unit.key.empty()) choice.key_hash = PhraseMatcher::KeyHash(unit.key);
    if (!unit.alternative.empty())
      choice.alternative_hash = PhraseMatcher::KeyHash(unit.alternative);
    if (!unit.second.empty()) choice.second_hash = PhraseMatcher::KeyHash(unit.second);
  }
  return choices;
}

std::vector<std::string> PhraseKeys(const text::TextAnalyzer& text, std::string_view phrase) {
  Analysis analysis;
  analysis.article.text = std::string(phrase);
  text.Apply(&analysis);
  std::vector<std::string> keys;
  for (MatchUnit& unit :
       BuildMatchUnits(analysis, 0, static_cast<uint32_t>(analysis.tokens.size()))) {
    if (!unit.key.empty()) keys.push_back(std::move(unit.key));
  }
  return keys;
}

}  // namespace marsad::lexicon
