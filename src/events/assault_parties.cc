#include "events/assault_parties.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "events/actor_refs.h"
#include "events/argument_finder.h"
#include "events/cue_traits.h"
#include "events/match_form.h"
#include "events/victims.h"

namespace marsad::events {

bool AssaultParties::FindVictim(CueEvent* ev) const {
  // مقتل ثلاثة أطباء، اغتيال الحريري، قتل 150 مدنيا: after an assault noun, or after an
  // assault verb followed by a number (a passive), the actor named next is the victim.
  const bool victim_after = CameoRoot(ev->code) >= kFirstAssaultRoot &&
                            VictimFollows(view_, markers_, *ev->pattern, ev->cue);
  const uint32_t victim_word = VictimWord(view_, markers_, ev->cue.token);
  if (victim_after && ev->targets.empty() && !ev->source.span.empty() &&
      victim_word < view_.words.size() &&
      ev->source.span.start > WordSpan(a_, view_, ev->cue.token).start &&
      ev->source.span.start < WordSpan(a_, view_, victim_word).end) {
    ev->targets.push_back(ev->source);
    ev->source = ActorRef{};
  }
  if (victim_after && ev->targets.empty() && victim_word < view_.words.size()) {
    // مقتل اثنين من عناصر الشرطة: the victim counted before من.
    const int e = view_.ActorStartingAt(victim_word);
    if (e >= 0) {
      ev->targets.push_back(RefOf(a_, view_, e));
      if (ev->source.span == ev->targets[0].span) ev->source = ActorRef{};
    }
  }
  if (ev->passive) {
    TakePassiveVictim(a_, view_, markers_, roles_, ev->cue.token, ev->subject_end, &ev->source,
                      &ev->targets);
  }
  return victim_after;
}

void AssaultParties::FindAttacker(CueEvent* ev, bool victim_after) const {
  const bool assault = CameoRoot(ev->code) >= kFirstAssaultRoot;
  const Span cue_word = WordSpan(a_, view_, ev->cue.token);
  const uint32_t attack = AttackAfter(cues_, view_, matches_, ev->cue.token);
  // في هجوم انتحاري، بهجوم مسلحين: the attacker named right after the attack noun.
  if (assault && !ev->cue.noun && ev->targets.empty() && !ev->source.span.empty() &&
      ev->source.span.start > cue_word.end && attack > 0 &&
      ev->source.span.end <= WordSpan(a_, view_, attack).start &&
      !CountAfterActor(a_, view_, markers_, ev->source.span.end)) {
    // وقتل 28 متطوعا في الجيش العراقي … في هجوم انتحاري: the actor after the passive verb
    // is the victim; the attack names its doer, if anyone.
    ev->targets.push_back(std::move(ev->source));
    ev->source = AttackerOf(attack, ev->targets[0].span);
  }
  if (ev->passive && ev->source.actor.empty() && attack > 0) {
    // ستة أشخاص قتلوا في هجوم انتحاري: the passive verb's attacker, likewise.
    ev->source = AttackerOf(attack, ev->targets.empty() ? Span{} : ev->targets[0].span);
  }
  if (assault && ev->cue.noun && !victim_after && ev->cue.token + 1 < view_.words.size() &&
      !IsDefinite(view_.words[ev->cue.token + 1])) {
    // وقتل خمسة جنود في هجوم انتحاري، بهجوم مسلح: an indefinite role noun right after the
    // attack noun names who attacked; an actor before the noun is not its doer.
    ActorRef attacker =
        RoleActor(a_, view_, roles_, ev->cue.token, Side::kAfter, Span{}, nullptr, 1);
    if (!attacker.actor.empty()) {
      std::erase_if(ev->targets, [&](const ActorRef& t) { return t.span == attacker.span; });
      ev->source = std::move(attacker);
    }
  }
  if (!assault) return;
  ActorRef agent = PassiveAgent(a_, view_, roles_, hits_, ev->cue.token);
  if (agent.actor.empty()) return;
  // The actor the coder took as the doer: the victim when it is the passive verb's subject
  // right before it; otherwise (a speaker) no part of the act.
  const uint32_t reach_start = ev->cue.token >= kVictimBeforeReach
                                   ? WordSpan(a_, view_, ev->cue.token - kVictimBeforeReach).start
                               : view_.first_token < a_.tokens.size()
                                   ? a_.tokens[view_.first_token].span.start
                                   : 0;
  const bool victim_before = !ev->source.span.empty() && ev->source.span.end <= cue_word.start &&
                             ev->source.span.start >= reach_start;
  const bool agent_as_target = !ev->targets.empty() && ev->targets[0].span == agent.span;
  if (agent_as_target) ev->targets.clear();
  if (victim_before && ev->targets.empty()) ev->targets.push_back(ev->source);
  ev->source = std::move(agent);
}

ActorRef AssaultParties::AttackerOf(uint32_t attack, Span skip) const {
  constexpr uint32_t kAttackerReach = 2;
  ActorRef doer = DoerByNationality(a_, view_, attack);
  if (!doer.actor.empty() && doer.span != skip) return doer;
  const int owner = AttackOwner(view_, markers_, attack);
  if (owner >= 0) {
    doer = RefOf(a_, view_, owner);
    if (doer.span != skip) return doer;
  }
  return RoleActor(a_, view_, roles_, attack, Side::kAfter, skip, nullptr, kAttackerReach);
}

void AssaultParties::TakeAttackerFromTargets(CueEvent* ev) const {
  if (CameoRoot(ev->code) < kFirstAssaultRoot) return;
  // A result noun (مقتل مسلحين) is followed by its victims; an attack noun (هجوم انتحاري) by
  // who attacked.
  const bool attack_cue = ev->cue.noun && !markers_.Is(Marker::kResult, view_.words[ev->cue.token]);
  // قتل 18 شخصا … في انفجار سيارتين، اربعة مدنيين أصيبوا … إثر انفجار: who is named before
  // an attack noun in a phrase of place or cause, when the attack names no one it hit, was hit
  // by it.
  const bool victims_before = attack_cue && !ev->source.span.empty() &&
                              ev->source.span.end <= WordSpan(a_, view_, ev->cue.token).start &&
                              AfterPreposition(markers_, view_.words, ev->cue.token);
  // قتل 20 في هجوم انتحاري، هجوم مسلحين على …: an indefinite role noun right after an attack
  // noun names who attacked, never whom.
  const uint32_t attack_noun =
      attack_cue ? ev->cue.token : AttackAfter(cues_, view_, matches_, ev->cue.token);
  const uint32_t doer_word = attack_noun + 1;
  ActorRef doer;
  // هجوم فلسطيني: a nationality adjective after the attack noun names who attacked, too.
  const bool named_doer =
      attack_noun > 0 && !ev->targets.empty() && doer_word < view_.words.size() &&
      ev->targets[0].span.start == WordSpan(a_, view_, doer_word).start &&
      ((!IsDefinite(view_.words[doer_word]) && !roles_.Find(view_.words[doer_word]).empty()) ||
       DoerByNationality(a_, view_, attack_noun).span == ev->targets[0].span);
  if (named_doer) {
    doer = ev->targets[0];
    if (ev->source.actor.empty() && ev->source.text.empty()) ev->source = doer;
    ev->targets.erase(ev->targets.begin());
  }
  // قتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة كابل: a place the coder took as the target is
  // only where the attack hit, when the attack noun right after its preposition names it alone
  // (not محاولة هجوم قاموا بها, whose doers may be those named before).
  const bool place_target = victims_before && ev->targets.size() == 1 &&
                            PlaceNamed(a_, view_, markers_, ev->targets[0]) &&
                            markers_.IsPreposition(view_.words[ev->cue.token - 1]);
  if (victims_before && (ev->targets.empty() || place_target)) {
    ev->targets.assign(1, std::exchange(ev->source, doer));
  }
}

void AssaultParties::TakeClaimant(CueEvent* ev) const {
  // تعرضت ثكنة الغلاوية لاعتداء …، وقد تبناه تنظيم القاعدة: who claimed the attack did it; an
  // actor the coder took as its doer before it was hit by it.
  constexpr uint32_t kClaimantReach = 3;
  const uint32_t cue = ev->cue.token;
  for (const MarkerHit& claim : hits_) {
    if (claim.marker != Marker::kClaim || !claim.StartsWithinReachAfter(cue)) continue;
    for (uint32_t w = claim.end_token;
         w < view_.words.size() && w < claim.end_token + kClaimantReach; ++w) {
      const int e = view_.ActorStartingAt(w);
      if (e < 0) continue;
      ActorRef claimant = RefOf(a_, view_, e);
      std::erase_if(ev->targets, [&](const ActorRef& t) { return t.span == claimant.span; });
      const bool doer_before =
          !ev->source.span.empty() && ev->source.span.end <= WordSpan(a_, view_, cue).start;
      if (ev->targets.empty() && doer_before) ev->targets.push_back(std::move(ev->source));
      ev->source = std::move(claimant);
      return;
    }
    return;
  }
}

ActorRef AssaultParties::VictimsOfOutcome(uint32_t cue) const {
  // فجرا نفسيهما قرب القوة المداهمة، ما أسفر عن إصابة ثلاثة من عناصر الجيش: the victims the
  // act's outcome names, counted or not, right after its result noun.
  constexpr uint32_t kOutcomeReach = 12;
  for (const MarkerHit& outcome : hits_) {
    // أسفر انفجار سيارة ملغومة في وسط المدينة عن إصابة عشرة: the act is the subject of the
    // outcome verb right before it; its result follows the act, after a preposition.
    if (outcome.marker == Marker::kOutcome && outcome.end_token == cue) return ResultVictims(cue);
    if (outcome.marker != Marker::kOutcome || outcome.first_token <= cue ||
        outcome.first_token - cue > kOutcomeReach) {
      continue;
    }
    for (const MarkerHit& result : hits_) {
      if (result.marker != Marker::kResult || result.first_token < outcome.end_token ||
          result.first_token - outcome.end_token >= static_cast<uint32_t>(outcome.reach)) {
        continue;
      }
      const int e = view_.ActorStartingAt(VictimWord(view_, markers_, result.first_token));
      return e >= 0 ? RefOf(a_, view_, e) : ActorRef{};
    }
    return ActorRef{};
  }
  return ActorRef{};
}

ActorRef AssaultParties::ResultVictims(uint32_t act) const {
  constexpr uint32_t kResultReach = 12;
  for (const MarkerHit& result : hits_) {
    if (result.marker != Marker::kResult || result.first_token <= act + 1 ||
        result.first_token - act > kResultReach) {
      continue;
    }
    if (!markers_.IsPreposition(view_.words[result.first_token - 1])) continue;
    const uint32_t w = VictimWord(view_, markers_, result.first_token);
    const int e = view_.ActorStartingAt(w);
    if (e >= 0) return RefOf(a_, view_, e);
    // مقتل 71 شخصا: a role noun names them too.
    const bool outside_names = w < view_.words.size() && view_.entity_at[w] < 0;
    const std::string_view code = outside_names ? roles_.Find(view_.words[w]) : std::string_view{};
    if (code.empty()) return ActorRef{};
    const Span span = WordSpan(a_, view_, w);
    return ActorRef{span, std::string(span.of(a_.text())), std::string(code)};
  }
  return ActorRef{};
}

void AssaultParties::FindAssaultTarget(CueEvent* ev) const {
  const bool assault = CameoRoot(ev->code) >= kFirstAssaultRoot;
  if (ev->targets.empty() && assault) {
    ActorRef opponent = OpponentAfterWith(a_, view_, markers_, roles_, *ev->pattern, ev->cue.token,
                                          ev->source.span);
    if (!opponent.actor.empty()) ev->targets.push_back(std::move(opponent));
  }
  if (ev->targets.empty() && assault) {
    ActorRef aimed = AimedTarget(a_, view_, markers_, roles_, hits_, *ev->pattern, ev->cue.token,
                                 ev->source.span);
    if (!aimed.actor.empty()) ev->targets.push_back(std::move(aimed));
  }
  if (ev->targets.empty() && assault && !ev->passive && !ev->pattern->target_by.empty()) {
    // هاجم مسلحون دورية للشرطة: the role noun after the cue is the target.
    ActorRef target = RoleActor(a_, view_, roles_, ev->cue.token, Side::kAfter, ev->source.span);
    if (!target.actor.empty()) ev->targets.push_back(std::move(target));
  }
  if (assault) TakeClaimant(ev);
  if (ev->targets.empty() && assault) {
    ActorRef victims = VictimsOfOutcome(ev->cue.token);
    if (!victims.actor.empty()) ev->targets.push_back(std::move(victims));
  }
  // An attack in words (تعرض الوزير لهجوم حاد، now 111) has its victim there all the same, and
  // so has any act of conflict one is subjected to or faces (تعرض لانتقادات، يواجه اتهامات).
  const bool conflict_noun = ev->cue.noun && CameoRoot(ev->pattern->code) >= kFirstConflictRoot;
  const int subjected = conflict_noun ? ev->subjected_at : -1;
  if (subjected < 0) return;
  const bool named_source =
      !ev->source.span.empty() && EntityStartingAtByte(a_, view_, ev->source.span.start) >= 0;
  if (named_source && ev->source.span.end <= WordSpan(a_, view_, ev->cue.token).start &&
      ev->source.span.end >= WordSpan(a_, view_, subjected > 0 ? subjected - 1 : 0).end) {
    // تعرض الجيش لهجوم انتحاري، تعرضت قافلة السفير لهجوم: who was subjected to the attack
    // (a name right before تعرض or between it and the act) is its victim, not its doer; no
    // actor after the act is then its target. A role word there may be an adjective
    // (تعرضت قافلته الدبلوماسية).
    ev->targets.assign(1, ev->source);
    ev->source = ActorRef{};
  }
}

}  // namespace marsad::events
