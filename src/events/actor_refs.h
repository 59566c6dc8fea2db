// Look-ups the event coder's units share on a SentenceView: an entity as an actor reference,
// the byte span of a word, the next word that is not punctuation alone, whether two actors are
// of one country, and the nearest role noun (المتظاهرون، مسلحون) to a cue, taken as an actor
// where the sentence names none.
#ifndef MARSAD_EVENTS_ACTOR_REFS_H_
#define MARSAD_EVENTS_ACTOR_REFS_H_

#include <cstdint>

#include "core/analysis.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

// Entity `e` of the view (an index into view.entities) as an actor: its span, text and code.
ActorRef RefOf(const Analysis& a, const SentenceView& view, int e);

// The entity of the sentence that starts at byte `start` (its own span or its first word's);
// -1 when none does. By word: SentenceView::EntityStartingAt.
int EntityStartingAtByte(const Analysis& a, const SentenceView& view, uint32_t start);

// The bytes of word `word` of the view in the article's text.
inline Span WordSpan(const Analysis& a, const SentenceView& view, uint32_t word) {
  return a.tokens[view.first_token + word].span;
}

// The first word at or after `from` that is not empty (punctuation alone folds to nothing),
// or the sentence's size.
inline uint32_t NextWord(const SentenceView& view, uint32_t from) {
  while (from < view.words.size() && view.words[from].empty()) ++from;
  return from;
}

// Whether two actors are of one country: the same first three letters of their codes.
inline bool SameCountry(const ActorRef& x, const ActorRef& y) {
  return x.actor.size() >= 3 && y.actor.size() >= 3 && x.actor.compare(0, 3, y.actor, 0, 3) == 0;
}

// Words around a cue searched for a role noun as its actor.
inline constexpr uint32_t kRoleReach = 8;

// Which side of the cue RoleActor searches.
enum class Side { kBoth, kAfter, kBefore };

// The nearest role noun to the word `cue` on `side`, within `reach` words, outside names or
// opening one (المتظاهرين الفلسطينيين: the name, with the role's code when it has none); at
// each distance the word after the cue first (وتجمع المتظاهرون). An actor spanning `skip` is
// passed over. Sets *found_at to the role noun's word when one is found; an empty reference
// when none is within reach.
ActorRef RoleActor(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                   uint32_t cue, Side side = Side::kBoth, Span skip = Span{},
                   uint32_t* found_at = nullptr, uint32_t reach = kRoleReach);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ACTOR_REFS_H_
