// Analysis is the document that flows through the per-article stages. Each stage reads what
// the stages before it wrote and adds its own part: clean (title, outlet, boilerplate lines),
// text (tokens, segments, sentences, dates), actors (entities), events (events, quotes).
// All spans are byte offsets into article.text.
#ifndef MARSAD_CORE_ANALYSIS_H_
#define MARSAD_CORE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/inline_vector.h"
#include "core/norm_store.h"
#include "core/span.h"

namespace marsad {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kLatin, kSymbol };

// One part of a token after clitic splitting, as written (UD Arabic-PUD convention).
struct Segment {
  Span span;
  // Normalised form for matching (text/normalizer.h), e.g. "قال": a view into the
  // Analysis::norms of the analysis holding the token (or another NormStore that outlives it).
  NormView norm;
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint32_t sentence = 0;  // index into Analysis::sentences
  // At least one; their spans tile the token's span. Most words have one or two segments,
  // which are kept inside the token (no allocation).
  InlineVector<Segment, 2> segments;
  NormView norm;  // normalised form of the whole token, viewed like Segment::norm
};

struct Sentence {
  Span span;
  bool boilerplate = false;
  uint32_t first_token = 0;  // tokens [first_token, end_token) lie in this sentence
  uint32_t end_token = 0;
};

struct DateMention {
  Span span;
  std::string value;  // YYYY-MM-DD (or YYYY-MM, YYYY when only that is known)
};

struct Entity {
  Span span;
  std::string type;   // PER, ORG, LOC or MISC
  std::string actor;  // CAMEO/Phoenix actor code; empty when none applies
  std::string name;   // canonical English name when the lexicon knows it; may be empty
};

struct ActorRef {
  Span span;          // where the actor is named; empty when implicit
  std::string text;   // the words as written
  std::string actor;  // code; empty when unknown
};

struct Quote {
  ActorRef speaker;
  std::string cue;  // the reporting verb as written, e.g. "قال"
  Span span;        // the quoted words
};

struct Event {
  ActorRef source;
  ActorRef target;
  std::string code;                   // CAMEO, 2-4 digits
  std::string plover;                 // PLOVER type
  int quad_class = 0;                 // 1..4
  double goldstein = 0;               // Goldstein scale
  std::string polarity = "asserted";  // asserted | negated
  std::string modality = "actual";    // actual | reported | hypothetical | intended
  std::string date;                   // YYYY-MM-DD or empty
  Span sentence;
  Span cue;
  std::vector<Span> mentions;  // other sentences repeating the act
};

struct Analysis {
  Article article;
  // Filled by clean (falling back to the article's metadata).
  std::string outlet;
  std::string url;
  std::string title;
  std::string published;
  // Byte ranges that are not article text: whole lines, or related headlines glued to the start
  // of a line (clean/glued_headlines.h).
  std::vector<Span> boilerplate;
  // Filled by text. The tokens' and segments' norms view `norms`.
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  NormStore norms;
  std::vector<DateMention> dates;
  // Filled by actors and events.
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<std::string> warnings;

  std::string_view text() const { return article.text; }
};

}  // namespace marsad

#endif  // MARSAD_CORE_ANALYSIS_H_
