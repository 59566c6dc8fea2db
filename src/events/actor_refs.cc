#include "events/actor_refs.h"

#include <string>
#include <string_view>

namespace marsad::events {

ActorRef RefOf(const Analysis& a, const SentenceView& view, int e) {
  const Entity& entity = a.entities[view.entities[e].entity];
  return ActorRef{entity.span, std::string(entity.span.of(a.text())), entity.actor};
}

ActorRef RoleActor(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                   uint32_t cue, Side side, Span skip, uint32_t* found_at, uint32_t reach) {
  const uint32_t size = static_cast<uint32_t>(view.words.size());
  for (uint32_t d = 1; d <= reach; ++d) {
    for (const bool after : {true, false}) {
      if (!after && (side == Side::kAfter || d > cue)) continue;
      if (after && side == Side::kBefore) continue;
      const uint32_t w = after ? cue + d : cue - d;
      if (w >= size) continue;
      const int e = view.entity_at[w];
      // المتظاهرين الفلسطينيين: a name that opens with a role noun is that actor, with its code.
      if (e >= 0 && view.entities[e].first != w) continue;
      const std::string_view code = roles.Find(view.words[w]);
      if (code.empty()) continue;
      if (e >= 0) {
        ActorRef named = RefOf(a, view, e);
        if (named.span == skip) continue;
        if (named.actor.empty()) named.actor = std::string(code);
        if (found_at != nullptr) *found_at = w;
        return named;
      }
      const Span span = WordSpan(a, view, w);
      if (span == skip) continue;
      if (found_at != nullptr) *found_at = w;
      return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
    }
  }
  return ActorRef{};
}

int EntityStartingAtByte(const Analysis& a, const SentenceView& view, uint32_t start) {
  for (size_t e = 0; e < view.entities.size(); ++e) {
    if (a.entities[view.entities[e].entity].span.start == start ||
        WordSpan(a, view, view.entities[e].first).start == start) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

}  // namespace marsad::events
