#include "events/victims.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "events/actor_refs.h"
#include "events/cue_traits.h"
#include "events/match_form.h"
#include "events/word_shapes.h"

namespace marsad::events {
namespace {

constexpr std::string_view kFrom = "\u0645\u0646";  // من

// Words after a role noun's count word (رجال مسلحين، عناصر الشرطة) still naming the agent.
constexpr uint32_t kAgentWords = 2;

// Words after a fight cue searched for the "مع" that names the other side (اشتبك العشرات من
// المتظاهرين ممن نجحوا في اقتحام المعبر مع رجال الامن).
constexpr uint32_t kOpponentReach = 20;

// Words after an assault verb searched for the attack it happened in (قتل X في هجوم).
constexpr uint32_t kAttackNounReach = 24;

// Words after an actor searched for a number that makes it the doer of an active verb
// (وقتل مهاجم انتحاري 47 شخصا): the number counts its object.
constexpr uint32_t kObjectCountReach = 3;

// Words after an aim word or a frame preposition searched for what an attack was aimed at.
constexpr uint32_t kAimWords = 5;
// Words after an assault cue searched for its frame preposition (أطلقت عشرات الصواريخ فجر أمس
// على …).
constexpr uint32_t kFramePrepositionReach = 8;

// Whether a word counts people: a number or a partitive word (اثنين، أحد، بعض).
bool CountsPeople(const MarkerLexicon& markers, std::string_view word) {
  return markers.IsCount(word) || markers.Is(Marker::kPartitive, word);
}

// Whether nothing at word `w` can be a direct object: the sentence ends, or a preposition, a
// noun with a prepositional proclitic (بانفجار، بجروح) or a word joined by و that names no actor
// (وأصيب) comes there.
bool NoObjectAt(const SentenceView& view, const MarkerLexicon& markers, uint32_t w) {
  w = NextWord(view, w);
  if (w >= view.words.size()) return true;
  const std::string& word = view.words[w];
  if (markers.IsPreposition(word)) {
    // قتل نحو 150 متمردا: a preposition before a number is part of the object it counts; من
    // may be the pronoun "who" of an object clause (وقتلت من كانوا على متنها).
    return word != kFrom && (w + 1 >= view.words.size() || !markers.IsCount(view.words[w + 1]));
  }
  if (view.prepositional[w]) return true;
  constexpr size_t kWawAndStem = 6;  // و and a stem of two letters or more
  return view.entity_at[w] < 0 && word.size() >= kWawAndStem && word.starts_with("\u0648");
}

// Whether a person or an organisation, not a place, is named at word `w` (قيادات في القاعدة).
bool BodyAt(const Analysis& a, const SentenceView& view, uint32_t w) {
  const int e = view.EntityStartingAt(w);
  if (e < 0) return false;
  const std::string& type = a.entities[view.entities[e].entity].type;
  return type == "ORG" || type == "PER";
}

}  // namespace

const MarkerHit* SubjectedAt(const MarkerLexicon& markers, const std::vector<MarkerHit>& hits,
                             const SentenceView& view, uint32_t token) {
  constexpr std::string_view kLam = "\u0644";  // ل
  for (const MarkerHit& h : hits) {
    if (h.marker != Marker::kSubjected || h.first_token != token) continue;
    uint32_t counted = 0;
    for (uint32_t w = h.end_token;
         w < view.words.size() && counted < static_cast<uint32_t>(h.reach); ++w) {
      const int e = view.entity_at[w];
      if (e >= 0 && view.entities[e].first != w) continue;  // inside a name counted already
      ++counted;
      const std::string_view word = view.words[w];
      if (word.size() > kLam.size() && word.substr(0, kLam.size()) == kLam) return &h;
      if (markers.Is(Marker::kSubjectedTo, word)) return &h;
      if (markers.IsPreposition(word)) break;
    }
  }
  return nullptr;
}

int SubjectedBefore(const MarkerLexicon& markers, const std::vector<MarkerHit>& hits,
                    const SentenceView& view, uint32_t cue) {
  for (const MarkerHit& h : hits) {
    if (h.marker == Marker::kFaced && h.end_token <= cue &&
        std::all_of(view.entity_at.begin() + h.end_token, view.entity_at.begin() + cue,
                    [](int e) { return e >= 0; })) {
      // واجه مجلس الأمن انتقادات: the act noun is the object, only a name between.
      return static_cast<int>(h.first_token);
    }
    if (h.marker != Marker::kSubjected || h.end_token > cue) continue;
    uint32_t counted = 0;
    for (uint32_t w = h.end_token; w < cue; ++w) {
      const int e = view.entity_at[w];
      if (e < 0 || view.entities[e].first == w) ++counted;
    }
    if (counted < static_cast<uint32_t>(h.reach) &&
        SubjectedAt(markers, hits, view, h.first_token) != nullptr) {
      return static_cast<int>(h.first_token);
    }
  }
  return -1;
}

bool VictimFollows(const SentenceView& view, const MarkerLexicon& markers,
                   const CuePattern& pattern, const CueMatch& cue) {
  if (!TakesTargetBy(pattern, "obj")) return false;
  const uint32_t next = cue.token + 1;
  if (next >= view.words.size()) return false;
  // After a noun, a name or a definite noun is its genitive (بقتل المدنيين); an indefinite one
  // is an adjective naming the attackers (هجوم مسلح، هجوم انتحاري).
  return CountsPeople(markers, view.words[next]) ||
         (cue.noun && (view.entity_at[next] >= 0 || IsDefinite(view.words[next])));
}

uint32_t VictimWord(const SentenceView& view, const MarkerLexicon& markers, uint32_t cue) {
  uint32_t next = cue + 1;
  const auto size = static_cast<uint32_t>(view.words.size());
  if (next + 1 >= size || !CountsPeople(markers, view.words[next])) {
    return next;
  }
  ++next;
  // إصابة عشرة بينهم ثلاثة من رجال الشرطة: some of those counted, counted in turn.
  if (next + 2 < size && markers.Is(Marker::kAmong, view.words[next]) &&
      markers.IsCount(view.words[next + 1])) {
    next += 2;
  }
  // مقتل 13 معظمهم من أفراد الشرطة: a part of those counted.
  if (next + 2 < size && markers.Is(Marker::kPartitive, view.words[next]) &&
      view.words[next + 1] == kFrom) {
    ++next;
  }
  if (next + 1 < size && view.words[next] == kFrom) ++next;
  return next;
}

bool ReadAsPassive(const SentenceView& view, const MarkerLexicon& markers,
                   const CuePattern& pattern, const CueMatch& cue, uint32_t subject_end,
                   bool actor_before, bool object_pronoun) {
  // وقتلهم: a verb carrying its object as a pronoun is active.
  if (cue.noun || object_pronoun || CameoRoot(pattern.code) != kFirstAssaultRoot) return false;
  if (pattern.code.starts_with("180") || pattern.code.starts_with("183")) return false;
  if (!TakesTargetBy(pattern, "obj")) return false;
  if (view.closes_phrase[cue.token] || NoObjectAt(view, markers, cue.token + 1)) return true;
  if (subject_end <= cue.token + 1 || view.closes_phrase[subject_end - 1] || actor_before) {
    return false;
  }
  // خطفوا مصورا: a verb that carries a plural subject is active; a passive one before its
  // subject is singular or dual (قتل جنديان).
  if (view.words[cue.token].ends_with("\u0648\u0627")) return false;
  // After the subject: a time or place phrase may precede the object of an active verb (خطف
  // مسلحون قبل خمسة أيام عددا من الأشخاص); only a new clause (وأصيب), the end, or a cause or
  // place phrase with no count after it (بنيران، في هجوم) leaves the verb without one.
  uint32_t w = subject_end;
  w = NextWord(view, w);
  // البيشمركة (القوات الكردية): a name of the same actor after the subject is its apposition.
  const int subject = view.entity_at[subject_end - 1];
  const int apposed = view.EntityStartingAt(w);
  if (subject >= 0 && apposed >= 0 && apposed != subject && !view.entities[subject].actor.empty() &&
      view.entities[apposed].actor == view.entities[subject].actor) {
    w = NextWord(view, view.entities[apposed].end);
  }
  if (w >= view.words.size()) return true;
  const bool new_clause = view.entity_at[w] < 0 && view.words[w].starts_with("\u0648");
  const bool cause_or_place = view.prepositional[w] || view.words[w] == "\u0641\u064A";  // في
  if (!(new_clause || cause_or_place) || !NoObjectAt(view, markers, w)) return false;
  constexpr uint32_t kObjectLookahead = 4;
  for (uint32_t k = w + 1; k < view.words.size() && k <= w + kObjectLookahead; ++k) {
    if (CountsPeople(markers, view.words[k])) {
      return new_clause;
    }
  }
  return true;
}

uint32_t SubjectEndAfter(const SentenceView& view, const MarkerLexicon& markers,
                         const RoleNouns& roles, uint32_t cue) {
  const uint32_t w = VictimWord(view, markers, cue);
  const int e = view.EntityStartingAt(w);
  if (e >= 0) return view.entities[e].end;
  const bool outside_names = w < view.words.size() && view.entity_at[w] < 0;
  if (outside_names && !roles.Find(view.words[w]).empty()) return w + 1;
  // قتل احد افراد البيشمركة: right after a count or a partitive word (no من between), the noun
  // it counts may head the name of those it belongs to.
  if (outside_names && w == cue + 2 && !view.closes_phrase[w]) {
    const int owner = view.ActorStartingAt(w + 1);
    if (owner >= 0) return view.entities[owner].end;
  }
  return 0;
}

void TakePassiveVictim(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                       const RoleNouns& roles, uint32_t cue, uint32_t subject_end, ActorRef* source,
                       std::vector<ActorRef>* targets) {
  const Span cue_span = WordSpan(a, view, cue);
  const uint32_t last_subject_word = subject_end > 0 ? subject_end - 1 : cue;
  const Span subject_span = WordSpan(a, view, last_subject_word);
  // أعلنت الشرطة أن عشرة قتلوا: the subject lies in the verb's own clause, after any clause
  // opener or phrase break before it.
  uint32_t victim_reach = 0;
  while (victim_reach < kVictimBeforeReach && victim_reach < cue) {
    const uint32_t w = cue - victim_reach - 1;
    if (view.entity_at[w] < 0 && (view.closes_phrase[w] || markers.IsClauseOpener(view.words[w]))) {
      break;
    }
    ++victim_reach;
  }
  const bool source_before = !source->span.empty() && victim_reach > 0 &&
                             source->span.end <= cue_span.start &&
                             source->span.start >= WordSpan(a, view, cue - victim_reach).start;
  const bool source_after = !source->span.empty() && source->span.start >= cue_span.end &&
                            source->span.start < subject_span.end;
  ActorRef victim;
  if (source_before || source_after) victim = *source;
  if (victim.actor.empty()) {
    victim = RoleActor(a, view, roles, cue, Side::kBefore, Span{}, nullptr, victim_reach);
  }
  const int counted = cue > 0 ? view.entity_at[cue - 1] : -1;
  if (victim.actor.empty() && counted >= 0 && view.entities[counted].first > 0 &&
      view.words[view.entities[counted].first - 1] == kFrom) {
    // تسعة عناصر من داعش قتلوا: the actor counted by من right before the verb.
    victim = RefOf(a, view, counted);
  }
  if (victim.actor.empty() && subject_end > 0) {
    victim = RoleActor(a, view, roles, cue, Side::kAfter, Span{}, nullptr, subject_end - cue);
  }
  std::erase_if(*targets, [&](const ActorRef& t) {
    return t.span.start >= subject_span.end || t.span == victim.span;
  });
  if (!victim.actor.empty()) targets->insert(targets->begin(), std::move(victim));
  *source = ActorRef{};
}

ActorRef DoerByNationality(const Analysis& a, const SentenceView& view, uint32_t attack) {
  for (uint32_t w = attack; w < view.words.size() && w <= attack + 1; ++w) {
    if (view.entity_at[w] < 0) continue;
    const int e = view.ActorStartingAt(w);
    if (e < 0 || view.entities[e].end <= attack + 1) return ActorRef{};
    const std::string& last = view.words[view.entities[e].end - 1];
    if (!LooksGentilic(last) || IsDefinite(last) != IsDefinite(view.words[attack])) {
      return ActorRef{};
    }
    return RefOf(a, view, e);
  }
  return ActorRef{};
}

ActorRef PassiveAgent(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                      const std::vector<MarkerHit>& hits, uint32_t cue) {
  for (const MarkerHit& h : hits) {
    if (h.marker != Marker::kAgent || !h.StartsWithinReachAfter(cue)) continue;
    for (uint32_t w = h.end_token; w < view.words.size() && w < h.end_token + kAgentWords; ++w) {
      const int e = view.EntityStartingAt(w);
      if (e >= 0) return RefOf(a, view, e);
      if (view.entity_at[w] >= 0) break;  // inside a name
      const std::string_view code = roles.Find(view.words[w]);
      if (!code.empty()) {
        const Span span = WordSpan(a, view, w);
        return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
      }
    }
  }
  return ActorRef{};
}

ActorRef OpponentAfterWith(const Analysis& a, const SentenceView& view,
                           const MarkerLexicon& markers, const RoleNouns& roles,
                           const CuePattern& pattern, uint32_t cue, const Span& source) {
  constexpr std::string_view kWith = "\u0645\u0639";
  const auto& frame = pattern.target_by;
  if (std::find(frame.begin(), frame.end(), kWith) == frame.end()) return ActorRef{};
  const auto size = static_cast<uint32_t>(view.words.size());
  for (uint32_t w = cue + 1; w < size && w <= cue + kOpponentReach; ++w) {
    if (view.entity_at[w] < 0 && markers.IsClauseOpener(view.words[w])) break;
    if (view.words[w] != kWith) continue;
    uint32_t next = w + 1;
    next = NextWord(view, next);
    if (next >= size) break;
    const int e = view.EntityStartingAt(next);
    ActorRef ref;
    if (e >= 0) {
      ref = RefOf(a, view, e);
      if (ref.actor.empty()) ref.actor = std::string(roles.Find(view.words[next]));
    } else if (view.entity_at[next] < 0 && !roles.Find(view.words[next]).empty()) {
      const Span span = WordSpan(a, view, next);
      ref =
          ActorRef{span, std::string(span.of(a.text())), std::string(roles.Find(view.words[next]))};
    }
    if (ref.actor.empty() || ref.span == source) return ActorRef{};
    return ref;
  }
  return ActorRef{};
}

uint32_t AttackAfter(const CueLexicon& cues, const SentenceView& view,
                     const std::vector<CueMatch>& matches, uint32_t cue) {
  constexpr std::string_view kIn = "\u0641\u064A";
  constexpr std::string_view kBa = "\u0628";
  for (const CueMatch& m : matches) {
    if (!m.noun || m.token <= cue || m.token - cue > kAttackNounReach) continue;
    if (CameoRoot(cues.patterns()[m.pattern].code) < kFirstAssaultRoot) continue;
    if (view.words[m.token - 1] == kIn || view.words[m.token].compare(0, 2, kBa) == 0) {
      return m.token;
    }
  }
  return 0;
}

bool CountAfterActor(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     uint32_t end) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t w = 0;
  while (w < size && WordSpan(a, view, w).end < end) ++w;
  if (w >= size || view.closes_phrase[w]) return false;
  for (uint32_t k = w + 1; k < size && k <= w + kObjectCountReach; ++k) {
    if (view.words[k].compare(0, 2, "\u0648") == 0) return false;
    if (markers.IsCount(view.words[k])) return true;
    if (view.closes_phrase[k]) return false;
  }
  return false;
}

ActorRef AimedTarget(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     const RoleNouns& roles, const std::vector<MarkerHit>& hits,
                     const CuePattern& pattern, uint32_t cue, const Span& source) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t start = size;
  for (const MarkerHit& h : hits) {
    if (h.marker == Marker::kAim && h.StartsWithinReachAfter(cue)) {
      start = std::min(start, h.end_token);
    }
  }
  for (uint32_t w = cue + 1; w < size && w <= cue + kFramePrepositionReach && w < start; ++w) {
    if (view.closes_phrase[w] || view.entity_at[w] >= 0) continue;
    for (const std::string& by : pattern.target_by) {
      if (by != "obj" && by.size() > 2 && view.words[w] == by) start = std::min(start, w + 1);
    }
  }
  uint32_t seen = 0;
  for (uint32_t w = start; w < size && seen < kAimWords; ++w) {
    if (view.words[w].empty()) continue;
    ++seen;
    const int e = view.entity_at[w];
    if (e < 0 && markers.IsClauseOpener(view.words[w])) break;
    // استهدفت حاجزا للتفتيش قرب مدينة الصدر: past a preposition of place what follows is where
    // the aim was, not what; not past the من of a part (استهدف مجموعة من الجنود), nor before a
    // body its members belong to (استهدفت قيادات في القاعدة).
    if (e < 0 && w > start && markers.Is(Marker::kSetting, view.words[w]) &&
        !CountsPeople(markers, view.words[w - 1]) && !BodyAt(a, view, w + 1)) {
      break;
    }
    const std::string_view role = e < 0 ? roles.Find(view.words[w]) : std::string_view{};
    // سيطر على بضع بلدات وأعدم أجانب: a word joined by و that names no actor opens a new clause.
    if (e < 0 && w > start && view.words[w].starts_with("\u0648") && role.empty()) break;
    if (e >= 0 && view.EntityStartingAt(w) == e) {
      ActorRef ref = RefOf(a, view, e);
      if (!ref.actor.empty() && ref.span != source) return ref;
    } else if (!role.empty()) {
      const Span span = WordSpan(a, view, w);
      if (span != source) return ActorRef{span, std::string(span.of(a.text())), std::string(role)};
    }
    if (view.closes_phrase[w]) break;
  }
  return ActorRef{};
}

// Words before a place searched for the preposition that opens its phrase.
constexpr uint32_t kPlacePhraseReach = 4;

bool InPhraseOfPlace(const MarkerLexicon& markers, const SentenceView& view, uint32_t first) {
  constexpr std::string_view kAnd = "\u0648";
  for (uint32_t k = 1; k <= kPlacePhraseReach && k <= first; ++k) {
    const uint32_t w = first - k;
    if (view.closes_phrase[w]) return false;
    std::string_view word = view.words[w];
    if (word.starts_with(kAnd)) word.remove_prefix(kAnd.size());
    // خمسة من 13 إثيوبياً: a counted name is people, not a place.
    if (markers.IsCount(word)) return false;
    if (markers.Is(Marker::kSetting, word)) return true;
  }
  return false;
}

bool PlaceNamed(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                const ActorRef& actor) {
  if (actor.span.empty()) return false;
  const int e = EntityStartingAtByte(a, view, actor.span.start);
  return e >= 0 && a.entities[view.entities[e].entity].type == "LOC" &&
         InPhraseOfPlace(markers, view, view.entities[e].first);
}

}  // namespace marsad::events
