#include "events/protest_parties.h"

#include <string>
#include <string_view>
#include <utility>

#include "events/act_occurrence.h"
#include "events/actor_refs.h"
#include "events/cue_traits.h"
#include "events/match_form.h"
#include "events/repeat_merger.h"

namespace marsad::events {

namespace {

// Words around a protest searched for its crowd: the sentence often names it further on
// (اندلعت مظاهرات في … ، ورفع المتظاهرون شعارات).
constexpr uint32_t kCrowdReach = 24;

// Words after a protest cue searched for what the protest is against.
constexpr uint32_t kProtestTargetReach = 20;

// Words between a preposition and the actor whose noun phrase it opens (احتجاجا على عدم
// قبول أوراق مرشحي الجماعة).
constexpr uint32_t kGovernedReach = 4;

// What a protest is against: the first actor after the cue (not its source), named or a role
// noun (الحكومة → GOV), that a preposition or demand word governs, directly (ضد الحكومة،
// للحكومة) or through the nouns it heads (احتجاجا على قرار الحكومة، أمام مقر السفارة الأردنية،
// ضد ما سموه جرائم حماس). A place or nationality a preposition of setting governs (في تل أبيب،
// من ولايات أميركية، بإسلام آباد) is where or whence they protest, not what against, and so is a
// role noun there (من عناصر الشرطة); a named body there is (في محيط المحكمة العليا). An empty
// reference when none. Stops at a reported clause (أن، إن).
ActorRef TargetOf(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                  const std::vector<MarkerHit>& hits, const RoleNouns& roles, uint32_t cue,
                  const ActorRef& source) {
  const uint32_t size = static_cast<uint32_t>(view.words.size());
  // The last word that opens a phrase naming what the protest is against (size: none), and
  // whether it is a preposition of setting.
  uint32_t governor = size;
  bool setting = false;
  for (uint32_t i = cue + 1; i < size && i <= cue + kProtestTargetReach; ++i) {
    const int e = view.entity_at[i];
    if (e < 0 && markers.IsClauseOpener(view.words[i])) break;
    // مطالبين الحكومة بالاستقالة، لمطالبة إدارة بوش: the actor a demand or opposition word
    // governs.
    if (i >= 1 && (markers.IsPreposition(view.words[i - 1]) ||
                   markers.Is(Marker::kAddressee, view.words[i - 1]))) {
      governor = i - 1;
      setting = markers.Is(Marker::kSetting, view.words[i - 1]);
    }
    const bool governed = governor < i && i - governor <= kGovernedReach;
    if (e < 0) {
      // للحكومة: ل before the article.
      const bool lam = view.words[i].substr(0, 4) == "\u0644\u0644";
      const std::string_view code = roles.Find(view.words[i]);
      // من المتظاهرين: the phrase that names the crowd (a role of people, events_role_codes.tsv)
      // ends with it; ورفع: so does the phrase before a conjunct.
      if (view.closes_phrase[i] || roles.NamesPeople(code) || view.words[i].starts_with("\u0648")) {
        governor = size;
      }
      if (code.empty() || !(lam || governed) || (governed && setting)) {
        continue;
      }
      // آلاف المتظاهرين، مئات من المتظاهرين: a counted crowd is the protest's, not its target.
      if (QuantityBefore(hits, view.words, i) ||
          (i - 1 == governor && QuantityBefore(hits, view.words, i - 1))) {
        continue;
      }
      // لمطالبة إدارة جورج بوش: a role noun heading a coded name is that actor.
      const int named = view.closes_phrase[i] ? -1 : view.ActorStartingAt(i + 1);
      if (named >= 0 && view.entities[named].clitic.empty()) {
        ActorRef ref = RefOf(a, view, named);
        if (!(ref.span == source.span || SameActor(ref, source))) return ref;
      }
      const Span span = WordSpan(a, view, i);
      if (span == source.span) continue;
      return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
    }
    if (view.EntityStartingAt(i) != e) continue;  // inside a name
    const EntityInSentence& entity = view.entities[e];
    if (view.closes_phrase[entity.end - 1]) governor = size;
    if (entity.actor.empty()) continue;
    ActorRef ref = RefOf(a, view, e);
    // A name of the protesters' own (المحجبات المصريات … كنيسة الاسكندرية) is not what they
    // protest against: the record would have no target.
    if (ref.span == source.span || SameActor(ref, source)) continue;
    const std::string& clitic = entity.clitic;
    const bool own_preposition = !clitic.empty() && clitic != "\u0648";
    const std::string& type = a.entities[entity.entity].type;
    const bool place = type != "ORG" && type != "PER";
    // أمام مبنى محافظة بابل: a place further down the phrase names where, not whom.
    constexpr uint32_t kPlaceGovernedReach = 2;
    const bool far_place = governed && type == "LOC" && i - governor > kPlaceGovernedReach;
    if (place &&
        ((governed && (setting || far_place)) || (own_preposition && clitic.ends_with("\u0628")))) {
      continue;
    }
    if (own_preposition || governed) return ref;
  }
  return ActorRef{};
}

}  // namespace

ActorRef ProtestParties::Target(uint32_t cue, const ActorRef& source) const {
  return TargetOf(a_, view_, markers_, hits_, roles_, cue, source);
}

void ProtestParties::Complete(CueEvent* ev, bool victim_after, const ActorRef& caller) const {
  // What the protest is against, before its crowd: a role noun there (احتجاجا على
  // الحكومة) is not the crowd.
  if (ev->targets.empty() && CameoRoot(ev->code) == kProtestRoot) {
    ActorRef target = Target(ev->cue.token, ev->source);
    if (!target.actor.empty()) ev->targets.push_back(std::move(target));
  }
  // احتجاجات عمت العراق، قطع طريق بيروت: a place is where people protest; the crowd the
  // sentence names is who does.
  const bool place_protester = CameoRoot(ev->code) == kProtestRoot && ev->place_source;
  if (!(ev->source.actor.empty() || place_protester) || ev->passive ||
      CameoRoot(ev->code) < kFirstRootWithoutSource) {
    return;
  }
  // خرج المتظاهرون: CVL. A role noun also stands in for a source named without a code
  // (مليون متظاهر خرجوا تحت حماية البوليس).
  uint32_t role_word = 0;
  ActorRef role =
      RoleActor(a_, view_, roles_, ev->cue.token, victim_after ? Side::kBefore : Side::kBoth,
                ev->targets.empty() ? Span{} : ev->targets[0].span, &role_word,
                CameoRoot(ev->code) == kProtestRoot ? kCrowdReach : kRoleReach);
  const bool crowd_found = !role.actor.empty();
  // Only a crowd close to the verb is the one acting in it (قطع المتظاهرون الطريق).
  const uint32_t distance =
      role_word > ev->cue.token ? role_word - ev->cue.token : ev->cue.token - role_word;
  if (CameoRoot(ev->code) == kProtestRoot && !caller.actor.empty() &&
      (!crowd_found || distance > kRoleReach)) {
    ev->source = caller;
    ev->known_crowd = false;
    return;
  }
  if (crowd_found || ev->source.text.empty()) ev->source = std::move(role);
  // آلاف المتظاهرين، مئات من المتظاهرين: a counted crowd is news, not a known one.
  const uint32_t quantity_at = role_word > 0 && markers_.IsPreposition(view_.words[role_word - 1])
                                   ? role_word - 1
                                   : role_word;
  // مجموعة من المتظاهرين: a part of a crowd is counted too.
  const bool partitive = quantity_at > 0 && quantity_at < role_word &&
                         markers_.Is(Marker::kPartitive, view_.words[quantity_at - 1]);
  ev->known_crowd = crowd_found && IsDefinite(view_.words[role_word]) && !partitive &&
                    !QuantityBefore(hits_, view_.words, quantity_at) && distance <= kRoleReach;
}

}  // namespace marsad::events
