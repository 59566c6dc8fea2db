#include "events/event_coder.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_set>

#include "core/tsv_file.h"
#include "events/argument_finder.h"
#include "events/codebook.h"
#include "events/cue_finder.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/match_form.h"
#include "events/quote_finder.h"
#include "events/repeat_merger.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

struct EventCoder::Resources {
  Codebook codebook;
  CueLexicon cues;
  MarkerLexicon markers;
  RoleNouns roles;
  std::unordered_set<std::string> countries;  // country codes (RUS), not regions (WST, MEA)
};

namespace {

constexpr int kMinQuoteWords = 2;
constexpr std::string_view kFrom = "\u0645\u0646";  // من
// Acts coded even when the sentence names no one doing them (قُتل ثلاثة، خرجت مظاهرات):
// material conflict, from CAMEO root 14 on.
constexpr int kFirstRootWithoutSource = 14;
// Assault, fight and mass violence (CAMEO 18-20): acts with a victim.
constexpr int kFirstAssaultRoot = 18;

int Root(std::string_view code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

constexpr std::string_view kStatement = "010";  // make statement: a report saying no more
constexpr std::string_view kCriticize = "111";  // criticize or denounce

// Words after an appeal, offer, demand, rejection or threat that name its content.
constexpr uint32_t kContentReach = 5;

// Whether the noun at `noun` is near enough to the verb at `verb` to be its content: within
// kContentReach words, or as many words outside names with no punctuation between (تدعو مفوض
// الأمم المتحدة لحقوق الإنسان لزيارة عدن; not «… نطالب بوقفها» وعبر رئيس الإقليم في اتصال).
bool NearVerb(const SentenceView& view, uint32_t verb, uint32_t noun) {
  if (noun <= verb + kContentReach) return true;
  uint32_t outside_names = 0;
  for (uint32_t w = verb + 1; w < noun && w < view.words.size(); ++w) {
    if (view.closes_phrase[w] || view.words[w].empty()) return false;
    if (view.entity_at[w] < 0) ++outside_names;
  }
  return outside_names < kContentReach;
}

// Whether a verb's object names an act that is asked for, offered, refused or threatened
// rather than done: CAMEO roots 02, 03, 10, 12 and 13.
bool GovernsContent(const CuePattern& verb) {
  if (verb.kind != CueKind::kAct) return false;
  const int root = Root(verb.code);
  return root == 2 || root == 3 || root == 10 || root == 12 || root == 13;
}

// What the coder knows about one cue of a sentence while it works on the sentence.
struct CueEvent {
  CueMatch cue;
  const CuePattern* pattern = nullptr;
  CueKind kind = CueKind::kAct;  // the pattern's, or kDeny when a statement's content denies
  std::string code;              // the pattern's, or what a statement's content codes
  Arguments args;
  ActorRef source;
  std::vector<ActorRef> targets;
  bool negated = false;
  std::string modality = "actual";
  int governor = -1;         // index of the report/deny cue whose clause holds this cue
  bool absorbed = false;     // its act is coded as the content of the report before it
  bool known_crowd = false;  // its source is a definite role noun (المتظاهرون) named before
  bool any = false;          // a noun after أي: any such act (أي توصية أو عرض)
  std::vector<bool> counterpart;  // targets[k] follows نظيره: it takes the source's role
  bool place_source = false;  // its source is a place named as an actor (موسكو، روسيا)
  bool possessive = false;    // a noun with a pronoun suffix (اقتراحه): an act named before
  bool refers_back = false;   // its code is that of the act its possessive content names
  bool headline = false;      // a headline's "X: …" read as X's statement
  bool own_meeting = false;  // a meeting noun followed by "بينه وبين X": its subject's with X
  bool passive = false;      // an assault verb read as a passive: its subject is the victim
  uint32_t subject_end = 0;   // one past the actor right after the verb, or 0
  uint32_t content_from = 0;  // of a statement coded by its appeal: the word after the appeal
};

ActorRef RefOf(const Analysis& a, const SentenceView& view, int e) {
  const Entity& entity = a.entities[view.entities[e].entity];
  return ActorRef{entity.span, std::string(entity.span.of(a.text())), entity.actor};
}

Span WordSpan(const Analysis& a, const SentenceView& view, uint32_t word) {
  return a.tokens[view.first_token + word].span;
}

// Words around a cue searched for a role noun (المتظاهرون، مسلحون) as its actor.
constexpr uint32_t kRoleReach = 8;
// Words around a protest searched for its crowd: the sentence often names it further on
// (اندلعت مظاهرات في … ، ورفع المتظاهرون شعارات).
constexpr uint32_t kCrowdReach = 24;

// The nearest role noun to the cue outside names, the word after the cue first (وتجمع
// المتظاهرون); an empty reference when none is within reach.
// Which side of the cue RoleActor searches.
enum class Side { kBoth, kAfter, kBefore };

ActorRef RoleActor(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                   uint32_t cue, Side side = Side::kBoth, Span skip = Span{},
                   uint32_t* found_at = nullptr, uint32_t reach = kRoleReach) {
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

// The first word at or after `from` that is not empty (punctuation alone folds to nothing),
// or the sentence's size.
uint32_t NextWord(const SentenceView& view, uint32_t from) {
  while (from < view.words.size() && view.words[from].empty()) ++from;
  return from;
}

// The target entity `e`, or the coded name right after it when `e` itself has no code: ندد
// "بالدكتاتور" بشار الأسد.
ActorRef TargetRef(const Analysis& a, const SentenceView& view, int e) {
  ActorRef ref = RefOf(a, view, e);
  if (!ref.actor.empty()) return ref;
  uint32_t next = view.entities[e].end;
  next = NextWord(view, next);
  if (next < view.words.size() && view.entity_at[next] >= 0 &&
      view.entities[view.entity_at[next]].first == next) {
    ActorRef apposed = RefOf(a, view, view.entity_at[next]);
    if (!apposed.actor.empty()) return apposed;
  }
  return ref;
}

// People of a kind named by the actors stage with a bare role code (المتظاهرون، مسلحون،
// سكان → CVL, UAF) are no named actors to the coder: it reads them as role nouns, where they
// stand to the cue (RoleActor, ProtestTarget), and only in material acts, where a crowd or armed
// men are the actor the guide codes; a statement or meeting of «سكان» or «الناس» is not coded.
// The view of the sentence the coder reads has no such names. Institutions (الجيش → MIL,
// الحكومة → GOV) stay: they act like named actors; so does a person a role noun introduces
// (المواطن سامي أنور: the name right after the role noun, coded with its role).
SentenceView WithoutPeopleRoles(SentenceView view, const RoleNouns& roles) {
  std::vector<EntityInSentence> kept;
  std::vector<int> renumbered(view.entities.size(), -1);
  for (size_t e = 0; e < view.entities.size(); ++e) {
    const EntityInSentence& entity = view.entities[e];
    const auto introduced = [&] {
      return entity.first > 0 && !roles.Find(view.words[entity.first - 1]).empty();
    };
    if (roles.NamesPeople(entity.actor) && !introduced()) continue;
    renumbered[e] = static_cast<int>(kept.size());
    kept.push_back(std::move(view.entities[e]));
  }
  view.entities = std::move(kept);
  for (int& e : view.entity_at) {
    if (e >= 0) e = renumbered[e];
  }
  return view;
}

// روسيا قد تنضم إلى العمليات العسكرية المشتركة … على أن يكون التحالف الدولي …: what a join
// verb (CAMEO 06) names after its frame preposition is no actor but a joint undertaking
// (العمليات، الجهود، الحملة); it is that of the alliance (an IGO actor) the sentence names
// after it. The entity index of that alliance, or -1.
int AllianceOfJoinedUndertaking(const SentenceView& view, const CuePattern& pattern, uint32_t cue,
                                const ActorRef& source) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t next = cue + 1;
  next = NextWord(view, next);
  const auto& frame = pattern.target_by;
  if (next + 1 >= size || std::find(frame.begin(), frame.end(), view.words[next]) == frame.end() ||
      view.entity_at[next + 1] >= 0) {
    return -1;
  }
  for (uint32_t w = next + 1; w < size; ++w) {
    const int e = view.entity_at[w];
    if (e < 0 || view.entities[e].first != w) continue;
    const std::string& actor = view.entities[e].actor;
    if (actor.starts_with("IGO") && actor != source.actor) return e;
  }
  return -1;
}

// The entity that starts right after the word at `word` (past quote marks): the genitive of a
// noun there; -1 when none does.
int EntityRightAfter(const SentenceView& view, uint32_t word) {
  uint32_t next = word + 1;
  next = NextWord(view, next);
  if (next >= view.words.size()) return -1;
  const int e = view.entity_at[next];
  return e >= 0 && view.entities[e].first == next ? e : -1;
}

// Whether entity `e` starts right after the noun at `noun`: its genitive.
bool GenitiveAfter(const SentenceView& view, uint32_t noun, int e) {
  return e >= 0 && EntityRightAfter(view, noun) == e;
}

// Whether the cue's target column (events.tsv) lists `by`: "obj" a direct object, "gen" the
// genitive of the verbal noun it needs after it.
bool TakesTargetBy(const CuePattern& pattern, std::string_view by) {
  return std::find(pattern.target_by.begin(), pattern.target_by.end(), by) !=
         pattern.target_by.end();
}

// Words after a cue searched for "بين X وY" naming the parties of a relation.
constexpr uint32_t kBetweenReach = 8;

// "بين X وY" after the cue (التعاون الثنائي بين روسيا والعراق): the party of another country
// than the source's; -1 when there is none.
int PartyBetween(const Analysis& a, const SentenceView& view, const RoleNouns& roles, uint32_t cue,
                 const ActorRef& source) {
  if (source.actor.size() < 3 || roles.IsBareRole(source.actor)) return -1;
  const std::string country = source.actor.substr(0, 3);
  const auto size = static_cast<uint32_t>(view.words.size());
  for (uint32_t w = cue + 1; w < size && w <= cue + kBetweenReach; ++w) {
    if (view.words[w] != "\u0628\u064A\u0646") continue;
    for (uint32_t i = w + 1; i < size && i <= w + 4; ++i) {
      const int e = view.entity_at[i];
      if (e < 0 || view.entities[e].first != i) continue;
      const std::string& actor = a.entities[view.entities[e].entity].actor;
      if (actor.size() >= 3 && !roles.IsBareRole(actor) && actor.compare(0, 3, country) != 0) {
        return e;
      }
    }
    return -1;
  }
  return -1;
}

// خلال اللقاء بينه وبين لافروف: the actor right after "بينه وبين" (بينها، بينهم، بيننا) that
// follows the cue; the pronoun is the cue's subject. -1 when the cue is not followed so.
int PartnerAfterOwnBetween(const SentenceView& view, uint32_t cue) {
  static constexpr std::string_view kWithPronoun[] = {
      "\u0628\u064A\u0646\u0647", "\u0628\u064A\u0646\u0647\u0627",
      "\u0628\u064A\u0646\u0647\u0645", "\u0628\u064A\u0646\u0646\u0627",
      "\u0628\u064A\u0646\u0647\u0645\u0627"};
  constexpr std::string_view kAndBetween = "\u0648\u0628\u064A\u0646";
  const uint32_t partner = cue + 3;
  if (partner >= view.words.size() || view.words[cue + 2] != kAndBetween) return -1;
  if (std::find(std::begin(kWithPronoun), std::end(kWithPronoun), view.words[cue + 1]) ==
      std::end(kWithPronoun)) {
    return -1;
  }
  const int e = view.entity_at[partner];
  return e >= 0 && view.entities[e].first == partner ? e : -1;
}

// قادة سوريا ودول المنطقة، ومن ضمنها تركيا والأردن: countries listed after an actor with a
// role (SYRGOV) are meant in that role (TURGOV, JORGOV). A bare role (الشرطة → COP) is no
// country and keeps its code.
void ShareRole(const RoleNouns& roles, std::vector<ActorRef>* list) {
  constexpr size_t kCountryLength = 3;
  if (list->size() < 2 || (*list)[0].actor.size() <= kCountryLength) return;
  const std::string role = (*list)[0].actor.substr(kCountryLength);
  for (size_t k = 1; k < list->size(); ++k) {
    std::string& actor = (*list)[k].actor;
    if (actor.size() == kCountryLength && !roles.IsBareRole(actor)) actor += role;
  }
}

// رفض روسيا المشاركة … عبرا عن رفض موسكو المشاركة: one sentence telling an act twice, by the
// country's name and by its capital or office, tells who in the country acts; the record with
// the bare country takes that role (RUS → RUSGOV) when the sentence names only one. Not for
// statements (CAMEO 01): two speakers of one country say two things. A bare role (COP) is no
// country.
void ShareSourceRole(const RoleNouns& roles, std::vector<Event>* events) {
  constexpr size_t kCountryLength = 3;
  for (Event& bare : *events) {
    if (bare.source.actor.size() != kCountryLength || roles.IsBareRole(bare.source.actor)) {
      continue;
    }
    std::string role;
    bool one_role = true;
    for (const Event& other : *events) {
      const std::string& actor = other.source.actor;
      // Statements of two speakers are two acts; so are acts of different codes.
      if (&other == &bare || actor.size() <= kCountryLength ||
          actor.compare(0, kCountryLength, bare.source.actor) != 0 || other.code != bare.code ||
          bare.code.starts_with("01")) {
        continue;
      }
      if (!role.empty() && role != actor) one_role = false;
      role = actor;
    }
    if (!role.empty() && one_role) bare.source.actor = role;
  }
}

// Whether a government's act of this code, addressed to a country, is addressed to that
// country's government: an offer, consultation, diplomatic cooperation or aid (CAMEO 03, 04,
// 05, 07) goes from government to government (أشاد لافروف بالتعاون بين روسيا والعراق →
// IRQGOV); an appeal, a demand or a criticism may address the country as a whole.
bool GovernmentToGovernment(std::string_view code) {
  const int root = Root(code);
  return root == 3 || root == 4 || root == 5 || root == 7;
}

// The target as the government of its country when a government addresses the country by
// name in a government-to-government act (see GovernmentToGovernment).
void AddressTheGovernment(const std::unordered_set<std::string>& countries, const Event& event,
                          ActorRef* target) {
  constexpr size_t kCountryLength = 3;
  constexpr std::string_view kGovernment = "GOV";
  const std::string& source = event.source.actor;
  if (source.size() != kCountryLength + kGovernment.size() ||
      source.compare(kCountryLength, std::string::npos, kGovernment) != 0 ||
      target->actor.size() != kCountryLength || !countries.contains(target->actor) ||
      source.compare(0, kCountryLength, target->actor) == 0 ||
      !GovernmentToGovernment(event.code)) {
    return;
  }
  target->actor += kGovernment;
}

// نظيره العراقي: a counterpart named by its country has the role of its peer (IRQ → IRQGOV);
// one named by a bare role (COP) keeps it.
void TakeRoleOf(const RoleNouns& roles, const ActorRef& peer, ActorRef* counterpart) {
  constexpr size_t kCountryLength = 3;
  if (counterpart->actor.size() == kCountryLength && peer.actor.size() > kCountryLength &&
      !roles.IsBareRole(counterpart->actor)) {
    counterpart->actor += peer.actor.substr(kCountryLength);
  }
}

bool SameCountry(const ActorRef& x, const ActorRef& y) {
  return x.actor.size() >= 3 && y.actor.size() >= 3 && x.actor.compare(0, 3, y.actor, 0, 3) == 0;
}

// Whether `word` (after و/ف) starts like a present-tense verb and not like a verbal noun of
// the forms تفاعل/تفعيل (تعاون، تنسيق): يـ، نـ، تتـ.
bool PresentPrefix(std::string_view word) {
  word = WithoutConjunction(word, 1);
  return word.substr(0, 2) == "\u064A" || word.substr(0, 2) == "\u0646" ||
         word.substr(0, 4) == "\u062A\u062A";
}

// Whether the word as written ends with a pronoun suffix ـه، ـها، ـهم (not ـة): اقتراحه.
bool EndsWithPronoun(std::string_view raw) {
  while (!raw.empty() && static_cast<unsigned char>(raw.back()) < 0x80) raw.remove_suffix(1);
  constexpr std::string_view kHa = "\u0647";
  constexpr std::string_view kHum = "\u0647\u0645";
  constexpr std::string_view kHaa = "\u0647\u0627";
  for (std::string_view suffix : {kHa, kHum, kHaa}) {
    if (raw.size() > suffix.size() + 4 && raw.substr(raw.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

// The code of the most specific (then latest) act of the same source country and CAMEO root
// coded before in the article (أبلغ قادة تركيا باقتراحه: the proposal coded where it was
// made), or `code`.
std::string CodeOfEarlierAct(const std::vector<Event>& earlier, const ActorRef& source,
                             const std::string& code) {
  // The most specific such act: the generic mentions (اقترحنا التعاون) usually recall it.
  std::string best = code;
  bool found = false;
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (SameCountry(it->source, source) && it->code.compare(0, 2, code, 0, 2) == 0 &&
        (!found || it->code.size() > best.size())) {
      best = it->code;
      found = true;
    }
  }
  return best;
}

// Whether `code` is a request or proposal (CAMEO 02 appeal, 03 intent to cooperate): what an
// acceptance (وافق على المقترح) answers.
bool IsProposal(std::string_view code) {
  const int root = Root(code);
  return root == 2 || root == 3;
}

// Words after an acceptance searched for the request or proposal it accepts.
constexpr uint32_t kAcceptedReach = 10;

// وافق على هذا المقترح، موافقة الأسد على الطلب: an act followed by a request or proposal noun
// named as a known one (after a demonstrative, or with the article) answers the latest request
// or proposal of another country reported before it, in the sentence (`before`) or the article
// (`earlier`); its maker is the target. An empty reference when none applies.
struct AcceptedProposal {
  ActorRef maker;
  std::string code;  // the proposal's
};

AcceptedProposal MakerOfKnownProposal(const CueLexicon& cues, const MarkerLexicon& markers,
                                      const SentenceView& view, const CueEvent& ev,
                                      std::span<const CueEvent> before,
                                      const std::vector<Event>& earlier) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t noun = 0;
  for (uint32_t w = ev.cue.token + 1; w < size && w <= ev.cue.token + kAcceptedReach; ++w) {
    if (view.entity_at[w] >= 0) continue;
    if (markers.IsClauseOpener(view.words[w])) return {};
    const std::vector<CueForm>* forms = cues.Find(view.words[w]);
    const bool proposal =
        forms != nullptr && std::any_of(forms->begin(), forms->end(), [&](const CueForm& f) {
          return f.noun && IsProposal(cues.patterns()[f.pattern].code);
        });
    if (proposal) {
      noun = w;
      break;
    }
  }
  if (noun == 0) return {};
  const bool known =
      IsDefinite(view.words[noun]) || markers.Is(Marker::kKnown, BareForm(view.words[noun - 1]));
  if (!known) return {};
  auto other_maker = [&](const ActorRef& maker) {
    return !maker.actor.empty() && !SameCountry(maker, ev.source);
  };
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (it->cue.token < ev.cue.token && IsProposal(it->code) && other_maker(it->source)) {
      return {it->source, it->code};
    }
  }
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (IsProposal(it->code) && other_maker(it->source)) {
      ActorRef maker = it->source;
      maker.span = Span{};  // named in another sentence
      return {maker, it->code};
    }
  }
  return {};
}

// The intent to cooperate that accepts a proposal of `code`: its kind carries over (a
// military request or offer accepted is military cooperation intended: 0212 → 0312).
std::string AcceptanceCode(std::string_view code, std::string generic) {
  if (code == "0212" || code == "0312") return "0312";
  if (code == "026" || code == "036") return "036";
  if (code == "021" || code == "031") return "031";
  return generic;
}

// Words after an acceptance or offer searched for the على that introduces what it is "on".
constexpr uint32_t kOnReach = 12;

// وافق الاتحاد على تعيين مدرب، وافقت الشركة على شراء …: an intent to cooperate "على"
// something (not an actor) that names no proposal, request, plan or cooperation within reach
// (data/lexicon/events_markers.tsv, accepted) is an administrative decision, not CAMEO 03.
bool AdministrativeDecision(const MarkerLexicon& markers, const RoleNouns& roles,
                            const SentenceView& view, const CueEvent& ev) {
  const auto& frame = ev.pattern->target_by;
  if (ev.kind != CueKind::kAct || Root(ev.code) != 3 || !ev.targets.empty() ||
      std::find(frame.begin(), frame.end(), "\u0639\u0644\u064A") == frame.end()) {
    return false;
  }
  const auto size = static_cast<uint32_t>(view.words.size());
  for (uint32_t w = ev.cue.token + 1; w < size && w <= ev.cue.token + kOnReach; ++w) {
    if (view.words[w] != "\u0639\u0644\u064A") {
      // A comma after the subject (وافق مجلس الوزراء، أمس على) does not end the clause.
      if (view.closes_phrase[w] && view.entity_at[w] < 0 && !view.words[w].empty() &&
          (w + 1 >= size || !view.words[w + 1].empty())) {
        return false;
      }
      continue;
    }
    uint32_t next = w + 1;
    next = NextWord(view, next);
    if (next >= size || view.entity_at[next] >= 0 || !roles.Find(view.words[next]).empty()) {
      return false;  // عرض على قادة سوريا: على introduces the actor addressed
    }
    if (markers.Is(Marker::kKnown, BareForm(view.words[next]))) ++next;  // على هذا المقترح
    return markers.NearestStem(Marker::kAccepted, view.words, next) < 0;
  }
  return false;
}

// Whether the word at `token` is in what a question asks: in the words before a ؟ (SentenceView)
// and not before the question's own interrogative (… فاصطحبه، إلا أن السؤال هل هي …؟: the
// question starts at هل).
bool AskedAbout(const MarkerLexicon& markers, const SentenceView& view, uint32_t token) {
  if (!view.asked[token]) return false;
  for (uint32_t w = token + 1; w < view.words.size() && view.asked[w]; ++w) {
    if (markers.Is(Marker::kInterrogative, view.words[w])) return false;
  }
  return true;
}

// Whether exactly one clause opener (أن، إن) stands between words `from` and `to`: the clause
// of the speaker at `from`; a second one (وبحسب رويترز فإن …) opens a clause of another speaker.
int ClauseOpenersBetween(const MarkerLexicon& markers, const std::vector<std::string>& words,
                         uint32_t from, uint32_t to) {
  int openers = 0;
  for (uint32_t w = from + 1; w < to && w < words.size(); ++w) {
    if (markers.IsClauseOpener(words[w])) ++openers;
  }
  return openers;
}

bool OneClauseBetween(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      uint32_t from, uint32_t to) {
  return ClauseOpenersBetween(markers, words, from, to) == 1;
}

// Whether the noun at `token` follows أي, directly or as the second of two nouns joined by أو
// (أي توصية أو عرض).
bool AfterAny(const MarkerLexicon& markers, const std::vector<std::string>& words, uint32_t token) {
  constexpr std::string_view kOr = "\u0627\u0648";
  if (token > 0 && markers.Is(Marker::kAny, BareForm(words[token - 1]))) return true;
  return token > 2 && words[token - 1] == kOr &&
         markers.Is(Marker::kAny, BareForm(words[token - 3]));
}

// Whether `word` (after و/ف) starts like a present-tense verb: يـ، تـ، نـ.
bool LooksPresent(std::string_view word) {
  word = WithoutConjunction(word, 1);
  return word.size() > 2 && (word.substr(0, 2) == "\u064A" || word.substr(0, 2) == "\u062A" ||
                             word.substr(0, 2) == "\u0646");
}

// Whether a `marker` phrase ends within its reach before word `token` (سؤال حول …، تمهيدا ل…).
bool WithinReachAfter(const std::vector<MarkerHit>& hits, Marker marker, uint32_t token) {
  return std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
    return h.marker == marker && h.end_token <= token &&
           token - h.end_token < static_cast<uint32_t>(h.reach);
  });
}

// Whether a word saying that an act took place (وقع، أسفر، اندلعت) lies within its reach of the
// cue, on either side: وقع الهجوم أمس; مظاهرة خرجت. One elsewhere in the sentence speaks of
// another act.
bool OccurredNear(const std::vector<MarkerHit>& hits, uint32_t cue) {
  return std::any_of(hits.begin(), hits.end(), [cue](const MarkerHit& h) {
    if (h.marker != Marker::kOccurred) return false;
    const uint32_t reach = static_cast<uint32_t>(h.reach);
    if (reach == 0) return true;
    if (h.end_token <= cue) return cue - h.end_token < reach;
    return h.first_token > cue && h.first_token - cue <= reach;
  });
}

// وأعلنت الشرطة مقتل 13 في هجوم انتحاري، أكد مصدر أمني إصابة خمسة جنود: a result noun an
// announcement verb reports (its subject between them, no reported clause opened by أن) tells
// that the act took place; so do the act nouns within the result's reach after it.
bool AnnouncedResult(const MarkerLexicon& markers, const std::vector<std::string>& words,
                     const std::vector<MarkerHit>& hits, uint32_t cue) {
  for (const MarkerHit& result : hits) {
    if (result.marker != Marker::kResult || cue < result.first_token ||
        cue - result.first_token > static_cast<uint32_t>(result.reach)) {
      continue;
    }
    const bool announced = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
      if (h.marker != Marker::kAnnounce || h.end_token > result.first_token ||
          result.first_token - h.end_token > static_cast<uint32_t>(h.reach)) {
        return false;
      }
      for (uint32_t w = h.end_token; w < result.first_token; ++w) {
        if (markers.IsClauseOpener(words[w])) return false;
      }
      return true;
    });
    if (announced) return true;
  }
  return false;
}

// Words after the colon of a dated line whose act nouns the line tells.
constexpr uint32_t kDatedLineReach = 6;

// The day and month opening the sentence (17 مارس), a date with no year the date finder may
// leave out; nullopt when the sentence opens otherwise.
std::optional<Span> DayAndMonthAtStart(const Analysis& a, const SentenceView& view,
                                       const std::vector<MarkerHit>& hits) {
  uint32_t day = 0;
  day = NextWord(view, day);
  if (day + 1 >= view.words.size()) return std::nullopt;
  const std::string& word = view.words[day];
  if (word.empty() || word.size() > 2 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const bool month = std::any_of(hits.begin(), hits.end(), [day](const MarkerHit& h) {
    return h.marker == Marker::kMonth && h.first_token == day + 1;
  });
  if (!month) return std::nullopt;
  return Span{WordSpan(a, view, day).start, WordSpan(a, view, day + 1).end};
}

// Whether the cue is an act noun a dated line of a timeline tells (* 27 يوليو: مقتل 13 في
// هجوم; 17 مارس: مظاهرة; ـ 30 ديسمبر 2002: مقتل ثلاثة أطباء): the sentence opens, past bullets,
// with a date a colon closes, and the cue lies within reach after the colon. Such a line tells acts
// that took place then.
bool InDatedLine(const Analysis& a, const SentenceView& view, const std::vector<MarkerHit>& hits,
                 Span sentence, uint32_t cue) {
  const std::string_view text = a.text();
  std::vector<Span> dates;
  for (const DateMention& date : a.dates) {
    if (date.span.start >= sentence.start && date.span.end <= sentence.end) {
      dates.push_back(date.span);
    }
  }
  if (std::optional<Span> day_month = DayAndMonthAtStart(a, view, hits)) {
    dates.push_back(*day_month);
  }
  for (const Span& date : dates) {
    // Only bullets, dashes and spaces before the date.
    const std::string_view before = text.substr(sentence.start, date.start - sentence.start);
    constexpr std::string_view kTatweel = "\u0640";
    std::string rest(before);
    for (size_t at; (at = rest.find(kTatweel)) != std::string::npos;) rest.erase(at, 2);
    if (rest.find_first_not_of(" *-\n") != std::string::npos) continue;
    // The colon closing the date, past a parenthesis or a year the date left out (30 ديسمبر
    // (كانون الأول) 2002:).
    const size_t colon = text.find(':', date.end);
    if (colon == std::string_view::npos || colon >= sentence.end) continue;
    std::string between(text.substr(date.end, colon - date.end));
    const size_t open = between.find('(');
    const size_t close = between.find(')');
    if (open != std::string::npos && close != std::string::npos && open < close) {
      between.erase(open, close - open + 1);
    }
    if (between.find_first_not_of(" 0123456789") != std::string::npos) continue;
    uint32_t first = 0;
    while (first < view.words.size() && WordSpan(a, view, first).start <= colon) ++first;
    return cue >= first && cue - first <= kDatedLineReach;
  }
  return false;
}

// Words before a ب-act its light noun (لقيام) may stand.
constexpr uint32_t kLightNounReach = 8;

// Whether a light noun (قيام، لقيام) lies after word `after` and within kLightNounReach words
// before the ب-act at `cue`.
bool LightNounBefore(const MarkerLexicon& markers, const std::vector<std::string>& words,
                     uint32_t after, uint32_t cue) {
  for (uint32_t k = 1; k <= kLightNounReach && k <= cue && cue - k > after; ++k) {
    if (markers.Is(Marker::kLightNoun, words[cue - k])) return true;
  }
  return false;
}

// The تعرض "was subjected to" at the start of a hit whose ل-word or إلى follows within its
// reach (names counting as one word), before any other preposition (تعرض للضرب، تعرضت قافلته
// لهجوم، تعرض المهاجم الفنزويلي ريفاس إلى إصابة; not تعرض على الحكومة, an offer): the hit, or
// nullptr when the word at `token` is none.
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

// The word of the تعرض "was subjected to" whose ل- or إلى-phrase the act noun at `cue` lies
// within (تعرض الجيش الباكستاني لهجوم): what it names; -1 when there is none.
int SubjectedBefore(const MarkerLexicon& markers, const std::vector<MarkerHit>& hits,
                    const SentenceView& view, uint32_t cue) {
  for (const MarkerHit& h : hits) {
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

// The entity of the sentence that starts at byte `start`; -1 when none does.
int EntityStartingAt(const Analysis& a, const SentenceView& view, uint32_t start) {
  for (size_t e = 0; e < view.entities.size(); ++e) {
    if (a.entities[view.entities[e].entity].span.start == start ||
        WordSpan(a, view, view.entities[e].first).start == start) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

// Whether a verb saying that an act started again (تجددت، تواصلت) ends within its reach before
// the cue: تجددت المظاهرات reports a new round of the known protests as news.
bool OnsetBefore(const std::vector<MarkerHit>& hits, uint32_t cue) {
  return std::any_of(hits.begin(), hits.end(), [cue](const MarkerHit& h) {
    return h.marker == Marker::kOnset && h.end_token <= cue &&
           cue - h.end_token < static_cast<uint32_t>(h.reach);
  });
}

// Whether the word at `token` is the sentence's first word (punctuation has no folded word).
bool OpensSentence(const std::vector<std::string>& words, uint32_t token) {
  return std::all_of(words.begin(), words.begin() + std::min<size_t>(token, words.size()),
                     [](const std::string& w) { return w.empty(); });
}

// Whether the sentence counts its acts up to now (قتلوا في العراق حتى الآن): a running total.
bool RunningTally(const std::vector<MarkerHit>& hits) {
  return std::any_of(hits.begin(), hits.end(),
                     [](const MarkerHit& h) { return h.marker == Marker::kTally; });
}

// Whether the word before `word` is a number, in digits or a count word (140، مائة، آلاف).
bool QuantityBefore(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                    uint32_t word) {
  if (word == 0) return false;
  const std::string& before = words[word - 1];
  const bool digits = !before.empty() && std::all_of(before.begin(), before.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
  if (digits) return true;
  return std::any_of(hits.begin(), hits.end(), [word](const MarkerHit& h) {
    return h.marker == Marker::kCount && h.end_token == word;
  });
}

// Whether the noun cue at `cue` is counted (140 هجوما، مائة هجوم انتحاري): a number right before
// it, in digits or a count word, makes it a statistic of many acts rather than news of one.
// A noun cue right after a counted one describes it (140 هجوما انتحاريا).
bool Counted(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
             const std::vector<CueMatch>& matches, uint32_t cue) {
  if (cue == 0) return false;
  const bool after_noun = std::any_of(matches.begin(), matches.end(), [cue](const CueMatch& m) {
    return m.noun && m.token + 1 == cue;
  });
  if (after_noun && Counted(hits, words, matches, cue - 1)) return true;
  return QuantityBefore(hits, words, cue);
}

// Whether `word` is a year of the calendar (1995، 2005).
bool IsYear(std::string_view word) {
  return word.size() == 4 && (word.substr(0, 2) == "19" || word.substr(0, 2) == "20") &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the sentence dates its acts to an earlier time: a year after عام/سنة (اغتيل عام
// 2005), or منذ within its reach before the cue (منذ اغتيال الحريري). Such a sentence recalls
// background; it is not news of a new act.
bool InThePast(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
               uint32_t cue) {
  return std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
    // فقد تعرض لمحاولة اغتيال قبل ثمانية أشهر: months or years ago, on either side of the act.
    if (h.marker == Marker::kAgo) {
      const uint32_t reach = static_cast<uint32_t>(h.reach);
      return h.end_token <= cue ? cue - h.end_token < reach
                                : h.first_token > cue && h.first_token - cue <= reach;
    }
    if (h.marker != Marker::kPast) return false;
    if (h.reach == 0) return h.end_token < words.size() && IsYear(words[h.end_token]);
    return h.end_token <= cue && cue - h.end_token < static_cast<uint32_t>(h.reach);
  });
}

// The entity a headline gives the word to («البنتاجون: لم نتلق طلبا»): the sentence's first
// word is a coded actor followed by a colon; -1 when there is none.
int HeadlineSpeaker(const Analysis& a, const SentenceView& view) {
  if (view.entities.empty()) return -1;
  const EntityInSentence& first = view.entities[0];
  if (first.first > 0 || first.actor.empty() || first.end >= view.words.size()) return -1;
  uint32_t next = first.end;  // the next word; punctuation tokens have no folded word
  next = NextWord(view, next);
  if (next >= view.words.size()) return -1;
  const uint32_t between_start = WordSpan(a, view, first.end - 1).end;
  const uint32_t between_end = WordSpan(a, view, next).start;
  if (between_end <= between_start) return -1;
  const std::string_view between = a.text().substr(between_start, between_end - between_start);
  return between.find(':') != std::string_view::npos ? 0 : -1;
}

// The first pattern of a plain statement (قال), which a headline's colon stands for.
const CuePattern* StatementPattern(const CueLexicon& cues) {
  for (const CuePattern& p : cues.patterns()) {
    if (p.kind == CueKind::kReport && p.code == kStatement) return &p;
  }
  return nullptr;
}

// CAMEO's root for an intent to cooperate (promise, agree, offer).
constexpr int kIntentRoot = 3;

// CAMEO's root for consultation (meet, visit, negotiate).
constexpr int kConsultRoot = 4;

// Whether a preposition stands one or two words before `token` (خلال المحادثات، في جميع
// المحادثات).
bool AfterPreposition(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      uint32_t token) {
  for (uint32_t k = 1; k <= 2 && k <= token; ++k) {
    if (markers.IsPreposition(words[token - k])) return true;
  }
  return false;
}

// The source of the first cue before word `token` that has one, or `fallback`.
ActorRef EarlierSource(const std::vector<CueEvent>& cues, uint32_t token,
                       const ActorRef& fallback) {
  for (const CueEvent& other : cues) {
    if (other.cue.token >= token) break;
    if (!other.source.text.empty() || !other.source.actor.empty()) return other.source;
  }
  return fallback;
}

// Whether the verb `word` (folded) is in the first person plural: past ـنا (أكدنا), present نـ
// (نؤكد، سنعمل) of a verb whose stem `lemma` does not itself begin with ن.
bool FirstPersonPlural(std::string_view word, std::string_view lemma) {
  constexpr std::string_view kNa = "\u0646\u0627";
  constexpr std::string_view kNun = "\u0646";
  constexpr std::string_view kSin = "\u0633";
  constexpr size_t kMinPastBytes = 8;  // a stem of two letters and ـنا
  word = WithoutConjunction(word, 0);
  if (word.size() >= kMinPastBytes && word.ends_with(kNa)) return true;
  if (word.starts_with(kSin)) word.remove_prefix(2);
  if (!word.starts_with(kNun) || word.size() < kMinPastBytes - 2) return false;
  return !lemma.starts_with(kNun) || word.substr(2).starts_with(kNun);
}

// The report or denial whose quoted passage holds the word at `token`: the last one with an
// actor ending before the passage opens; nullptr when the word is not quoted or none is.
const CueEvent* QuoteSpeaker(const Analysis& a, const SentenceView& view,
                             const std::vector<CueEvent>& cues, const std::vector<Span>& passages,
                             uint32_t token) {
  const Span word = WordSpan(a, view, token);
  for (const Span& passage : passages) {
    if (!passage.contains(word)) continue;
    const CueEvent* speaker = nullptr;
    for (const CueEvent& other : cues) {
      if (other.kind == CueKind::kAct || WordSpan(a, view, other.cue.token).end > passage.start) {
        continue;
      }
      if (!other.source.actor.empty() || !other.source.text.empty()) speaker = &other;
    }
    return speaker;
  }
  return nullptr;
}

// CAMEO's root for protest (demonstrate, rally, block, strike).
constexpr int kProtestRoot = 14;

// Whether the word starts with a digit (12، ١٢).
bool IsNumber(std::string_view word) {
  if (word.empty()) return false;
  if (word[0] >= '0' && word[0] <= '9') return true;
  // Arabic-Indic digits U+0660..U+0669 are D9 A0..D9 A9 in UTF-8.
  return word.size() >= 2 && static_cast<unsigned char>(word[0]) == 0xD9 &&
         static_cast<unsigned char>(word[1]) >= 0xA0 && static_cast<unsigned char>(word[1]) <= 0xA9;
}

// Whether a word is a number (12، ١٢، ثلاثة، عشرات).
bool IsCount(const MarkerLexicon& markers, std::string_view word) {
  return IsNumber(word) || markers.Is(Marker::kCount, word);
}

// Whether a word counts people: a number or a partitive word (اثنين، أحد، بعض).
bool CountsPeople(const MarkerLexicon& markers, std::string_view word) {
  return IsCount(markers, word) || markers.Is(Marker::kPartitive, word);
}

// Whether the actor named right after an assault cue that takes a direct object is its victim:
// a name or definite noun right after a verbal noun (اغتيال الحريري، بقتل المدنيين), or a
// number after the cue (مقتل ثلاثة أطباء), which after a verb reads as a passive (قتل 150
// مدنيا، وقتل ثلاثة جنود).
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

// The last word a victim after the cue may start at: the next one, or the one after a number
// or a partitive word and its من (مقتل ثلاثة أطباء، مقتل اثنين من عناصر الشرطة، قتل أحد الجنود).
uint32_t VictimWord(const SentenceView& view, const MarkerLexicon& markers, uint32_t cue) {
  uint32_t next = cue + 1;
  const auto size = static_cast<uint32_t>(view.words.size());
  if (next + 1 >= size || !CountsPeople(markers, view.words[next])) {
    return next;
  }
  ++next;
  if (next + 1 < size && view.words[next] == kFrom) ++next;
  return next;
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
    return word != kFrom && (w + 1 >= view.words.size() || !IsCount(markers, view.words[w + 1]));
  }
  if (view.prepositional[w]) return true;
  constexpr size_t kWawAndStem = 6;  // و and a stem of two letters or more
  return view.entity_at[w] < 0 && word.size() >= kWawAndStem && word.starts_with("\u0648");
}

// Whether an assault verb is read as a passive: killing, abduction, assassination, torture or
// rape (CAMEO 181-186 with a direct object, not an attack 180 or a bombing 183, whose verbs are
// active without an object too: هاجموا ليلا، فجروا في السوق) with no object after it (ستة أشخاص
// قتلوا في هجوم، امرأة قتلت وأصيب ثمانية), or with only its subject and then no object (قتل
// جنديان أميركيان وأصيب تسعة). `subject_end` is one past the actor right after the verb, or 0;
// `actor_before` tells whether an actor ends right before the verb: its subject, the actor after
// it then its object (مجهولين خطفوا مصورا فرنسيا في بوساسو).
bool ReadAsPassive(const SentenceView& view, const MarkerLexicon& markers,
                   const CuePattern& pattern, const CueMatch& cue, uint32_t subject_end,
                   bool actor_before, bool object_pronoun) {
  // وقتلهم: a verb carrying its object as a pronoun is active.
  if (cue.noun || object_pronoun || Root(pattern.code) != kFirstAssaultRoot) return false;
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

// Words after a protest cue searched for what the protest is against.
constexpr uint32_t kProtestTargetReach = 20;

// What a protest is against: the first actor after the cue (not its source), named or a role
// noun (الحكومة → GOV), that a preposition governs, directly (ضد الحكومة، للحكومة) or through
// the noun it qualifies (احتجاجا على قرار الحكومة، أمام مقر السفارة الأردنية); an empty
// reference when none. Stops at a reported clause (أن، إن).
ActorRef ProtestTarget(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                       const std::vector<MarkerHit>& hits, const RoleNouns& roles, uint32_t cue,
                       const ActorRef& source) {
  const uint32_t size = static_cast<uint32_t>(view.words.size());
  for (uint32_t i = cue + 1; i < size && i <= cue + kProtestTargetReach; ++i) {
    const int e = view.entity_at[i];
    if (e < 0 && markers.IsClauseOpener(view.words[i])) break;
    // مطالبين الحكومة بالاستقالة، لمطالبة إدارة بوش: the actor a demand or opposition word
    // governs, directly or through the noun it qualifies.
    auto governs = [&](uint32_t w) {
      return markers.IsPreposition(view.words[w]) || markers.Is(Marker::kAddressee, view.words[w]);
    };
    const bool through_noun = i >= 2 && view.entity_at[i - 1] < 0 && governs(i - 2);
    const bool after_preposition = i >= 1 && governs(i - 1);
    if (e < 0) {
      // للحكومة: ل before the article.
      const bool lam = view.words[i].substr(0, 4) == "\u0644\u0644";
      const std::string_view code = roles.Find(view.words[i]);
      if (code.empty() || !(lam || after_preposition || through_noun)) continue;
      // آلاف المتظاهرين، مئات من المتظاهرين: a counted crowd is the protest's, not its target.
      if (QuantityBefore(hits, view.words, i) ||
          (after_preposition && QuantityBefore(hits, view.words, i - 1))) {
        continue;
      }
      const Span span = WordSpan(a, view, i);
      if (span == source.span) continue;
      return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
    }
    if (view.entities[e].first != i || view.entities[e].actor.empty()) continue;
    ActorRef ref = RefOf(a, view, e);
    // A name of the protesters' own (المحجبات المصريات … كنيسة الاسكندرية) is not what they
    // protest against: the record would have no target.
    if (ref.span == source.span || SameActor(ref, source)) continue;
    const std::string& clitic = view.entities[e].clitic;
    if ((!clitic.empty() && clitic != "\u0648") || after_preposition || through_noun) return ref;
  }
  return ActorRef{};
}

// Words after a role noun's count word (رجال مسلحين، عناصر الشرطة) still naming the agent.
constexpr uint32_t kAgentWords = 2;

// مقتل ثلاثة مدنيين على يد قوات التحالف، خطفوا على أيدي مسلحين: the actor named right after
// an agent phrase within its reach after the cue, a name or a role noun; -1 in `found_at` and
// an empty reference when there is none.
ActorRef PassiveAgent(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                      const std::vector<MarkerHit>& hits, uint32_t cue) {
  for (const MarkerHit& h : hits) {
    if (h.marker != Marker::kAgent || h.first_token <= cue ||
        h.first_token - cue > static_cast<uint32_t>(h.reach)) {
      continue;
    }
    for (uint32_t w = h.end_token; w < view.words.size() && w < h.end_token + kAgentWords; ++w) {
      const int e = view.entity_at[w];
      if (e >= 0) {
        if (view.entities[e].first != w) break;
        return RefOf(a, view, e);
      }
      const std::string_view code = roles.Find(view.words[w]);
      if (!code.empty()) {
        const Span span = WordSpan(a, view, w);
        return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
      }
    }
  }
  return ActorRef{};
}

// Words after a fight cue searched for the "مع" that names the other side (اشتبك العشرات من
// المتظاهرين ممن نجحوا في اقتحام المعبر مع رجال الامن).
constexpr uint32_t kOpponentReach = 20;

// اشتبك X … مع Y: the actor (a name or a role noun) right after the first مع within reach of a
// cue whose frame takes مع, before any reported clause; an empty reference when none.
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
    const int e = view.entity_at[next];
    ActorRef ref;
    if (e >= 0 && view.entities[e].first == next) {
      ref = RefOf(a, view, e);
      if (ref.actor.empty()) ref.actor = std::string(roles.Find(view.words[next]));
    } else if (e < 0 && !roles.Find(view.words[next]).empty()) {
      const Span span = WordSpan(a, view, next);
      ref =
          ActorRef{span, std::string(span.of(a.text())), std::string(roles.Find(view.words[next]))};
    }
    if (ref.actor.empty() || ref.span == source) return ActorRef{};
    return ref;
  }
  return ActorRef{};
}

// Words after an assault verb searched for the attack it happened in (قتل X في هجوم).
constexpr uint32_t kAttackNounReach = 24;

// The assault noun that follows the assault verb at `cue` within reach, after في or with ب
// (قتل 28 متطوعا في الجيش … في هجوم انتحاري، قتلوا بانفجار): the verb is then a passive telling
// the victims of that attack. Its word, or 0 when there is none.
uint32_t AttackAfter(const CueLexicon& cues, const SentenceView& view,
                     const std::vector<CueMatch>& matches, uint32_t cue) {
  constexpr std::string_view kIn = "\u0641\u064A";
  constexpr std::string_view kBa = "\u0628";
  for (const CueMatch& m : matches) {
    if (!m.noun || m.token <= cue || m.token - cue > kAttackNounReach) continue;
    if (Root(cues.patterns()[m.pattern].code) < kFirstAssaultRoot) continue;
    if (view.words[m.token - 1] == kIn || view.words[m.token].compare(0, 2, kBa) == 0) {
      return m.token;
    }
  }
  return 0;
}

// Words after an actor searched for a number that makes it the doer of an active verb
// (وقتل مهاجم انتحاري 47 شخصا): the number counts its object.
constexpr uint32_t kObjectCountReach = 3;

// Whether a count follows the word that ends at byte `end` within reach, before a word
// joined by و or a phrase break.
bool CountAfterActor(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     uint32_t end) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t w = 0;
  while (w < size && WordSpan(a, view, w).end < end) ++w;
  if (w >= size || view.closes_phrase[w]) return false;
  for (uint32_t k = w + 1; k < size && k <= w + kObjectCountReach; ++k) {
    if (view.words[k].compare(0, 2, "\u0648") == 0) return false;
    if (IsCount(markers, view.words[k])) return true;
    if (view.closes_phrase[k]) return false;
  }
  return false;
}

// Words before a passive verb its subject, the victim, may end (خمسة إثيوبيين خطفوا).
constexpr uint32_t kVictimBeforeReach = 3;

// Words after an aim word or a frame preposition searched for what an attack was aimed at.
constexpr uint32_t kAimWords = 5;
// Words after an assault cue searched for its frame preposition (أطلقت عشرات الصواريخ فجر أمس
// على …).
constexpr uint32_t kFramePrepositionReach = 8;

// What an assault was aimed at when the cue names no target of its own: the first coded actor
// or role noun within kAimWords after an aim word (استهدف، باتجاه: data/lexicon/events_markers.tsv)
// within its reach after the cue, or after the cue's frame preposition written apart, also as
// the genitive of a noun or two (أطلقت الصواريخ على البلدات المحيطة بقطاع غزة، استهدف دورية
// للجيش العراقي). Stops at a phrase break or a reported clause; an empty reference when none.
ActorRef AimedTarget(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     const RoleNouns& roles, const std::vector<MarkerHit>& hits,
                     const CuePattern& pattern, uint32_t cue, const Span& source) {
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t start = size;
  for (const MarkerHit& h : hits) {
    if (h.marker == Marker::kAim && h.first_token > cue &&
        h.first_token - cue <= static_cast<uint32_t>(h.reach)) {
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
    const std::string_view role = e < 0 ? roles.Find(view.words[w]) : std::string_view{};
    // سيطر على بضع بلدات وأعدم أجانب: a word joined by و that names no actor opens a new clause.
    if (e < 0 && w > start && view.words[w].starts_with("\u0648") && role.empty()) break;
    if (e >= 0 && view.entities[e].first == w) {
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

// Polarity and modality from the markers before the cue, and the conditions after an act
// (ستنضم إلى التحالف … في حال تنفيذ الشروط).
void ReadMarkers(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                 CueEvent* ev) {
  const uint32_t c = ev->cue.token;
  bool hypothetical = false;
  // ستحتفظ بحق الرد: a threat is made now; the future is that of the act it threatens.
  constexpr int kThreatenRoot = 13;
  bool intended = ev->cue.future && Root(ev->code) != kThreatenRoot;
  bool reported = false;
  for (const MarkerHit& hit : hits) {
    if (hit.marker == Marker::kCondition && hit.first_token > c && ev->kind == CueKind::kAct &&
        hit.first_token - c <= static_cast<uint32_t>(hit.reach)) {
      hypothetical = true;
      continue;
    }
    if (hit.marker == Marker::kUpcoming && ev->cue.noun && hit.first_token > c &&
        hit.first_token - c <= static_cast<uint32_t>(hit.reach)) {
      intended = true;  // لقاء مرتقب مع …، القمة المقبلة
      continue;
    }
    if (hit.end_token > c) continue;
    const uint32_t distance = c - hit.end_token;
    const bool within = hit.reach == 0 || distance < static_cast<uint32_t>(hit.reach);
    if (!within) continue;
    switch (hit.marker) {
      case Marker::kNegation:
        ev->negated = true;
        break;
      case Marker::kHypothetical:
        hypothetical = true;
        break;
      case Marker::kMaybe:
        // قد تنضم (may join), not قد أكد (has stressed) nor قد تعرض (has been subjected).
        hypothetical = hypothetical ||
                       (hit.end_token < words.size() && LooksPresent(words[hit.end_token]) &&
                        std::none_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
                          return h.marker == Marker::kPerfect && h.first_token == hit.end_token;
                        }));
        break;
      case Marker::kIntended:
        intended = true;
        break;
      case Marker::kReported:
        reported = ev->kind == CueKind::kAct;
        break;
      default:
        break;
    }
  }
  if (reported) {
    ev->modality = "reported";
  } else if (hypothetical) {
    ev->modality = "hypothetical";
  } else if (intended) {
    ev->modality = "intended";
  }
}

// أكد بوتين بأن روسيا لم تأت إلى سوريا من أجل …، قال إنه لم يرسل قوات: a reported clause that
// opens with a negated past (لم) whose subject is the speaker's own side (its country, or a
// pronoun on the opener) denies an act.
bool DeniesOwnAct(const MarkerLexicon& markers, const SentenceView& view, const CueEvent& ev) {
  const uint32_t w = ev.args.clause_start;
  if (w == 0 || w >= view.words.size()) return false;
  const int e = view.entity_at[w];
  if (e < 0) {
    // إنها لم، أننا لم: the phrase starts at the opener, whose pronoun is the subject (not the
    // impersonal أنه: أنه لم تتوفر تفاصيل).
    return markers.LengthAt(Marker::kOwnDenial, view.words, w - 1) >= 2;
  }
  const std::string& actor = view.entities[e].actor;
  if (ev.source.actor.size() < 3 || actor.size() < 3 ||
      actor.compare(0, 3, ev.source.actor, 0, 3) != 0) {
    return false;
  }
  return markers.LengthAt(Marker::kOwnDenial, view.words, view.entities[e].end) == 1;
}

// Whether `word` (folded) is a present-tense verb whose ending is its plural subject pronoun,
// maybe followed by an object pronoun: يضعوا، يضعون، يضعوه، يتخذوها.
bool PresentWithPluralSubject(std::string_view word) {
  constexpr size_t kMinBytes = 8;  // four letters: prefix, a stem of two, the ending
  word = WithoutConjunction(word, 0);
  if (word.size() < kMinBytes || !(word.starts_with("\u064A") || word.starts_with("\u062A"))) {
    return false;
  }
  for (std::string_view object : {"\u0647", "\u0647\u0627", "\u0647\u0645"}) {
    if (word.ends_with(object) && word.size() >= kMinBytes + object.size()) {
      return word.substr(0, word.size() - object.size()).ends_with("\u0648");
    }
  }
  return word.ends_with("\u0648\u0627") || word.ends_with("\u0648\u0646");
}

// روسيا تريد أن تحقق شيئا …، وأول شيء يجب أن يضعوه على جدول مهامهم: when the verb after an
// appeal word (and أن) carries its plural subject as a pronoun, the addressee is the subject of
// the last clause before the appeal in the statement — an actor right before a present verb
// (روسيا تريد), not of the speaker's country; -1 when none. An actor after that verb is its
// object, not the addressee.
int PronounAddressee(const Analysis& a, const SentenceView& view, const ArgumentFinder& arguments,
                     const MarkerLexicon& markers, const MarkerHit& appeal, uint32_t opens,
                     const ActorRef& speaker) {
  uint32_t verb = appeal.end_token;
  if (verb < view.words.size() && markers.IsClauseOpener(view.words[verb])) ++verb;
  if (verb >= view.words.size() || !PresentWithPluralSubject(view.words[verb])) return -1;
  for (uint32_t w = appeal.first_token; w-- > opens;) {
    const int e = view.entity_at[w];
    if (e < 0 || view.entities[e].end != w + 1) continue;
    const uint32_t first = view.entities[e].first;
    if (arguments.BareEntityAt(view, first) != e || SameCountry(RefOf(a, view, e), speaker)) {
      continue;
    }
    const uint32_t next = view.entities[e].end;
    if (next < view.words.size() && !view.closes_phrase[w] && LooksPresent(view.words[next])) {
      return e;
    }
  }
  return -1;
}

// What a statement's content does (docs/EVENTS.md: "قال X إن …" codes what X's words do): a
// denial in its clause (أكد أنه لا يعلم بـ…، لم نتلق) makes it 016, whose clause acts are then
// reported; an appeal (يجب أن، من الضروري) makes it 020, addressed to the actors after it.
void ReadStatementContent(const Analysis& a, const SentenceView& view,
                          const ArgumentFinder& arguments, const MarkerLexicon& markers,
                          const std::vector<MarkerHit>& hits, std::vector<CueEvent>* cues) {
  for (size_t i = 0; i < cues->size(); ++i) {
    CueEvent& ev = (*cues)[i];
    if (ev.kind != CueKind::kReport) continue;
    const uint32_t opens = ev.args.clause_start > 0 ? ev.args.clause_start : ev.cue.token + 1;
    uint32_t closes = static_cast<uint32_t>(view.words.size());
    for (size_t j = i + 1; j < cues->size(); ++j) {
      if ((*cues)[j].kind != CueKind::kAct) {
        closes = (*cues)[j].cue.token;
        break;
      }
    }
    const MarkerHit* denial = nullptr;
    const MarkerHit* appeal = nullptr;
    for (const MarkerHit& hit : hits) {
      if (hit.first_token < opens || hit.first_token >= closes) continue;
      if (hit.marker == Marker::kDenial && denial == nullptr) denial = &hit;
      // هل ينبغي أن يبقى الأسد؟: a question about what should be done asks for nothing.
      if (hit.marker == Marker::kAppeal && appeal == nullptr && !view.asked[hit.first_token]) {
        appeal = &hit;
      }
    }
    const bool own_denial = denial == nullptr && DeniesOwnAct(markers, view, ev);
    if (denial != nullptr || own_denial) {
      ev.kind = CueKind::kDeny;
      ev.code = "016";
      // The addressee of the words (أكد لأردوغان) stays; actors inside a denied claim do not.
      if (!own_denial) ev.targets.clear();
    } else if (appeal != nullptr) {
      ev.code = "020";
      ev.content_from = appeal->end_token;
      ev.targets.clear();
      const int addressee =
          PronounAddressee(a, view, arguments, markers, *appeal, opens, ev.source);
      if (addressee >= 0) {
        for (int t : arguments.Coordinated(view, addressee))
          ev.targets.push_back(RefOf(a, view, t));
        continue;
      }
      for (uint32_t w = appeal->end_token; w < closes; ++w) {
        const int e = view.entity_at[w];
        if (e < 0 || view.entities[e].first != w) continue;
        const ActorRef first = RefOf(a, view, e);
        if (SameActor(first, ev.source)) continue;
        for (int t : arguments.Coordinated(view, e)) ev.targets.push_back(RefOf(a, view, t));
        break;
      }
    }
  }
}

// How far after a report verb a ب-noun may name what it conveys (أبلغ قادة تركيا والسعودية
// والأردن، وكذلك الولايات المتحدة باقتراحه).
constexpr uint32_t kConveyedReach = 14;

// أبلغ X باقتراحه، أخبره برفض …: a report whose object is followed by a ب-noun of an appeal,
// offer, demand, disapproval, rejection or threat codes that act, addressed to its targets; the
// noun is not coded again on its own.
void AbsorbReportedContent(const SentenceView& view, std::vector<CueEvent>* cues) {
  for (size_t i = 0; i < cues->size(); ++i) {
    CueEvent& report = (*cues)[i];
    if (report.kind != CueKind::kReport || report.code != kStatement || report.targets.empty()) {
      continue;
    }
    for (size_t j = i + 1; j < cues->size(); ++j) {
      CueEvent& content = (*cues)[j];
      if (content.cue.token > report.cue.token + kConveyedReach) break;
      if (!content.cue.noun) break;  // another verb: another clause
      const int root = Root(content.code);
      const bool conveyable =
          root == 2 || root == 3 || root == 10 || root == 11 || root == 12 || root == 13;
      if (!conveyable || view.words[content.cue.token].compare(0, 2, "\u0628") != 0) continue;
      report.code = content.code;
      report.kind = CueKind::kAct;
      report.refers_back = content.possessive;
      content.absorbed = true;
      break;
    }
  }
}

// CAMEO codes an act refused as a rejection: X لا تتعاون مع Y، لن تنضم إلى … (negated
// cooperation, root 06) is X rejecting material cooperation (121), asserted.
constexpr std::string_view kRejectMaterialCooperation = "121";
constexpr int kMaterialCooperationRoot = 6;

// Refinements of a generic code by what follows the cue: military words make an appeal, offer,
// refusal or aid military (دعت إلى الانضمام للتحالف → 0212; تقديم الدعم لتعزيز قدراته الدفاعية
// → 072); words for talks make an appeal or offer one for talks (026, 036); words for political
// backing make them diplomatic cooperation (دعا موسكو للوقوف إلى جانب التحالف → 022). The
// nearest wins.
struct ContentRefinement {
  std::string_view generic;
  std::string_view military;
  std::string_view talks;     // empty: talks do not refine it
  std::string_view policy;    // empty: political backing does not refine it
  std::string_view economic;  // empty: economic words do not refine it
  std::string_view material;  // economic and military words together; empty: as economic
  std::string_view calm;      // words for a truce or withdrawal; empty: they do not refine it
};
constexpr ContentRefinement kRefinements[] = {
    {"020", "0212", "026", "022", "0211", "021", "0256"},
    {"021", "0212", "", "", "0211", "021", ""},
    {"030", "0312", "036", "032", "0311", "031", ""},
    {"031", "0312", "", "", "0311", "031", ""},
    {"120", "1212", "125", "", "", "", ""},
    {"121", "1212", "", "", "", "", ""},
    {"070", "072", "", "", "071", "", ""},
    {"130", "138", "", "", "", "", ""},
    // دعا موسكو للوقوف إلى جانب التحالف: the cue names the coalition, the request is political.
    {"0212", "0212", "", "022", "", "", ""},
};

// Words apart an economic and a military word may be and still name one field of cooperation
// (أهمها الاقتصادي والعسكري، النفط والغاز والعلاقات العسكرية).
constexpr int kFieldsApart = 6;

void RefineByContent(const MarkerLexicon& markers, const SentenceView& view, CueEvent* ev) {
  const std::vector<std::string>& words = view.words;
  if (ev->kind != CueKind::kAct && ev->code != "020") return;
  if (ev->negated && Root(ev->code) == kMaterialCooperationRoot && ev->kind == CueKind::kAct &&
      !ev->cue.noun) {
    ev->code = ev->code == "062" ? "1212" : std::string(kRejectMaterialCooperation);
    ev->negated = false;
  }
  for (const ContentRefinement& refinement : kRefinements) {
    if (ev->code != refinement.generic) continue;
    // Content follows the actors named right after the cue (دعوة وزير خارجية أميركا تيليرسون
    // لروسيا بضرورة الانخراط … في محاربة الإرهاب).
    // A statement's content starts at its appeal word (يجب أن، ضرورة).
    uint32_t from = ev->content_from > 0 ? ev->content_from : ev->cue.token + 1;
    while (from < words.size() && (view.entity_at[from] >= 0 || words[from].empty())) ++from;
    // دعا إلى وقف إطلاق النار، ضمان التزام النظام باتفاق وقف الأعمال العدائية: an appeal for a
    // truce or withdrawal, when that is what it names first.
    const int calm = refinement.calm.empty() ? -1 : markers.NearestStem(Marker::kCalm, words, from);
    const int military = markers.NearestStem(Marker::kMilitary, words, from);
    const int talks =
        refinement.talks.empty() ? -1 : markers.NearestStem(Marker::kTalks, words, from);
    const int policy =
        refinement.policy.empty() ? -1 : markers.NearestStem(Marker::kPolicy, words, from);
    // يجب تنويع موارد الاقتصاد: a statement's content names economic policy more often than
    // economic cooperation; only an appeal or offer made by its own verb is refined.
    const int economic = refinement.economic.empty() || ev->kind != CueKind::kAct
                             ? -1
                             : markers.NearestStem(Marker::kEconomic, words, from);
    const bool first_calm = calm >= 0 && (military < 0 || calm <= military) &&
                            (talks < 0 || calm < talks) && (policy < 0 || calm < policy) &&
                            (economic < 0 || calm < economic);
    if (first_calm) {
      ev->code = std::string(refinement.calm);
      return;
    }
    const bool first_economic = economic >= 0 && (military < 0 || economic < military) &&
                                (talks < 0 || economic < talks) &&
                                (policy < 0 || economic < policy);
    if (first_economic) {
      // آفاق التعاون … أهمها الاقتصادي والعسكري: both kinds named together.
      const int military_after =
          markers.NearestStem(Marker::kMilitary, words, from + static_cast<uint32_t>(economic));
      const bool both = military_after >= 0 && military_after <= kFieldsApart;
      ev->code = std::string(both && !refinement.material.empty() ? refinement.material
                                                                  : refinement.economic);
    } else if (policy >= 0 && (military < 0 || policy < military) &&
               (talks < 0 || policy < talks)) {
      ev->code = std::string(refinement.policy);
    } else if (military >= 0 && (talks < 0 || military <= talks)) {
      // العلاقات العسكرية والاقتصادية: the economic word right after names a second field.
      const bool both = economic >= 0 && economic - military <= kFieldsApart;
      ev->code = std::string(both && !refinement.material.empty() ? refinement.material
                                                                  : refinement.military);
    } else if (talks >= 0) {
      ev->code = std::string(refinement.talks);
      // استعدادها للمساهمة في إرساء حوار بين هذه الدول: talks offered between others are an
      // offer to mediate (CAMEO 039).
      const uint32_t at = from + static_cast<uint32_t>(talks);
      for (uint32_t w = at + 1; w < words.size() && w <= at + 2; ++w) {
        if (words[w] == "\u0628\u064A\u0646" && ev->code == "036") ev->code = "039";
      }
    }
    return;
  }
}

// أكد لافروف هذا التعاون: a statement whose object is a known act of cooperation (a
// demonstrative and a noun of cooperation, data/lexicon/events_markers.tsv) confirms the act
// reported before in the article in which the speaker's country was addressed; it is coded as
// that act of the speaker's, addressed to its maker.
void ConfirmKnownAct(const MarkerLexicon& markers, const SentenceView& view,
                     const std::vector<Event>& earlier, CueEvent* ev) {
  constexpr int kFirstCooperationRoot = 3;
  constexpr int kLastCooperationRoot = 8;
  if (ev->kind != CueKind::kReport || ev->code != kStatement || ev->source.actor.size() < 3) {
    return;
  }
  const auto size = static_cast<uint32_t>(view.words.size());
  uint32_t w = ev->cue.token + 1;
  while (w < size && (view.entity_at[w] >= 0 || view.words[w].empty())) ++w;
  if (w + 1 >= size || !markers.Is(Marker::kKnown, BareForm(view.words[w])) ||
      markers.NearestStem(Marker::kCooperation, view.words, w + 1) != 0) {
    return;
  }
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    const int root = Root(it->code);
    if (root < kFirstCooperationRoot || root > kLastCooperationRoot ||
        !SameCountry(it->target, ev->source) || SameCountry(it->source, ev->source)) {
      continue;
    }
    ev->code = it->code;
    ev->kind = CueKind::kAct;
    ActorRef maker = it->source;
    maker.span = Span{};  // named in another sentence
    ev->targets = {std::move(maker)};
    return;
  }
}

// Whether a phrase recalling what was said before (وهو ما، الأمر الذي) ends right before the
// word at `at`: وهو ما نفت واشنطن حدوثه.
bool RecallsBefore(const MarkerLexicon& markers, const std::vector<std::string>& words,
                   uint32_t at) {
  for (uint32_t back = 1; back <= 2 && back <= at; ++back) {
    if (markers.LengthAt(Marker::kRecall, words, at - back) == back) return true;
  }
  return false;
}

// أن موسكو طلبت من واشنطن …، وهو ما نفت واشنطن حدوثه: a denial right after a phrase recalling
// what was said before it makes the acts before it in the sentence claims (reported).
void MarkDeniedClaims(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      std::vector<CueEvent>* cues) {
  for (size_t d = 0; d < cues->size(); ++d) {
    const uint32_t at = (*cues)[d].cue.token;
    if ((*cues)[d].kind != CueKind::kDeny) continue;
    if (!RecallsBefore(markers, words, at)) continue;
    for (size_t i = 0; i < d; ++i) {
      CueEvent& claim = (*cues)[i];
      if (claim.kind == CueKind::kAct && claim.modality == "actual" && !claim.negated) {
        claim.modality = "reported";
      }
    }
  }
}

// The acts the denial at cues[d] denies, as source country and CAMEO root ("RUS02"): those in
// its clause, and those before it when it recalls them (وهو ما نفت واشنطن حدوثه).
std::vector<std::string> DeniedActs(const MarkerLexicon& markers,
                                    const std::vector<std::string>& words,
                                    const std::vector<CueEvent>& cues, size_t d) {
  constexpr size_t kCountryLength = 3;
  const bool recalls = RecallsBefore(markers, words, cues[d].cue.token);
  std::vector<std::string> out;
  for (size_t j = 0; j < cues.size(); ++j) {
    const CueEvent& act = cues[j];
    const bool denied = act.governor == static_cast<int>(d) || (recalls && j < d);
    if (j == d || !denied || act.kind != CueKind::kAct ||
        act.source.actor.size() < kCountryLength) {
      continue;
    }
    out.push_back(act.source.actor.substr(0, kCountryLength) + act.code.substr(0, 2));
  }
  return out;
}

std::string DateFor(const Analysis& a, Span sentence) {
  for (const DateMention& date : a.dates) {
    if (sentence.contains(date.span) && date.value.size() == 10) return date.value;
  }
  for (const DateMention& date : a.dates) {
    if (sentence.contains(date.span)) return date.value;
  }
  return a.published;
}

// The countries (first three letters of the codes) of the actors named after word `from`.
std::vector<std::string> CountriesAfter(const SentenceView& view, uint32_t from) {
  std::vector<std::string> out;
  for (const EntityInSentence& e : view.entities) {
    if (e.first <= from || e.actor.size() < 3) continue;
    std::string country = e.actor.substr(0, 3);
    if (std::find(out.begin(), out.end(), country) == out.end()) out.push_back(country);
  }
  return out;
}

}  // namespace

Expected<EventCoder> EventCoder::Load(const std::string& data_dir) {
  auto codebook = Codebook::Load(data_dir);
  if (!codebook.ok()) return codebook.status();
  auto cues = CueLexicon::Load(data_dir);
  if (!cues.ok()) return cues.status();
  auto markers = MarkerLexicon::Load(data_dir);
  if (!markers.ok()) return markers.status();
  auto roles = RoleNouns::Load(data_dir);
  if (!roles.ok()) return roles.status();
  for (const CuePattern& pattern : cues->patterns()) {
    if (codebook->Find(pattern.code) == nullptr) {
      return Status::Error(pattern.file + ":" + std::to_string(pattern.line) + ": CAMEO code " +
                           pattern.code + " is not in the codebook");
    }
  }
  std::unordered_set<std::string> countries;
  // kind, code, …: the actors stage's gazetteer of countries.
  const Status read = ForEachTsvRow(data_dir + "/lexicon/actors_countries.tsv",
                                    [&countries](const std::vector<std::string>& fields, size_t) {
                                      if (fields.size() >= 2 && fields[0] == "country")
                                        countries.insert(fields[1]);
                                      return Status::Ok();
                                    });
  if (!read.ok()) return read;
  auto resources = std::make_shared<Resources>(
      Resources{std::move(codebook).value(), std::move(cues).value(), std::move(markers).value(),
                std::move(roles).value(), std::move(countries)});
  return EventCoder(std::move(resources));
}

void EventCoder::Apply(Analysis* analysis) const {
  Analysis& a = *analysis;
  const Resources& r = *resources_;
  const CueFinder finder(&r.cues);
  const ArgumentFinder arguments(&r.markers);
  const std::string_view text = a.text();
  ActorRef previous;  // the last actor who acted in the article
  std::vector<Event> events;
  std::vector<RecordNotes> notes;  // parallel to events

  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sentence = a.sentences[s];
    if (sentence.boilerplate || sentence.end_token <= sentence.first_token) continue;
    const SentenceView view = WithoutPeopleRoles(SentenceView::Build(a, s), r.roles);
    const std::vector<CueMatch> matches = finder.Find(view.words);
    const int headline_speaker = HeadlineSpeaker(a, view);
    const CuePattern* statement = StatementPattern(r.cues);
    if (matches.empty() && (headline_speaker < 0 || statement == nullptr)) continue;
    const std::vector<MarkerHit> hits = r.markers.Find(view.words, 0);
    const bool carry = std::any_of(hits.begin(), hits.end(),
                                   [](const MarkerHit& h) { return h.marker == Marker::kCarry; });

    std::vector<CueEvent> cues;
    const CueMatch* previous_verb = nullptr;
    for (const CueMatch& match : matches) {
      if (view.entity_at[match.token] >= 0) continue;  // a word inside a name
      // تعرض للضرب، تعرض لهجوم: "was subjected to", never the present of عرض (an offer) whose
      // content the act noun after it would be.
      if (!match.noun && SubjectedAt(r.markers, hits, view, match.token) != nullptr) {
        continue;
      }
      const bool content_of_verb = match.noun && previous_verb != nullptr &&
                                   NearVerb(view, previous_verb->token, match.token);
      if (content_of_verb && GovernsContent(r.cues.patterns()[previous_verb->pattern])) {
        continue;  // طالب التحالف بشن غارات: what is asked for has not happened
      }
      if (!match.noun) previous_verb = &match;
      CueMatch cue = match;
      if (!cue.noun && !cue.future && cue.token > 0 && !PresentPrefix(view.words[cue.token]) &&
          (r.markers.Is(Marker::kHypothetical, view.words[cue.token - 1]) ||
           r.markers.Is(Marker::kIntended, view.words[cue.token - 1]))) {
        cue.noun = true;  // إمكانية تعاون واشنطن: after a possibility word, the verbal noun
      }
      // ردا على سؤال حول احتمال انضمام …؛ بتلك الدعوات؛ تمهيدا لمباحثات السلام: asked about,
      // already reported, or aimed at; none is a new act.
      if (WithinReachAfter(hits, Marker::kQuestion, cue.token) ||
          (cue.noun && cue.token > 0 &&
           (r.markers.Is(Marker::kKnown, BareForm(view.words[cue.token - 1])) ||
            WithinReachAfter(hits, Marker::kPurpose, cue.token)))) {
        continue;
      }
      // صدرت موافقة الملك على تعيين …، يحصل على موافقة: an approval issued or obtained is an
      // administrative permit, not an intent to cooperate (CAMEO 03).
      if (cue.noun && Root(r.cues.patterns()[match.pattern].code) == kIntentRoot &&
          WithinReachAfter(hits, Marker::kPermit, cue.token)) {
        continue;
      }
      if (content_of_verb) {
        const auto& frame = r.cues.patterns()[previous_verb->pattern].target_by;
        cue.complement = std::find(frame.begin(), frame.end(), "\u0628") != frame.end();
      }
      CueEvent ev;
      ev.cue = cue;
      ev.pattern = &r.cues.patterns()[match.pattern];
      ev.kind = ev.pattern->kind;
      ev.code = ev.pattern->code;
      ev.args = arguments.Find(view, cue, *ev.pattern);
      if (TakesTargetBy(*ev.pattern, "gen")) {
        // نعمل لدعم العراق: the act is that of the verbal noun the cue needs; it is done to the
        // actor named as that noun's genitive, and without one (نسعى لدعم الحوار) to no one.
        const int genitive = EntityRightAfter(view, cue.next_token);
        if (genitive < 0 || view.entities[genitive].actor.empty() || genitive == ev.args.source) {
          continue;
        }
        ev.args.targets = {genitive};
      }
      ev.any = AfterAny(r.markers, view.words, cue.token);  // only a noun follows أي
      ev.possessive = cue.noun && EndsWithPronoun(WordSpan(a, view, cue.token).of(text));
      // نقلت عن البيت الأبيض قول الرئيس: a noun of speech with no verb of its own in the
      // lexicon (قول) is a statement of the coded actor named as its genitive right after it;
      // not with a pronoun (قوله) or a preposition (بالقول، على حد قوله), which tell how a
      // statement coded elsewhere was made, nor of a name without a code (قول عائشة، قول
      // الشاعر): a saying cited, not news.
      if (cue.noun && ev.kind == CueKind::kReport && ev.pattern->nominal_only &&
          (ev.possessive || view.prepositional[cue.token] ||
           !GenitiveAfter(view, cue.token, ev.args.source) ||
           view.entities[ev.args.source].actor.empty())) {
        continue;
      }
      // أبلغ X بمقترحه: the proposal conveyed is one made before.
      ev.refers_back = cue.next_token > cue.token && cue.next_token < view.words.size() &&
                       view.words[cue.next_token].compare(0, 2, "\u0628") == 0 &&
                       EndsWithPronoun(WordSpan(a, view, cue.next_token).of(text));
      if (ev.args.source >= 0) {
        std::vector<int> sources = arguments.Coordinated(view, ev.args.source);
        ev.source = RefOf(a, view, sources[0]);
        ev.place_source = a.entities[view.entities[sources[0]].entity].type == "LOC";
        // العسكريين الروس والسوريين والإيرانيين نظموا مركز تنسيق … مع الشيعة: a party named
        // without a code is not one the co-subjects of the act yield to.
        const bool uncoded_targets =
            !ev.args.targets.empty() &&
            std::all_of(ev.args.targets.begin(), ev.args.targets.end(),
                        [&view](int t) { return view.entities[t].actor.empty(); });
        // Only for cooperation (CAMEO 03-08) between actors that are not places.
        constexpr int kLastCooperationRoot = 8;
        const bool co_actors = sources.size() > 1 && Root(ev.code) <= kLastCooperationRoot &&
                               std::none_of(sources.begin(), sources.end(), [&](int e) {
                                 return a.entities[view.entities[e].entity].type == "LOC";
                               });
        if (co_actors && uncoded_targets) ev.args.targets.clear();
        if (ev.args.targets.empty()) {
          // "روسيا وتركيا يبحثان": the first acts with the others.
          for (size_t k = 1; k < sources.size(); ++k) ev.args.targets.push_back(sources[k]);
        }
      }
      for (int t : ev.args.targets) {
        ev.targets.push_back(TargetRef(a, view, t));
        const uint32_t first = view.entities[t].first;
        ev.counterpart.push_back(
            first > 0 && r.markers.Is(Marker::kCounterpart, BareForm(view.words[first - 1])));
      }
      ShareRole(r.roles, &ev.targets);
      if (ev.targets.empty() && ev.kind == CueKind::kAct) {
        // التعاون بين روسيا والعراق: the party that is not the source.
        const int other = PartyBetween(a, view, r.roles, ev.cue.token, ev.source);
        if (other >= 0) ev.targets.push_back(RefOf(a, view, other));
      }
      constexpr int kCooperationRoot = 6;
      if (ev.targets.empty() && ev.kind == CueKind::kAct && !ev.cue.noun &&
          Root(ev.code) == kCooperationRoot) {
        const int alliance =
            AllianceOfJoinedUndertaking(view, *ev.pattern, ev.cue.token, ev.source);
        if (alliance >= 0) ev.targets.push_back(RefOf(a, view, alliance));
      }
      if (ev.targets.empty() && ev.kind == CueKind::kAct && ev.cue.noun &&
          Root(ev.code) == kConsultRoot) {
        // خلال اللقاء بينه وبين لافروف: the meeting of the sentence's actor with the partner.
        const int partner = PartnerAfterOwnBetween(view, ev.cue.token);
        if (partner >= 0) {
          for (int t : arguments.Coordinated(view, partner))
            ev.targets.push_back(RefOf(a, view, t));
          ev.own_meeting = true;
        }
      }
      ReadMarkers(hits, view.words, &ev);
      cues.push_back(std::move(ev));
    }
    if (headline_speaker >= 0 && statement != nullptr) {
      // «البنتاجون: لم نتلق طلبا»: the headline is a statement by the actor before the colon,
      // coded by its content like "قال X إن …".
      CueEvent said;
      said.cue.token = view.entities[headline_speaker].end - 1;
      said.cue.pattern = static_cast<uint32_t>(statement - r.cues.patterns().data());
      said.pattern = statement;
      said.kind = CueKind::kReport;
      said.code = std::string(kStatement);
      said.args.source = headline_speaker;
      said.args.clause_start = view.entities[headline_speaker].end;
      said.source = RefOf(a, view, headline_speaker);
      said.headline = true;
      cues.insert(cues.begin(), std::move(said));
    }
    for (CueEvent& ev : cues) {
      if (Root(ev.code) < kFirstAssaultRoot) continue;
      // هاجم الوزير المعارضة قائلا …، شن هجوما لاذعا على …: an attack in words is criticism.
      // The reach counts from the attack noun a light verb needs (شن النائب هجوما لاذعا).
      const uint32_t anchor = std::max(ev.cue.token, ev.cue.next_token);
      // So is an attack launched by the press or a legislature (شنت الصحافة هجوما عنيفا على):
      // a light verb's subject, not a report's speaker, is named.
      const bool launched = ev.cue.next_token > ev.cue.token;
      const bool verbal = (launched && r.roles.OnlySpeaks(ev.source.actor)) ||
                          std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
                            return h.marker == Marker::kVerbal && h.first_token > ev.cue.token &&
                                   h.first_token <= anchor + static_cast<uint32_t>(h.reach);
                          });
      if (verbal) ev.code = std::string(kCriticize);
    }
    ReadStatementContent(a, view, arguments, r.markers, hits, &cues);
    AbsorbReportedContent(view, &cues);
    for (CueEvent& ev : cues) RefineByContent(r.markers, view, &ev);
    for (CueEvent& ev : cues) ConfirmKnownAct(r.markers, view, events, &ev);
    // Clauses: an act inside the clause of a report or denial belongs to it.
    for (size_t i = 0; i < cues.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        const CueEvent& gov = cues[j];
        if (gov.kind == CueKind::kAct) continue;
        const uint32_t opens =
            gov.args.clause_start > 0 ? gov.args.clause_start : gov.cue.token + 1;
        if (cues[i].cue.token >= opens) cues[i].governor = static_cast<int>(j);
      }
    }
    MarkDeniedClaims(r.markers, view.words, &cues);
    const std::vector<Span> passages = FindQuotedPassages(text, sentence.span, kMinQuoteWords);
    for (CueEvent& ev : cues) {
      if (ev.source.text.empty() && ev.source.actor.empty() && !ev.cue.noun &&
          FirstPersonPlural(view.words[ev.cue.token], ev.pattern->lemma)) {
        // وقال «أبلغني الوزير … نحن أكدنا تضامننا»: "we" in a quote are its speaker's side.
        const CueEvent* speaker = QuoteSpeaker(a, view, cues, passages, ev.cue.token);
        if (speaker != nullptr) ev.source = speaker->source;
      }
      {
        // The actor right after the verb (past a count or partitive word): its subject, the
        // victim, when the verb is a passive (قتل أحد عناصر الشرطة وأصيب خمسة).
        const uint32_t w = VictimWord(view, r.markers, ev.cue.token);
        const int e = w < view.words.size() ? view.entity_at[w] : -1;
        if (e >= 0 && view.entities[e].first == w) {
          ev.subject_end = view.entities[e].end;
        } else if (e < 0 && w < view.words.size() && !r.roles.Find(view.words[w]).empty()) {
          ev.subject_end = w + 1;
        }
        const uint32_t c = ev.cue.token;
        const bool actor_before =
            c > 0 && (view.entity_at[c - 1] >= 0 || !r.roles.Find(view.words[c - 1]).empty());
        ev.passive = ReadAsPassive(view, r.markers, *ev.pattern, ev.cue, ev.subject_end,
                                   actor_before, EndsWithPronoun(WordSpan(a, view, c).of(text)));
      }
      const bool implicit_subject = ev.source.text.empty() && ev.source.actor.empty();
      // أعلنت نيتها الطلب من …: a noun right after an intention or possibility word is the
      // speaker's own act.
      const bool announced = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
        return (h.marker == Marker::kIntended || h.marker == Marker::kHypothetical) &&
               h.end_token <= ev.cue.token && ev.cue.token - h.end_token <= 1;
      });
      const CueKind governed_by = ev.governor >= 0 ? cues[ev.governor].kind : CueKind::kAct;
      // نفت X أي تنسيق مع Y: the denied act noun is the denier's, not one inside a phrase
      // (خلال اجتماع، للتنسيق).
      const bool denied_noun = governed_by == CueKind::kDeny && ev.cue.noun &&
                               !view.prepositional[ev.cue.token] &&
                               !AfterPreposition(r.markers, view.words, ev.cue.token);
      // قال إن آفاق التعاون مع روسيا كبيرة: an intent named by a phrase (a cue that needs its
      // next word) in a speaker's clause is the speaker's.
      const bool intent_phrase = Root(ev.code) == kIntentRoot && !ev.pattern->next.empty();
      // أعلنت القنصلية ان مجهولين خطفوا …: a role noun right before a material verb is its
      // subject, not the speaker.
      const bool role_subject = Root(ev.code) >= kFirstRootWithoutSource && !ev.cue.noun &&
                                ev.cue.token > 0 && view.entity_at[ev.cue.token - 1] < 0 &&
                                !r.roles.Find(view.words[ev.cue.token - 1]).empty();
      // استنكار الحكومة لقيام مجموعة من المتظاهرين بالتجمع: the genitive of a light noun
      // before a ب-act is its doer, not the speaker.
      const bool light_noun_doer =
          !ev.cue.noun && view.words[ev.cue.token].starts_with("\u0628") &&
          LightNounBefore(r.markers, view.words, ev.governor >= 0 ? cues[ev.governor].cue.token : 0,
                          ev.cue.token);
      if (implicit_subject && !role_subject && !light_noun_doer && !ev.passive &&
          ((governed_by == CueKind::kReport && (!ev.cue.noun || announced || intent_phrase)) ||
           denied_noun)) {
        // قال X إنه سيزور …: X visits; نفت X أي تنسيق مع Y: the coordination X denies is X's.
        ev.source = cues[ev.governor].source;
      }
      if (governed_by == CueKind::kReport && ev.kind == CueKind::kAct && ev.place_source &&
          !ev.cue.noun &&
          OneClauseBetween(r.markers, view.words, cues[ev.governor].cue.token, ev.cue.token)) {
        // أعلن وزير الدفاع الروسي أن موسكو طلبت …: the speaker's country acts in the speaker's
        // role.
        const ActorRef& speaker = cues[ev.governor].source;
        if (SameCountry(speaker, ev.source) && speaker.actor.size() > 3) {
          ev.source.actor = speaker.actor;
        }
      }
      if (ev.targets.empty() && governed_by != CueKind::kAct &&
          WithinReachAfter(hits, Marker::kReceive, ev.cue.token)) {
        // البنتاجون: لم نتلق طلبا روسيا: the request (a noun, whatever its spelling suggests)
        // was addressed to the speaker.
        ev.targets.push_back(cues[ev.governor].source);
      }
      if (ev.source.text.empty() && ev.source.actor.empty() && ev.governor < 0 &&
          (carry || ev.kind != CueKind::kAct) && !ev.cue.noun && !ev.passive) {
        // ورفض ديفيس الكشف …، إلا أنه قال: a verb with no subject of its own continues the
        // last actor who acted before it in the sentence, else in the article.
        ev.source = previous;
        for (const CueEvent* other = &ev; other-- != cues.data();) {
          if (!other->source.actor.empty() && !other->cue.noun) {
            ev.source = other->source;
            break;
          }
        }
        ev.source.span = Span{};
      }
      if (ev.source.text.empty() && ev.source.actor.empty() && ev.cue.noun &&
          Root(ev.code) == kConsultRoot && !ev.targets.empty()) {
        // عقب محادثات أجراها مع نظيره: talks with no named party of their own are held by the
        // actor of the sentence, or else the last actor who acted.
        ev.source = EarlierSource(cues, ev.cue.token, previous);
        ev.source.span = Span{};
      }
      if (ev.governor >= 0 && cues[ev.governor].kind == CueKind::kDeny &&
          ev.kind == CueKind::kAct && ev.modality == "actual" && !ev.negated &&
          ClauseOpenersBetween(r.markers, view.words, cues[ev.governor].cue.token, ev.cue.token) <=
              1) {
        // The act a denial denies; one the denial itself negates (لم نتلق طلبا) did not happen.
        ev.modality = "reported";
      }
      // مقتل ثلاثة أطباء، اغتيال الحريري، قتل 150 مدنيا: after an assault noun, or after an
      // assault verb followed by a number (a passive), the actor named next is the victim.
      const bool victim_after =
          Root(ev.code) >= kFirstAssaultRoot && VictimFollows(view, r.markers, *ev.pattern, ev.cue);
      const uint32_t victim_word = VictimWord(view, r.markers, ev.cue.token);
      if (victim_after && ev.targets.empty() && !ev.source.span.empty() &&
          victim_word < view.words.size() &&
          ev.source.span.start > WordSpan(a, view, ev.cue.token).start &&
          ev.source.span.start < WordSpan(a, view, victim_word).end) {
        ev.targets.push_back(ev.source);
        ev.source = ActorRef{};
      }
      if (victim_after && ev.targets.empty() && victim_word < view.words.size()) {
        // مقتل اثنين من عناصر الشرطة: the victim counted before من.
        const int e = view.entity_at[victim_word];
        if (e >= 0 && view.entities[e].first == victim_word && !view.entities[e].actor.empty()) {
          ev.targets.push_back(RefOf(a, view, e));
          if (ev.source.span == ev.targets[0].span) ev.source = ActorRef{};
        }
      }
      if (ev.passive) {
        // ستة أشخاص قتلوا في هجوم، قتل جنديان أميركيان وأصيب تسعة: the subject of a passive is
        // the victim, before the verb or right after it; an actor past it is no object (none
        // follows a passive), and the doer is named by the attack or agent phrase, if at all.
        const Span cue_span = WordSpan(a, view, ev.cue.token);
        const uint32_t last_subject_word = ev.subject_end > 0 ? ev.subject_end - 1 : ev.cue.token;
        const Span subject_span = WordSpan(a, view, last_subject_word);
        // أعلنت الشرطة أن عشرة قتلوا: the subject lies in the verb's own clause, after any clause
        // opener or phrase break before it.
        uint32_t victim_reach = 0;
        while (victim_reach < kVictimBeforeReach && victim_reach < ev.cue.token) {
          const uint32_t w = ev.cue.token - victim_reach - 1;
          if (view.entity_at[w] < 0 &&
              (view.closes_phrase[w] || r.markers.IsClauseOpener(view.words[w]))) {
            break;
          }
          ++victim_reach;
        }
        const bool source_before =
            !ev.source.span.empty() && victim_reach > 0 && ev.source.span.end <= cue_span.start &&
            ev.source.span.start >= WordSpan(a, view, ev.cue.token - victim_reach).start;
        const bool source_after = !ev.source.span.empty() && ev.source.span.start >= cue_span.end &&
                                  ev.source.span.start < subject_span.end;
        ActorRef victim;
        if (source_before || source_after) victim = ev.source;
        if (victim.actor.empty()) {
          victim = RoleActor(a, view, r.roles, ev.cue.token, Side::kBefore, Span{}, nullptr,
                             victim_reach);
        }
        const int counted = ev.cue.token > 0 ? view.entity_at[ev.cue.token - 1] : -1;
        if (victim.actor.empty() && counted >= 0 && view.entities[counted].first > 0 &&
            view.words[view.entities[counted].first - 1] == kFrom) {
          // تسعة عناصر من داعش قتلوا: the actor counted by من right before the verb.
          victim = RefOf(a, view, counted);
        }
        if (victim.actor.empty() && ev.subject_end > 0) {
          victim = RoleActor(a, view, r.roles, ev.cue.token, Side::kAfter, Span{}, nullptr,
                             ev.subject_end - ev.cue.token);
        }
        std::erase_if(ev.targets, [&](const ActorRef& t) {
          return t.span.start >= subject_span.end || t.span == victim.span;
        });
        if (!victim.actor.empty()) ev.targets.insert(ev.targets.begin(), std::move(victim));
        ev.source = ActorRef{};
      }
      // وافق على هذا المقترح: an intent to cooperate (CAMEO 03) "on" a known proposal.
      const auto& frame = ev.pattern->target_by;
      if (ev.targets.empty() && ev.kind == CueKind::kAct && Root(ev.code) == 3 &&
          std::find(frame.begin(), frame.end(), "\u0639\u0644\u064A") != frame.end()) {
        const std::span<const CueEvent> before(cues.data(), &ev - cues.data());
        AcceptedProposal accepted =
            MakerOfKnownProposal(r.cues, r.markers, view, ev, before, events);
        if (!accepted.maker.actor.empty()) {
          ev.targets.push_back(std::move(accepted.maker));
          ev.code = AcceptanceCode(accepted.code, ev.code);
        }
      }
      // رفض هذا المقترح، ترى بتلك الدعوات أمورا باطلة: a rejection (CAMEO 12) of a request or
      // proposal named as a known one answers its maker; not a defiance of norms (128: يواجه
      // تحديا), which answers no one's proposal.
      constexpr int kRejectRoot = 12;
      constexpr std::string_view kDefyNorms = "128";
      if (ev.targets.empty() && ev.kind == CueKind::kAct && Root(ev.code) == kRejectRoot &&
          ev.code != kDefyNorms) {
        const std::span<const CueEvent> before(cues.data(), &ev - cues.data());
        AcceptedProposal rejected =
            MakerOfKnownProposal(r.cues, r.markers, view, ev, before, events);
        if (!rejected.maker.actor.empty()) ev.targets.push_back(std::move(rejected.maker));
      }
      // What the protest is against, before its crowd: a role noun there (احتجاجا على
      // الحكومة) is not the crowd.
      if (ev.targets.empty() && Root(ev.code) == kProtestRoot) {
        ActorRef target = ProtestTarget(a, view, r.markers, hits, r.roles, ev.cue.token, ev.source);
        if (!target.actor.empty()) ev.targets.push_back(std::move(target));
      }
      // احتجاجات عمت العراق، قطع طريق بيروت: a place is where people protest; the crowd the
      // sentence names is who does.
      const bool place_protester = Root(ev.code) == kProtestRoot && ev.place_source;
      if ((ev.source.actor.empty() || place_protester) && !ev.passive &&
          Root(ev.code) >= kFirstRootWithoutSource) {
        // خرج المتظاهرون: CVL. A role noun also stands in for a source named without a code
        // (مليون متظاهر خرجوا تحت حماية البوليس).
        uint32_t role_word = 0;
        ActorRef role =
            RoleActor(a, view, r.roles, ev.cue.token, victim_after ? Side::kBefore : Side::kBoth,
                      ev.targets.empty() ? Span{} : ev.targets[0].span, &role_word,
                      Root(ev.code) == kProtestRoot ? kCrowdReach : kRoleReach);
        const bool crowd_found = !role.actor.empty();
        if (crowd_found || ev.source.text.empty()) ev.source = std::move(role);
        // آلاف المتظاهرين، مئات من المتظاهرين: a counted crowd is news, not a known one.
        const uint32_t quantity_at =
            role_word > 0 && r.markers.IsPreposition(view.words[role_word - 1]) ? role_word - 1
                                                                                : role_word;
        // Only a crowd close to the verb is the one acting in it (قطع المتظاهرون الطريق).
        const uint32_t distance =
            role_word > ev.cue.token ? role_word - ev.cue.token : ev.cue.token - role_word;
        // مجموعة من المتظاهرين: a part of a crowd is counted too.
        const bool partitive = quantity_at > 0 && quantity_at < role_word &&
                               r.markers.Is(Marker::kPartitive, view.words[quantity_at - 1]);
        ev.known_crowd = crowd_found && IsDefinite(view.words[role_word]) && !partitive &&
                         !QuantityBefore(hits, view.words, quantity_at) && distance <= kRoleReach;
      }
      const Span cue_word = WordSpan(a, view, ev.cue.token);
      const uint32_t attack = AttackAfter(r.cues, view, matches, ev.cue.token);
      if (Root(ev.code) >= kFirstAssaultRoot && !ev.cue.noun && ev.targets.empty() &&
          !ev.source.span.empty() && ev.source.span.start > cue_word.end && attack > 0 &&
          ev.source.span.end <= WordSpan(a, view, attack).start &&
          !CountAfterActor(a, view, r.markers, ev.source.span.end)) {
        // وقتل 28 متطوعا في الجيش العراقي … في هجوم انتحاري: the actor after the passive verb
        // is the victim; the attack names its doer, if anyone.
        ev.targets.push_back(std::move(ev.source));
        // في هجوم انتحاري، بهجوم مسلحين: the attacker named right after the attack noun.
        constexpr uint32_t kAttackerReach = 2;
        ev.source = RoleActor(a, view, r.roles, attack, Side::kAfter, ev.targets[0].span, nullptr,
                              kAttackerReach);
      }
      if (ev.passive && ev.source.actor.empty() && attack > 0) {
        // ستة أشخاص قتلوا في هجوم انتحاري: the attacker named right after the attack noun.
        constexpr uint32_t kAttackerReach = 2;
        ev.source =
            RoleActor(a, view, r.roles, attack, Side::kAfter,
                      ev.targets.empty() ? Span{} : ev.targets[0].span, nullptr, kAttackerReach);
      }
      if (Root(ev.code) >= kFirstAssaultRoot && ev.cue.noun && !victim_after &&
          ev.cue.token + 1 < view.words.size() && !IsDefinite(view.words[ev.cue.token + 1])) {
        // وقتل خمسة جنود في هجوم انتحاري، بهجوم مسلح: an indefinite role noun right after the
        // attack noun names who attacked; an actor before the noun is not its doer.
        ActorRef attacker =
            RoleActor(a, view, r.roles, ev.cue.token, Side::kAfter, Span{}, nullptr, 1);
        if (!attacker.actor.empty()) {
          std::erase_if(ev.targets, [&](const ActorRef& t) { return t.span == attacker.span; });
          ev.source = std::move(attacker);
        }
      }
      if (Root(ev.code) >= kFirstAssaultRoot) {
        ActorRef agent = PassiveAgent(a, view, r.roles, hits, ev.cue.token);
        if (!agent.actor.empty()) {
          // The actor the coder took as the doer: the victim when it is the passive verb's
          // subject right before it; otherwise (a speaker) no part of the act.
          const Span cue_span = WordSpan(a, view, ev.cue.token);
          const uint32_t reach_start =
              ev.cue.token >= kVictimBeforeReach
                  ? WordSpan(a, view, ev.cue.token - kVictimBeforeReach).start
              : view.first_token < a.tokens.size() ? a.tokens[view.first_token].span.start
                                                   : 0;
          const bool victim_before = !ev.source.span.empty() &&
                                     ev.source.span.end <= cue_span.start &&
                                     ev.source.span.start >= reach_start;
          const bool agent_as_target = !ev.targets.empty() && ev.targets[0].span == agent.span;
          if (agent_as_target) ev.targets.clear();
          if (victim_before && ev.targets.empty()) ev.targets.push_back(ev.source);
          ev.source = std::move(agent);
        }
      }
      if (ev.targets.empty() && Root(ev.code) >= kFirstAssaultRoot) {
        ActorRef opponent = OpponentAfterWith(a, view, r.markers, r.roles, *ev.pattern,
                                              ev.cue.token, ev.source.span);
        if (!opponent.actor.empty()) ev.targets.push_back(std::move(opponent));
      }
      if (ev.targets.empty() && Root(ev.code) >= kFirstAssaultRoot) {
        ActorRef aimed = AimedTarget(a, view, r.markers, r.roles, hits, *ev.pattern, ev.cue.token,
                                     ev.source.span);
        if (!aimed.actor.empty()) ev.targets.push_back(std::move(aimed));
      }
      if (ev.targets.empty() && Root(ev.code) >= kFirstAssaultRoot && !ev.passive &&
          !ev.pattern->target_by.empty()) {
        // هاجم مسلحون دورية للشرطة: the role noun after the cue is the target.
        ActorRef target = RoleActor(a, view, r.roles, ev.cue.token, Side::kAfter, ev.source.span);
        if (!target.actor.empty()) ev.targets.push_back(std::move(target));
      }
      // An attack in words (تعرض الوزير لهجوم حاد، now 111) has its victim there all the same.
      const bool attack_noun =
          ev.cue.noun && ev.pattern != nullptr && Root(ev.pattern->code) >= kFirstAssaultRoot;
      const int subjected = attack_noun ? SubjectedBefore(r.markers, hits, view, ev.cue.token) : -1;
      const bool named_source =
          !ev.source.span.empty() && EntityStartingAt(a, view, ev.source.span.start) >= 0;
      if (subjected >= 0 && named_source &&
          ev.source.span.end <= WordSpan(a, view, ev.cue.token).start &&
          ev.source.span.end >= WordSpan(a, view, subjected > 0 ? subjected - 1 : 0).end) {
        // تعرض الجيش لهجوم انتحاري، تعرضت قافلة السفير لهجوم: who was subjected to the attack
        // (a name right before تعرض or between it and the act) is its victim, not its doer; no
        // actor after the act is then its target. A role word there may be an adjective
        // (تعرضت قافلته الدبلوماسية).
        ev.targets.assign(1, ev.source);
        ev.source = ActorRef{};
      }
    }
    // Emit: a report is 010 only when its speaker does nothing more specific in the sentence.
    std::vector<Event> sentence_events;
    std::vector<RecordNotes> sentence_notes;  // parallel to sentence_events
    for (size_t i = 0; i < cues.size(); ++i) {
      const CueEvent& ev = cues[i];
      if (ev.absorbed) continue;
      const bool has_source = !ev.source.text.empty() || !ev.source.actor.empty();
      // A noun naming material conflict is often background (منذ اغتيال الحريري، مسيرة
      // السلام): as an actual act it is coded only where the sentence says the act took place
      // (وقع الهجوم، اندلعت مظاهرات، أسفر عن مقتل). Without a named actor only such acts are
      // coded.
      const bool material = Root(ev.code) >= kFirstRootWithoutSource;
      const bool onset = ev.cue.noun && OnsetBefore(hits, ev.cue.token);
      const bool announced =
          ev.cue.noun && AnnouncedResult(r.markers, view.words, hits, ev.cue.token);
      const bool told =
          announced || (ev.cue.noun && InDatedLine(a, view, hits, sentence.span, ev.cue.token));
      if (material && ev.cue.noun && ev.modality == "actual" &&
          ((!OccurredNear(hits, ev.cue.token) && !onset && !told) ||
           Counted(hits, view.words, matches, ev.cue.token))) {
        continue;
      }
      // قتلوا في العراق حتى الآن: a running total, not news of a new act.
      if (material && ev.modality == "actual" && RunningTally(hits)) continue;
      // "لا أرى تحالفا بين إيران وروسيا في القتال ضد الإرهاب": a material act noun in a
      // prepositional phrase of a denied claim is its setting, not a claim of its own.
      if (material && ev.cue.noun && ev.governor >= 0 && cues[ev.governor].kind == CueKind::kDeny &&
          AfterPreposition(r.markers, view.words, ev.cue.token)) {
        continue;
      }
      // المظاهرات، الهجوم: an act named with the article is one the reader already knows of
      // (coded where it was first reported), not news of a new one; unless a verb right before
      // it says it started again (تجددت المظاهرات، تواصلت الاشتباكات).
      if (material && ev.cue.noun && IsDefinite(view.words[ev.cue.token]) &&
          ev.modality == "actual" && !onset) {
        continue;
      }
      // الذين تعرض ذووهم لغارات، المذبحة التي تعرضت لها: what a relative clause says someone
      // was subjected to is what they are known by, not news of a new act.
      if (material && ev.cue.noun && ev.modality == "actual") {
        const int subjected = SubjectedBefore(r.markers, hits, view, ev.cue.token);
        if (subjected > 0 && r.markers.Is(Marker::kRelative, view.words[subjected - 1])) continue;
      }
      // اغتيل عام 2005، منذ اغتيال الحريري: an act dated to an earlier time is background.
      if (material && ev.modality == "actual" && InThePast(hits, view.words, ev.cue.token)) {
        continue;
      }
      // قطع المتظاهرون الطريق: what the protesters (the article's, named with the article) did
      // is a detail of a protest already reported, not news of a new one. A verb opening the
      // sentence (وسد المتظاهرون طريقا، وتجمع المتظاهرون) narrates a new act of theirs.
      if (Root(ev.code) == kProtestRoot && !ev.cue.noun && ev.known_crowd &&
          !OpensSentence(view.words, ev.cue.token) && ev.modality == "actual") {
        continue;
      }
      // خلال المحادثات، في جميع المحادثات: talks named with the article inside a prepositional
      // phrase are the ones the article already reports, the setting of another act.
      // Not so when the text names the parties (خلال اللقاء بينه وبين لافروف): it tells of it.
      if (Root(ev.code) == kConsultRoot && ev.cue.noun && IsDefinite(view.words[ev.cue.token]) &&
          AfterPreposition(r.markers, view.words, ev.cue.token) && !ev.own_meeting) {
        continue;
      }
      if (!has_source && !material) continue;
      if (AdministrativeDecision(r.markers, r.roles, view, ev)) continue;
      // أي توصية أو عرض: any such act, unless negated or denied (نفت أي تنسيق مع طهران).
      if (ev.any && !ev.negated && (ev.governor < 0 || cues[ev.governor].kind != CueKind::kDeny)) {
        continue;
      }
      if (ev.kind == CueKind::kReport && ev.code == kStatement) {
        // An act of the speaker's own country in the speaker's clause (أعلن وزير الدفاع الروسي
        // أن موسكو طلبت …) is what the words do, also when it is a claim.
        const bool said_more = std::any_of(cues.begin(), cues.end(), [&](const CueEvent& other) {
          if (&other == &ev || other.code == kStatement || (other.any && !other.negated)) {
            return false;
          }
          const bool in_clause = other.governor == static_cast<int>(i);
          if (SameActor(other.source, ev.source)) {
            return in_clause || other.modality != "reported";
          }
          // وبحسب رويترز فإن روسيا …: an act after a second clause opener is another
          // speaker's claim, not what these words do.
          return in_clause && other.kind == CueKind::kAct && !other.absorbed &&
                 SameCountry(other.source, ev.source) &&
                 ClauseOpenersBetween(r.markers, view.words, ev.cue.token, other.cue.token) <= 1;
        });
        if (said_more) continue;
      }
      Event event;
      event.source = ev.source;
      // وأعلنت الشرطة مقتل 13: who announces the toll is not who killed.
      if (announced && !ev.source.span.empty() &&
          ev.source.span.end <= WordSpan(a, view, ev.cue.token).start) {
        event.source = ActorRef{};
      }
      event.code = ev.refers_back ? CodeOfEarlierAct(events, ev.source, ev.code) : ev.code;
      if (const CodeInfo* info = r.codebook.Find(event.code)) {
        event.plover = info->plover;
        event.quad_class = info->quad_class;
        event.goldstein = info->goldstein;
      } else {
        event.quad_class = Codebook::QuadClass(event.code);
      }
      event.polarity = ev.negated ? "negated" : "asserted";
      event.modality = ev.modality;
      // هل ستنضم روسيا إلى التحالف؟: an act a question asks about is merely possible.
      // An announced act asked about (هل ستنضم؟) is no more than possible either.
      if (ev.kind == CueKind::kAct && AskedAbout(r.markers, view, ev.cue.token) &&
          (ev.modality == "actual" || ev.modality == "intended")) {
        event.modality = "hypothetical";
      }
      event.date = DateFor(a, sentence.span);
      event.sentence = sentence.span;
      event.cue = WordSpan(a, view, ev.cue.token);
      RecordNotes note;
      note.headline_statement = ev.headline && event.code == kStatement;
      if (ev.kind == CueKind::kDeny) {
        note.parties = CountriesAfter(view, ev.cue.token);
        note.denied = DeniedActs(r.markers, view.words, cues, i);
      }
      if (ev.targets.empty()) {
        sentence_events.push_back(event);
      } else {
        bool emitted = false;
        for (size_t k = 0; k < ev.targets.size(); ++k) {
          const ActorRef& target = ev.targets[k];
          if (SameActor(target, event.source)) continue;
          Event one = event;
          one.target = target;
          if (k < ev.counterpart.size() && ev.counterpart[k])
            TakeRoleOf(r.roles, event.source, &one.target);
          AddressTheGovernment(r.countries, one, &one.target);
          sentence_events.push_back(std::move(one));
          emitted = true;
        }
        // A verb whose only target was its own subject is still an act (not so for a noun
        // inside a title: مدير قسم التهديدات).
        if (!emitted && !ev.cue.noun) sentence_events.push_back(event);
      }
      sentence_notes.resize(sentence_events.size(), note);
    }
    ShareSourceRole(r.roles, &sentence_events);
    for (const Event& e : sentence_events) {
      if (!e.source.text.empty() && !e.source.span.empty()) {
        previous = e.source;
        break;
      }
    }
    // Quotes: passages in quote marks next to a reporting cue, and reported clauses.
    for (const Span& passage : passages) {
      const CueEvent* speaker_cue = nullptr;
      for (const CueEvent& ev : cues) {
        if (ev.kind == CueKind::kAct) continue;
        const Span cue_span = WordSpan(a, view, ev.cue.token);
        if (cue_span.end <= passage.start) speaker_cue = &ev;
        if (speaker_cue == nullptr && cue_span.start >= passage.end) speaker_cue = &ev;
      }
      if (speaker_cue == nullptr) continue;
      a.quotes.push_back({speaker_cue->source,
                          std::string(WordSpan(a, view, speaker_cue->cue.token).of(text)),
                          passage});
    }
    for (const CueEvent& ev : cues) {
      if (ev.kind == CueKind::kAct || ev.args.clause_start == 0 ||
          ev.args.clause_start >= view.words.size()) {
        continue;
      }
      const Span from = WordSpan(a, view, ev.args.clause_start);
      const bool quoted = std::any_of(passages.begin(), passages.end(), [&](const Span& p) {
        return p.start >= from.start && p.start <= from.start + 4;
      });
      if (quoted) continue;
      Span clause{from.start, sentence.span.end};
      while (clause.end > clause.start &&
             std::string_view(" \n.\u060C").find(text[clause.end - 1]) != std::string_view::npos) {
        --clause.end;
      }
      if (clause.empty()) continue;
      a.quotes.push_back(
          {ev.source, std::string(WordSpan(a, view, ev.cue.token).of(text)), clause});
    }
    for (Event& e : sentence_events) events.push_back(std::move(e));
    for (RecordNotes& n : sentence_notes) notes.push_back(std::move(n));
  }

  MergeRepeats(std::move(events), notes, &a.events);
}

}  // namespace marsad::events
