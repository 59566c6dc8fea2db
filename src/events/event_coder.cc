#include "events/event_coder.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "core/tsv_file.h"
#include "events/act_occurrence.h"
#include "events/actor_refs.h"
#include "events/actor_roles.h"
#include "events/argument_finder.h"
#include "events/assault_parties.h"
#include "events/codebook.h"
#include "events/content_refinement.h"
#include "events/cue_event.h"
#include "events/cue_finder.h"
#include "events/cue_lexicon.h"
#include "events/cue_traits.h"
#include "events/known_proposals.h"
#include "events/marker_lexicon.h"
#include "events/match_form.h"
#include "events/protest_parties.h"
#include "events/quote_finder.h"
#include "events/repeat_merger.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"
#include "events/statement_content.h"
#include "events/victims.h"
#include "events/word_shapes.h"

namespace marsad::events {

struct EventCoder::Resources {
  Codebook codebook;
  CueLexicon cues;
  MarkerLexicon markers;
  RoleNouns roles;
  ContentRefinements refinements;
  std::unordered_set<std::string> countries;  // country codes (RUS), not regions (WST, MEA)
};

namespace {

constexpr int kMinQuoteWords = 2;
constexpr std::string_view kCriticize = "111";  // criticize or denounce
// Force used in general (شن هجوما، شن حملة), the code a launched attack of no kind has.
constexpr std::string_view kUseForce = "190";
// An attack of no kind (هاجم، هجوم).
constexpr std::string_view kAttack = "180";

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
  const int root = CameoRoot(verb.code);
  return root == 2 || root == 3 || root == 10 || root == 12 || root == 13;
}

// The target entity `e`, or the coded name right after it when `e` itself has no code: ندد
// "بالدكتاتور" بشار الأسد.
ActorRef TargetRef(const Analysis& a, const SentenceView& view, int e) {
  ActorRef ref = RefOf(a, view, e);
  if (!ref.actor.empty()) return ref;
  const int next = view.EntityStartingAt(NextWord(view, view.entities[e].end));
  if (next >= 0) {
    ActorRef apposed = RefOf(a, view, next);
    if (!apposed.actor.empty()) return apposed;
  }
  return ref;
}

// People of a kind named by the actors stage with a bare role code (المتظاهرون، مسلحون،
// سكان → CVL, UAF) are no named actors to the coder: it reads them as role nouns, where they
// stand to the cue (RoleActor, ProtestParties), and only in material acts, where a crowd or armed
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
    const int e = view.EntityStartingAt(w);
    if (e < 0) continue;
    const std::string& actor = view.entities[e].actor;
    if (actor.starts_with("IGO") && actor != source.actor) return e;
  }
  return -1;
}

// The entity that starts right after the word at `word` (past quote marks): the genitive of a
// noun there; -1 when none does.
int EntityRightAfter(const SentenceView& view, uint32_t word) {
  return view.EntityStartingAt(NextWord(view, word + 1));
}

// Whether entity `e` starts right after the noun at `noun`: its genitive.
bool GenitiveAfter(const SentenceView& view, uint32_t noun, int e) {
  return e >= 0 && EntityRightAfter(view, noun) == e;
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
      const int e = view.EntityStartingAt(i);
      if (e < 0) continue;
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
  return view.EntityStartingAt(partner);
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

// Whether `actor` is a person's name (not a group, a role or a place) with no actor code.
bool UncodedPerson(const Analysis& a, const SentenceView& view, const ActorRef& actor) {
  if (actor.span.empty() || !actor.actor.empty()) return false;
  const int e = EntityStartingAtByte(a, view, actor.span.start);
  return e >= 0 && a.entities[view.entities[e].entity].type == "PER";
}

// Whether `target` is something force is used on rather than words: a place, or armed men or a
// crowd (a role of people alone: UAF, CVL).
bool PhysicalTarget(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                    const ActorRef& target) {
  if (roles.NamesPeople(target.actor)) return true;
  if (target.span.empty()) return false;
  const int e = EntityStartingAtByte(a, view, target.span.start);
  return e >= 0 && a.entities[view.entities[e].entity].type == "LOC";
}

// Whether the word at `token` is the sentence's first word (punctuation has no folded word).
bool OpensSentence(const std::vector<std::string>& words, uint32_t token) {
  return std::all_of(words.begin(), words.begin() + std::min<size_t>(token, words.size()),
                     [](const std::string& w) { return w.empty(); });
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

// Whether a colon stands between the sentence's first and last tokens: a sentence without one
// has no headline speaker.
bool HasColon(const Analysis& a, const Sentence& sentence) {
  const Span first = a.tokens[sentence.first_token].span;
  const Span last = a.tokens[sentence.end_token - 1].span;
  return a.text().substr(first.start, last.end - first.start).find(':') != std::string_view::npos;
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

// The source of the first cue before word `token` that has one, or `fallback`.
ActorRef EarlierSource(const std::vector<CueEvent>& cues, uint32_t token,
                       const ActorRef& fallback) {
  for (const CueEvent& other : cues) {
    if (other.cue.token >= token) break;
    if (!other.source.text.empty() || !other.source.actor.empty()) return other.source;
  }
  return fallback;
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

// Polarity and modality from the markers before the cue, and the conditions after an act
// (ستنضم إلى التحالف … في حال تنفيذ الشروط).
void ReadMarkers(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                 CueEvent* ev) {
  const uint32_t c = ev->cue.token;
  bool hypothetical = false;
  // ستحتفظ بحق الرد: a threat is made now; the future is that of the act it threatens.
  constexpr int kThreatenRoot = 13;
  bool intended = ev->cue.future && CameoRoot(ev->code) != kThreatenRoot;
  bool reported = false;
  for (const MarkerHit& hit : hits) {
    if (hit.marker == Marker::kCondition && ev->kind == CueKind::kAct &&
        hit.StartsWithinReachAfter(c)) {
      hypothetical = true;
      continue;
    }
    if (hit.marker == Marker::kUpcoming && ev->cue.noun && hit.StartsWithinReachAfter(c)) {
      intended = true;  // لقاء مرتقب مع …، القمة المقبلة
      continue;
    }
    if (!hit.EndsWithinReachBefore(c)) continue;
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

// What coding a sentence reads of its article beyond the sentence: the resources, the first
// day of the news, the records of the sentences before it and the last actor who acted in them.
struct ArticleContext {
  const EventCoder::Resources& resources;
  const ArgumentFinder& arguments;
  const CuePattern* statement;  // a plain statement (قال), which a headline's colon stands for
  std::optional<int64_t> news_from;  // FirstDayOfTheNews; none without a publication date
  const std::vector<Event>& earlier;
  const ActorRef& previous;
};

// The coding of one sentence, step by step: read its cues with their arguments, settle what
// the cues say of each other (statements by their content, clauses, denied claims), resolve
// each cue's actors and modality, then build the records and the quotes.
class SentenceCoder {
 public:
  SentenceCoder(const ArticleContext& article, Analysis* analysis, const Sentence& sentence,
                SentenceView view, std::vector<CueMatch> matches, int headline_speaker)
      : article_(article),
        r_(article.resources),
        a_(*analysis),
        sentence_(sentence),
        view_(std::move(view)),
        matches_(std::move(matches)),
        headline_speaker_(headline_speaker),
        hits_(r_.markers.Find(view_.words, 0)),
        carry_(std::any_of(hits_.begin(), hits_.end(),
                           [](const MarkerHit& h) { return h.marker == Marker::kCarry; })) {}

  // Puts the sentence's records into `records` (its notes, parallel, into `notes`), both empty
  // on entry, and appends its quotes to the analysis.
  void Code(std::vector<Event>* records, std::vector<RecordNotes>* notes);

  // After Code: the speaker a later verb without a subject (وأضاف) continues: the source of
  // the first verb of speech outside any other's clause, named or continued (قال شومر إن
  // إيران …: Schumer, not Iran), whether or not that verb made a record; an empty reference
  // when none.
  ActorRef LeadActor() const;

 private:
  // Reading the cues.
  void ReadCues();
  // Reads the cue of `match` into *ev; false when it is no act the sentence reports.
  // `governing_verb` is the verb whose content the match names (طالب … بشن), or nullptr.
  bool ReadCue(const CueMatch& match, const CueMatch* governing_verb, CueEvent* ev) const;
  // Whether the cue is asked about, already known, aimed at or a permit: no new act.
  bool AsideFromTheNews(const CueMatch& cue) const;
  void FindSource(CueEvent* ev) const;
  void FindTargets(CueEvent* ev) const;
  void AddHeadlineStatement();
  void ReadAttacksInWords();
  // اشتبك متظاهرون مع الجيش: force used by protesters is a riot (CAMEO 145).
  void ReadRiots();
  // Whether the source of `ev` is named by the marker phrase `hit` (it starts at its first word:
  // المتظاهرون، السيول).
  bool SourceNamedBy(const CueEvent& ev, const MarkerHit& hit) const;
  void AssignGovernors();

  // Resolving each cue's actors and modality, in text order.
  void Resolve(CueEvent* ev) const;
  void TakeQuoteSpeakersSide(CueEvent* ev) const;
  void ReadPassive(CueEvent* ev) const;
  void TakeGovernorsSource(CueEvent* ev) const;
  void ContinueEarlierActor(CueEvent* ev) const;
  // فتح مسلحون النار على مركبة للشرطة ما أدى إلى مقتل ضابط: the result an outcome word names
  // (a killing, an injury) was done by the doer of the attack before it.
  void TakeCauseDoer(CueEvent* ev) const;
  // An act in the clause of a denial is reported, unless the denial itself negates it.
  void ReadDeniedAct(CueEvent* ev) const;
  void AnswerKnownProposal(CueEvent* ev) const;
  // The named actor that calls for the act `ev` (دعت النقابات … إلى القيام باحتجاجات): the
  // source of the appeal verb before it in one phrase; an empty reference when none.
  ActorRef CallerOf(const CueEvent& ev) const;

  // Records and quotes.
  bool TellsBackground(const CueEvent& ev, bool announced) const;
  bool IsCoded(size_t i, bool announced) const;
  bool SaysMoreThanAStatement(size_t i) const;
  Event RecordOf(const CueEvent& ev, bool announced) const;
  void Emit(std::vector<Event>* records, std::vector<RecordNotes>* notes) const;
  void AddQuotes() const;

  const ArticleContext& article_;
  const EventCoder::Resources& r_;
  Analysis& a_;
  const Sentence& sentence_;
  const SentenceView view_;
  const std::vector<CueMatch> matches_;
  const int headline_speaker_;
  const std::vector<MarkerHit> hits_;
  const bool carry_;            // a carry marker: a verb without a subject continues the last actor
  std::vector<Span> passages_;  // quoted passages of the sentence
  std::vector<CueEvent> cues_;
};

void SentenceCoder::Code(std::vector<Event>* records, std::vector<RecordNotes>* notes) {
  ReadCues();
  AddHeadlineStatement();
  ReadAttacksInWords();
  ReadRiots();
  ReadStatementContent(a_, view_, article_.arguments, r_.markers, hits_, &cues_);
  AbsorbReportedContent(view_, &cues_);
  for (CueEvent& ev : cues_) RefineByContent(r_.refinements, r_.markers, view_, &ev);
  for (CueEvent& ev : cues_) ConfirmKnownAct(r_.markers, view_, article_.earlier, &ev);
  AssignGovernors();
  MarkDeniedClaims(r_.markers, view_.words, &cues_);
  passages_ = FindQuotedPassages(a_.text(), sentence_.span, kMinQuoteWords);
  for (CueEvent& ev : cues_) Resolve(&ev);
  Emit(records, notes);
  AddQuotes();
}

ActorRef SentenceCoder::LeadActor() const {
  for (const CueEvent& ev : cues_) {
    if (ev.governor >= 0 || ev.kind == CueKind::kAct || ev.cue.noun) continue;
    if (!ev.source.text.empty()) return ev.source;
  }
  return ActorRef{};
}

void SentenceCoder::ReadCues() {
  const CueMatch* previous_verb = nullptr;
  for (const CueMatch& match : matches_) {
    if (view_.entity_at[match.token] >= 0) continue;  // a word inside a name
    // تعرض للضرب، تعرض لهجوم: "was subjected to", never the present of عرض (an offer) whose
    // content the act noun after it would be.
    if (!match.noun && SubjectedAt(r_.markers, hits_, view_, match.token) != nullptr) continue;
    const bool content_of_verb = match.noun && previous_verb != nullptr &&
                                 NearVerb(view_, previous_verb->token, match.token);
    if (content_of_verb && GovernsContent(r_.cues.patterns()[previous_verb->pattern])) {
      continue;  // طالب التحالف بشن غارات: what is asked for has not happened
    }
    if (!match.noun) previous_verb = &match;
    CueEvent ev;
    if (ReadCue(match, content_of_verb ? previous_verb : nullptr, &ev)) {
      cues_.push_back(std::move(ev));
    }
  }
}

bool SentenceCoder::AsideFromTheNews(const CueMatch& cue) const {
  // ردا على سؤال حول احتمال انضمام …؛ بتلك الدعوات؛ تمهيدا لمباحثات السلام: asked about,
  // already reported, or aimed at; none is a new act.
  if (MarkerBefore(hits_, Marker::kQuestion, cue.token) ||
      (cue.noun && cue.token > 0 &&
       (r_.markers.Is(Marker::kKnown, BareForm(view_.words[cue.token - 1])) ||
        MarkerBefore(hits_, Marker::kPurpose, cue.token)))) {
    return true;
  }
  // صدرت موافقة الملك على تعيين …، يحصل على موافقة: an approval issued or obtained is an
  // administrative permit, not an intent to cooperate (CAMEO 03).
  return cue.noun && CameoRoot(r_.cues.patterns()[cue.pattern].code) == kIntentRoot &&
         MarkerBefore(hits_, Marker::kPermit, cue.token);
}

bool SentenceCoder::ReadCue(const CueMatch& match, const CueMatch* governing_verb,
                            CueEvent* out) const {
  const std::string_view text = a_.text();
  CueMatch cue = match;
  if (!cue.noun && !cue.future && cue.token > 0 && !PresentPrefix(view_.words[cue.token]) &&
      (r_.markers.Is(Marker::kHypothetical, view_.words[cue.token - 1]) ||
       r_.markers.Is(Marker::kIntended, view_.words[cue.token - 1]))) {
    cue.noun = true;  // إمكانية تعاون واشنطن: after a possibility word, the verbal noun
  }
  if (AsideFromTheNews(cue)) return false;
  if (governing_verb != nullptr) {
    const auto& frame = r_.cues.patterns()[governing_verb->pattern].target_by;
    cue.complement = std::find(frame.begin(), frame.end(), "\u0628") != frame.end();
  }
  CueEvent& ev = *out;
  ev.cue = cue;
  ev.pattern = &r_.cues.patterns()[match.pattern];
  ev.kind = ev.pattern->kind;
  ev.code = ev.pattern->code;
  ev.args = article_.arguments.Find(view_, cue, *ev.pattern);
  if (TakesTargetBy(*ev.pattern, "gen")) {
    // نعمل لدعم العراق: the act is that of the verbal noun the cue needs; it is done to the
    // actor named as that noun's genitive, and without one (نسعى لدعم الحوار) to no one.
    const int genitive = EntityRightAfter(view_, cue.next_token);
    if (genitive < 0 || view_.entities[genitive].actor.empty() || genitive == ev.args.source) {
      return false;
    }
    ev.args.targets = {genitive};
  }
  ev.any = AfterAny(r_.markers, view_.words, cue.token);  // only a noun follows أي
  ev.possessive = cue.noun && EndsWithPronoun(WordSpan(a_, view_, cue.token).of(text));
  // نقلت عن البيت الأبيض قول الرئيس: a noun of speech with no verb of its own in the
  // lexicon (قول) is a statement of the coded actor named as its genitive right after it;
  // not with a pronoun (قوله) or a preposition (بالقول، على حد قوله), which tell how a
  // statement coded elsewhere was made, nor of a name without a code (قول عائشة، قول
  // الشاعر): a saying cited, not news.
  if (cue.noun && ev.kind == CueKind::kReport && ev.pattern->nominal_only &&
      (ev.possessive || view_.prepositional[cue.token] ||
       !GenitiveAfter(view_, cue.token, ev.args.source) ||
       view_.entities[ev.args.source].actor.empty())) {
    return false;
  }
  // أبلغ X بمقترحه: the proposal conveyed is one made before.
  ev.refers_back = cue.next_token > cue.token && cue.next_token < view_.words.size() &&
                   view_.words[cue.next_token].compare(0, 2, "\u0628") == 0 &&
                   EndsWithPronoun(WordSpan(a_, view_, cue.next_token).of(text));
  FindSource(&ev);
  FindTargets(&ev);
  ReadMarkers(hits_, view_.words, &ev);
  // Asked twice of an act noun: whether someone was subjected to it (the victim of an
  // assault; a relative clause's background).
  ev.subjected_at = ev.cue.noun ? SubjectedBefore(r_.markers, hits_, view_, ev.cue.token) : -1;
  return true;
}

void SentenceCoder::FindSource(CueEvent* ev) const {
  if (ev->args.source < 0) return;
  const std::vector<int> sources = article_.arguments.Coordinated(view_, ev->args.source);
  ev->source = RefOf(a_, view_, sources[0]);
  ev->place_source = a_.entities[view_.entities[sources[0]].entity].type == "LOC";
  // العسكريين الروس والسوريين والإيرانيين نظموا مركز تنسيق … مع الشيعة: a party named
  // without a code is not one the co-subjects of the act yield to.
  const std::vector<int>& targets = ev->args.targets;
  const bool uncoded_targets =
      !targets.empty() && std::all_of(targets.begin(), targets.end(),
                                      [this](int t) { return view_.entities[t].actor.empty(); });
  // Only for cooperation (CAMEO 03-08) between actors that are not places.
  constexpr int kLastCooperationRoot = 8;
  const bool co_actors = sources.size() > 1 && CameoRoot(ev->code) <= kLastCooperationRoot &&
                         std::none_of(sources.begin(), sources.end(), [this](int e) {
                           return a_.entities[view_.entities[e].entity].type == "LOC";
                         });
  if (co_actors && uncoded_targets) ev->args.targets.clear();
  if (ev->args.targets.empty()) {
    // "روسيا وتركيا يبحثان": the first acts with the others.
    for (size_t k = 1; k < sources.size(); ++k) ev->args.targets.push_back(sources[k]);
  }
}

void SentenceCoder::FindTargets(CueEvent* ev) const {
  for (int t : ev->args.targets) {
    ev->targets.push_back(TargetRef(a_, view_, t));
    const uint32_t first = view_.entities[t].first;
    ev->counterpart.push_back(
        first > 0 && r_.markers.Is(Marker::kCounterpart, BareForm(view_.words[first - 1])));
  }
  ShareRole(r_.roles, &ev->targets);
  if (!ev->targets.empty() || ev->kind != CueKind::kAct) return;
  // التعاون بين روسيا والعراق: the party that is not the source.
  const int other = PartyBetween(a_, view_, r_.roles, ev->cue.token, ev->source);
  if (other >= 0) ev->targets.push_back(RefOf(a_, view_, other));
  constexpr int kCooperationRoot = 6;
  if (ev->targets.empty() && !ev->cue.noun && CameoRoot(ev->code) == kCooperationRoot) {
    const int alliance =
        AllianceOfJoinedUndertaking(view_, *ev->pattern, ev->cue.token, ev->source);
    if (alliance >= 0) ev->targets.push_back(RefOf(a_, view_, alliance));
  }
  if (ev->targets.empty() && ev->cue.noun && CameoRoot(ev->code) == kConsultRoot) {
    // خلال اللقاء بينه وبين لافروف: the meeting of the sentence's actor with the partner.
    const int partner = PartnerAfterOwnBetween(view_, ev->cue.token);
    if (partner >= 0) {
      for (int t : article_.arguments.Coordinated(view_, partner)) {
        ev->targets.push_back(RefOf(a_, view_, t));
      }
      ev->own_meeting = true;
    }
  }
}

void SentenceCoder::AddHeadlineStatement() {
  const CuePattern* statement = article_.statement;
  if (headline_speaker_ < 0 || statement == nullptr) return;
  // «البنتاجون: لم نتلق طلبا»: the headline is a statement by the actor before the colon,
  // coded by its content like "قال X إن …".
  CueEvent said;
  said.cue.token = view_.entities[headline_speaker_].end - 1;
  said.cue.pattern = static_cast<uint32_t>(statement - r_.cues.patterns().data());
  said.pattern = statement;
  said.kind = CueKind::kReport;
  said.code = std::string(kStatement);
  said.args.source = headline_speaker_;
  said.args.clause_start = view_.entities[headline_speaker_].end;
  said.source = RefOf(a_, view_, headline_speaker_);
  said.headline = true;
  cues_.insert(cues_.begin(), std::move(said));
}

void SentenceCoder::ReadAttacksInWords() {
  for (CueEvent& ev : cues_) {
    if (CameoRoot(ev.code) < kFirstAssaultRoot) continue;
    // هاجم الوزير المعارضة قائلا …، شن هجوما لاذعا على …: an attack in words is criticism.
    // The reach counts from the attack noun a light verb needs (شن النائب هجوما لاذعا).
    const uint32_t anchor = std::max(ev.cue.token, ev.cue.next_token);
    // So is an attack launched by the press or a legislature (شنت الصحافة هجوما عنيفا على):
    // a light verb's subject, not a report's speaker, is named. And an attack of no kind
    // launched by a named person of no known role (شن مارادونا هجوما على الفيفا): a footballer,
    // an artist or a writer; armed attacks are launched by groups or known leaders. A shot or a
    // raid (أطلق النار، شن غارة) is force whoever does it.
    const bool launched = ev.cue.next_token > ev.cue.token;
    // هاجمت وسائل الإعلام الاتفاق: so is a plain attack (هاجم) by the press or a legislature,
    // unless what it attacks is a place or armed men.
    const bool spoken_attack =
        !launched && !ev.cue.noun && ev.code == kAttack && r_.roles.OnlySpeaks(ev.source.actor) &&
        (ev.targets.empty() || !PhysicalTarget(a_, view_, r_.roles, ev.targets[0]));
    const bool verbal =
        spoken_attack ||
        (launched && (r_.roles.OnlySpeaks(ev.source.actor) ||
                      (ev.code == kUseForce && UncodedPerson(a_, view_, ev.source)))) ||
        std::any_of(hits_.begin(), hits_.end(), [&](const MarkerHit& h) {
          return h.marker == Marker::kVerbal && h.first_token > ev.cue.token &&
                 h.first_token <= anchor + static_cast<uint32_t>(h.reach);
        });
    if (verbal) ev.code = std::string(kCriticize);
  }
}

bool SentenceCoder::SourceNamedBy(const CueEvent& ev, const MarkerHit& hit) const {
  return !ev.source.span.empty() &&
         WordSpan(a_, view_, hit.first_token).start == ev.source.span.start;
}

void SentenceCoder::ReadRiots() {
  constexpr std::string_view kRiot = "145";
  for (CueEvent& ev : cues_) {
    if (CameoRoot(ev.code) < kFirstAssaultRoot || ev.source.span.empty()) continue;
    const bool protesters = std::any_of(hits_.begin(), hits_.end(), [&](const MarkerHit& h) {
      return h.marker == Marker::kProtesters && SourceNamedBy(ev, h);
    });
    if (protesters) ev.code = std::string(kRiot);
  }
}

// Clauses: an act inside the clause of a report or denial belongs to it.
void SentenceCoder::AssignGovernors() {
  for (size_t i = 0; i < cues_.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const CueEvent& gov = cues_[j];
      if (gov.kind == CueKind::kAct) continue;
      const uint32_t opens = gov.args.clause_start > 0 ? gov.args.clause_start : gov.cue.token + 1;
      if (cues_[i].cue.token >= opens) cues_[i].governor = static_cast<int>(j);
    }
  }
}

void SentenceCoder::Resolve(CueEvent* ev) const {
  TakeQuoteSpeakersSide(ev);
  ReadPassive(ev);
  TakeGovernorsSource(ev);
  ContinueEarlierActor(ev);
  ReadDeniedAct(ev);
  const AssaultParties assault(a_, view_, r_.cues, r_.markers, r_.roles, matches_, hits_);
  const bool victim_after = assault.FindVictim(ev);
  AnswerKnownProposal(ev);
  // Only a protest can be that of the actor who called for it.
  const ActorRef caller = CameoRoot(ev->code) == kProtestRoot ? CallerOf(*ev) : ActorRef{};
  ProtestParties(a_, view_, r_.markers, r_.roles, hits_).Complete(ev, victim_after, caller);
  assault.Complete(ev, victim_after);
  TakeCauseDoer(ev);
}

void SentenceCoder::TakeCauseDoer(CueEvent* ev) const {
  if (CameoRoot(ev->code) < kFirstAssaultRoot || !ev->cue.noun ||
      !r_.markers.Is(Marker::kResult, view_.words[ev->cue.token])) {
    return;
  }
  const auto outcome = std::find_if(hits_.begin(), hits_.end(), [&](const MarkerHit& h) {
    return h.marker == Marker::kOutcome && h.EndsWithinReachBefore(ev->cue.token);
  });
  if (outcome == hits_.end()) return;
  // The last act before the outcome word caused the result.
  for (const CueEvent* cause = ev; cause != cues_.data();) {
    --cause;
    if (cause->cue.token >= outcome->first_token) continue;
    // Not when the result befell the doer (محاولة شاب خطف مسدس أسفرت عن مقتل الشاب).
    const bool doer_hit =
        std::any_of(ev->targets.begin(), ev->targets.end(),
                    [&](const ActorRef& t) { return t.actor == cause->source.actor; });
    if (CameoRoot(cause->code) >= kFirstAssaultRoot && !cause->source.actor.empty() && !doer_hit) {
      ev->source = cause->source;
      ev->source.span = Span{};
    }
    return;
  }
}

// Words from an appeal verb to the act it calls for (دعت النقابات وممثلون عن الأحزاب
// الديمقراطية امس الى القيام باحتجاجات).
constexpr uint32_t kCallReach = 12;

ActorRef SentenceCoder::CallerOf(const CueEvent& ev) const {
  constexpr int kAppealRoot = 2;
  const CueEvent* call = nullptr;
  for (const CueEvent& other : cues_) {
    if (other.cue.token >= ev.cue.token) break;
    if (CameoRoot(other.code) == kAppealRoot && !other.cue.noun) call = &other;
  }
  if (call == nullptr || call->source.actor.empty() ||
      ev.cue.token - call->cue.token > kCallReach) {
    return ActorRef{};
  }
  for (uint32_t w = call->cue.token; w < ev.cue.token; ++w) {
    if (view_.closes_phrase[w]) return ActorRef{};
  }
  return call->source;
}

void SentenceCoder::TakeQuoteSpeakersSide(CueEvent* ev) const {
  if (ev->source.text.empty() && ev->source.actor.empty() && !ev->cue.noun &&
      FirstPersonPlural(view_.words[ev->cue.token], ev->pattern->lemma)) {
    // وقال «أبلغني الوزير … نحن أكدنا تضامننا»: "we" in a quote are its speaker's side.
    const CueEvent* speaker = QuoteSpeaker(a_, view_, cues_, passages_, ev->cue.token);
    if (speaker != nullptr) ev->source = speaker->source;
  }
}

void SentenceCoder::ReadDeniedAct(CueEvent* ev) const {
  if (ev->governor >= 0 && cues_[ev->governor].kind == CueKind::kDeny &&
      ev->kind == CueKind::kAct && ev->modality == "actual" && !ev->negated &&
      ClauseOpenersBetween(r_.markers, view_.words, cues_[ev->governor].cue.token, ev->cue.token) <=
          1) {
    // The act a denial denies; one the denial itself negates (لم نتلق طلبا) did not happen.
    ev->modality = "reported";
  }
}

void SentenceCoder::ReadPassive(CueEvent* ev) const {
  const uint32_t c = ev->cue.token;
  ev->subject_end = SubjectEndAfter(view_, r_.markers, r_.roles, c);
  // في بلدة جلولاء التابعة لمحافظة ديالى قتل: a place in a phrase of place is no subject.
  const int before = c > 0 ? view_.entity_at[c - 1] : -1;
  const bool place_phrase_before = before >= 0 &&
                                   a_.entities[view_.entities[before].entity].type == "LOC" &&
                                   InPhraseOfPlace(r_.markers, view_, view_.entities[before].first);
  const bool actor_before = c > 0 && ((before >= 0 && !place_phrase_before) ||
                                      !r_.roles.Find(view_.words[c - 1]).empty());
  ev->passive = ReadAsPassive(view_, r_.markers, *ev->pattern, ev->cue, ev->subject_end,
                              actor_before, EndsWithPronoun(WordSpan(a_, view_, c).of(a_.text())));
  // Nor is that place the victim of the passive.
  if (ev->passive && place_phrase_before && ev->source.span == RefOf(a_, view_, before).span) {
    ev->source = ActorRef{};
    ev->place_source = false;
  }
}

// قال X إنه سيزور …: a cue in the clause of a report or denial may take its speaker as source,
// the speaker's role, or the speaker as target.
void SentenceCoder::TakeGovernorsSource(CueEvent* ev) const {
  const bool implicit_subject = ev->source.text.empty() && ev->source.actor.empty();
  // أعلنت نيتها الطلب من …: a noun right after an intention or possibility word is the
  // speaker's own act.
  const bool announced = std::any_of(hits_.begin(), hits_.end(), [&](const MarkerHit& h) {
    return (h.marker == Marker::kIntended || h.marker == Marker::kHypothetical) &&
           h.end_token <= ev->cue.token && ev->cue.token - h.end_token <= 1;
  });
  const CueKind governed_by = ev->governor >= 0 ? cues_[ev->governor].kind : CueKind::kAct;
  // نفت X أي تنسيق مع Y: the denied act noun is the denier's, not one inside a phrase
  // (خلال اجتماع، للتنسيق).
  const bool denied_noun = governed_by == CueKind::kDeny && ev->cue.noun &&
                           !view_.prepositional[ev->cue.token] &&
                           !AfterPreposition(r_.markers, view_.words, ev->cue.token);
  // قال إن آفاق التعاون مع روسيا كبيرة: an intent named by a phrase (a cue that needs its
  // next word) in a speaker's clause is the speaker's.
  const bool intent_phrase = CameoRoot(ev->code) == kIntentRoot && !ev->pattern->next.empty();
  // أعلنت القنصلية ان مجهولين خطفوا …: a role noun right before a material verb is its
  // subject, not the speaker.
  const bool role_subject = CameoRoot(ev->code) >= kFirstRootWithoutSource && !ev->cue.noun &&
                            ev->cue.token > 0 && view_.entity_at[ev->cue.token - 1] < 0 &&
                            !r_.roles.Find(view_.words[ev->cue.token - 1]).empty();
  // استنكار الحكومة لقيام مجموعة من المتظاهرين بالتجمع: the genitive of a light noun
  // before a ب-act is its doer, not the speaker.
  const bool light_noun_doer =
      !ev->cue.noun && view_.words[ev->cue.token].starts_with("\u0628") &&
      LightNounBefore(r_.markers, view_.words,
                      ev->governor >= 0 ? cues_[ev->governor].cue.token : 0, ev->cue.token);
  // قالت وكالة الأناضول إن 24 من أفراد الأمن قتلوا: the press or a legislature reports force
  // used by others; it does not use it.
  const bool speaker_reports_force = CameoRoot(ev->code) >= kFirstAssaultRoot &&
                                     ev->governor >= 0 &&
                                     r_.roles.OnlySpeaks(cues_[ev->governor].source.actor);
  if (implicit_subject && !role_subject && !light_noun_doer && !ev->passive &&
      !speaker_reports_force &&
      ((governed_by == CueKind::kReport && (!ev->cue.noun || announced || intent_phrase)) ||
       denied_noun)) {
    // قال X إنه سيزور …: X visits; نفت X أي تنسيق مع Y: the coordination X denies is X's.
    ev->source = cues_[ev->governor].source;
  }
  if (governed_by == CueKind::kReport && ev->kind == CueKind::kAct && ev->place_source &&
      !ev->cue.noun &&
      OneClauseBetween(r_.markers, view_.words, cues_[ev->governor].cue.token, ev->cue.token)) {
    // أعلن وزير الدفاع الروسي أن موسكو طلبت …: the speaker's country acts in the speaker's
    // role.
    const ActorRef& speaker = cues_[ev->governor].source;
    if (SameCountry(speaker, ev->source) && speaker.actor.size() > 3) {
      ev->source.actor = speaker.actor;
    }
  }
  if (ev->targets.empty() && governed_by != CueKind::kAct &&
      MarkerBefore(hits_, Marker::kReceive, ev->cue.token)) {
    // البنتاجون: لم نتلق طلبا روسيا: the request (a noun, whatever its spelling suggests)
    // was addressed to the speaker.
    ev->targets.push_back(cues_[ev->governor].source);
  }
}

// A cue with no actor of its own that continues one named before it.
void SentenceCoder::ContinueEarlierActor(CueEvent* ev) const {
  if (ev->source.text.empty() && ev->source.actor.empty() && ev->governor < 0 &&
      (carry_ || ev->kind != CueKind::kAct) && !ev->cue.noun && !ev->passive) {
    // ورفض ديفيس الكشف …، إلا أنه قال: a verb with no subject of its own continues the
    // last actor who acted before it in the sentence, else in the article.
    ev->source = article_.previous;
    for (const CueEvent* other = ev; other != cues_.data();) {
      --other;
      if (!other->source.actor.empty() && !other->cue.noun) {
        ev->source = other->source;
        break;
      }
    }
    ev->source.span = Span{};
  }
  if (ev->source.text.empty() && ev->source.actor.empty() && ev->cue.noun &&
      CameoRoot(ev->code) == kConsultRoot && !ev->targets.empty()) {
    // عقب محادثات أجراها مع نظيره: talks with no named party of their own are held by the
    // actor of the sentence, or else the last actor who acted.
    ev->source = EarlierSource(cues_, ev->cue.token, article_.previous);
    ev->source.span = Span{};
  }
}

void SentenceCoder::AnswerKnownProposal(CueEvent* ev) const {
  if (!ev->targets.empty() || ev->kind != CueKind::kAct) return;
  const std::span<const CueEvent> before(cues_.data(), ev - cues_.data());
  // وافق على هذا المقترح: an intent to cooperate (CAMEO 03) "on" a known proposal.
  const auto& frame = ev->pattern->target_by;
  if (CameoRoot(ev->code) == 3 &&
      std::find(frame.begin(), frame.end(), "\u0639\u0644\u064A") != frame.end()) {
    AcceptedProposal accepted =
        MakerOfKnownProposal(r_.cues, r_.markers, view_, *ev, before, article_.earlier);
    if (!accepted.maker.actor.empty()) {
      ev->targets.push_back(std::move(accepted.maker));
      ev->code = AcceptanceCode(accepted.code, ev->code);
    }
  }
  // رفض هذا المقترح، ترى بتلك الدعوات أمورا باطلة: a rejection (CAMEO 12) of a request or
  // proposal named as a known one answers its maker; not a defiance of norms (128: يواجه
  // تحديا), which answers no one's proposal.
  constexpr int kRejectRoot = 12;
  constexpr std::string_view kDefyNorms = "128";
  if (ev->targets.empty() && CameoRoot(ev->code) == kRejectRoot && ev->code != kDefyNorms) {
    AcceptedProposal rejected =
        MakerOfKnownProposal(r_.cues, r_.markers, view_, *ev, before, article_.earlier);
    if (!rejected.maker.actor.empty()) ev->targets.push_back(std::move(rejected.maker));
  }
}

// A noun naming material conflict is often background (منذ اغتيال الحريري، مسيرة السلام): as
// an actual act it is coded only where the sentence says the act took place (وقع الهجوم،
// اندلعت مظاهرات، أسفر عن مقتل); `announced` tells whether an announcement reports it as a
// result (وأعلنت الشرطة مقتل 13).
bool SentenceCoder::TellsBackground(const CueEvent& ev, bool announced) const {
  const bool material = CameoRoot(ev.code) >= kFirstRootWithoutSource;
  const bool actual = ev.modality == "actual";
  const bool onset = ev.cue.noun && OnsetBefore(hits_, ev.cue.token);
  const bool told =
      announced || (ev.cue.noun && InDatedLine(a_, view_, hits_, sentence_.span, ev.cue.token));
  if (material && ev.cue.noun && actual &&
      ((!OccurredNear(hits_, ev.cue.token) && !onset && !told) ||
       Counted(hits_, view_.words, matches_, ev.cue.token))) {
    return true;
  }
  // قتلوا في العراق حتى الآن: a running total, not news of a new act.
  if (material && actual && RunningTally(hits_)) return true;
  // "لا أرى تحالفا بين إيران وروسيا في القتال ضد الإرهاب": a material act noun in a
  // prepositional phrase of a denied claim is its setting, not a claim of its own.
  if (material && ev.cue.noun && ev.governor >= 0 && cues_[ev.governor].kind == CueKind::kDeny &&
      AfterPreposition(r_.markers, view_.words, ev.cue.token)) {
    return true;
  }
  // المظاهرات، الهجوم: an act named with the article is one the reader already knows of
  // (coded where it was first reported), not news of a new one; unless a verb right before
  // it says it started again (تجددت المظاهرات، تواصلت الاشتباكات).
  if (material && ev.cue.noun && IsDefinite(view_.words[ev.cue.token]) && actual && !onset) {
    return true;
  }
  // الذين تعرض ذووهم لغارات، المذبحة التي تعرضت لها: what a relative clause says someone
  // was subjected to is what they are known by, not news of a new act.
  if (material && ev.cue.noun && actual && ev.subjected_at > 0 &&
      r_.markers.Is(Marker::kRelative, view_.words[ev.subjected_at - 1])) {
    return true;
  }
  // اغتيل عام 2005، منذ اغتيال الحريري: an act dated to an earlier time is background.
  if (material && actual && InThePast(hits_, view_.words, ev.cue.token)) return true;
  // قتل في 20 يوليو 2012، خطفت في فبراير الماضي: so is an act the date stage dates well before
  // the publication date.
  if (material && actual && article_.news_from &&
      DatedBeforeTheNews(a_, view_, r_.markers, hits_, sentence_.span, *article_.news_from)) {
    return true;
  }
  // قطع المتظاهرون الطريق: what the protesters (the article's, named with the article) did
  // is a detail of a protest already reported, not news of a new one. A verb opening the
  // sentence (وسد المتظاهرون طريقا، وتجمع المتظاهرون) narrates a new act of theirs.
  if (CameoRoot(ev.code) == kProtestRoot && !ev.cue.noun && ev.known_crowd &&
      !OpensSentence(view_.words, ev.cue.token) && actual) {
    return true;
  }
  // خلال المحادثات، في جميع المحادثات: talks named with the article inside a prepositional
  // phrase are the ones the article already reports, the setting of another act.
  // Not so when the text names the parties (خلال اللقاء بينه وبين لافروف): it tells of it.
  return CameoRoot(ev.code) == kConsultRoot && ev.cue.noun &&
         IsDefinite(view_.words[ev.cue.token]) &&
         AfterPreposition(r_.markers, view_.words, ev.cue.token) && !ev.own_meeting;
}

// Whether cues_[i] makes a record: news, with an actor unless it is material conflict, no
// administrative decision, not any act of a kind (أي توصية), and for a report, nothing more
// specific said by its speaker.
bool SentenceCoder::IsCoded(size_t i, bool announced) const {
  const CueEvent& ev = cues_[i];
  if (TellsBackground(ev, announced)) return false;
  const bool has_source = !ev.source.text.empty() || !ev.source.actor.empty();
  if (!has_source && CameoRoot(ev.code) < kFirstRootWithoutSource) return false;
  if (AdministrativeDecision(r_.markers, r_.roles, view_, ev)) return false;
  // الأمطار تقطع الطرق، أسفرت السيول عن مقتل 12 شخصا: a road cut or a death that rain, floods
  // or storms caused is no act of protest or force, when no one is named who did it but the
  // weather or a place (أمطار جازان تقطع الطرق).
  if (CameoRoot(ev.code) >= kFirstRootWithoutSource &&
      std::any_of(hits_.begin(), hits_.end(), [&](const MarkerHit& h) {
        return h.marker == Marker::kNature && h.WithinReachOf(ev.cue.token) &&
               (!has_source || ev.place_source || SourceNamedBy(ev, h));
      })) {
    return false;
  }
  // أي توصية أو عرض: any such act, unless negated or denied (نفت أي تنسيق مع طهران).
  if (ev.any && !ev.negated && (ev.governor < 0 || cues_[ev.governor].kind != CueKind::kDeny)) {
    return false;
  }
  return ev.kind != CueKind::kReport || ev.code != kStatement || !SaysMoreThanAStatement(i);
}

// A report is 010 only when its speaker does nothing more specific in the sentence. An act of
// the speaker's own country in the speaker's clause (أعلن وزير الدفاع الروسي أن موسكو طلبت …)
// is what the words do, also when it is a claim.
bool SentenceCoder::SaysMoreThanAStatement(size_t i) const {
  const CueEvent& ev = cues_[i];
  return std::any_of(cues_.begin(), cues_.end(), [&](const CueEvent& other) {
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
           ClauseOpenersBetween(r_.markers, view_.words, ev.cue.token, other.cue.token) <= 1;
  });
}

// The record of a cue, before its targets.
Event SentenceCoder::RecordOf(const CueEvent& ev, bool announced) const {
  Event event;
  event.source = ev.source;
  // وأعلنت الشرطة مقتل 13: who announces the toll is not who killed.
  if (announced && !ev.source.span.empty() &&
      ev.source.span.end <= WordSpan(a_, view_, ev.cue.token).start) {
    event.source = ActorRef{};
  }
  event.code = ev.refers_back ? CodeOfEarlierAct(article_.earlier, ev.source, ev.code) : ev.code;
  if (const CodeInfo* info = r_.codebook.Find(event.code)) {
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
  if (ev.kind == CueKind::kAct && AskedAbout(r_.markers, view_, ev.cue.token) &&
      (ev.modality == "actual" || ev.modality == "intended")) {
    event.modality = "hypothetical";
  }
  event.date = DateFor(a_, sentence_.span);
  event.sentence = sentence_.span;
  event.cue = WordSpan(a_, view_, ev.cue.token);
  return event;
}

// One record per target of each coded cue (one without a target when it has none).
void SentenceCoder::Emit(std::vector<Event>* records, std::vector<RecordNotes>* notes) const {
  for (size_t i = 0; i < cues_.size(); ++i) {
    const CueEvent& ev = cues_[i];
    if (ev.absorbed) continue;
    const bool announced =
        ev.cue.noun && AnnouncedResult(r_.markers, view_.words, hits_, ev.cue.token);
    if (!IsCoded(i, announced)) continue;
    const Event event = RecordOf(ev, announced);
    RecordNotes note;
    note.headline_statement = ev.headline && event.code == kStatement;
    if (ev.kind == CueKind::kDeny) {
      note.parties = CountriesAfter(view_, ev.cue.token);
      note.denied = DeniedActs(r_.markers, view_.words, cues_, i);
    }
    if (ev.targets.empty()) {
      records->push_back(event);
    } else {
      bool emitted = false;
      for (size_t k = 0; k < ev.targets.size(); ++k) {
        const ActorRef& target = ev.targets[k];
        if (SameActor(target, event.source)) continue;
        Event one = event;
        one.target = target;
        if (k < ev.counterpart.size() && ev.counterpart[k]) {
          TakeRoleOf(r_.roles, event.source, &one.target);
        }
        AddressTheGovernment(r_.countries, one, &one.target);
        records->push_back(std::move(one));
        emitted = true;
      }
      // A verb whose only target was its own subject is still an act (not so for a noun
      // inside a title: مدير قسم التهديدات).
      if (!emitted && !ev.cue.noun) records->push_back(event);
    }
    notes->resize(records->size(), note);
  }
  ShareSourceRole(r_.roles, records);
}

// Quotes: passages in quote marks next to a reporting cue, and reported clauses.
void SentenceCoder::AddQuotes() const {
  const std::string_view text = a_.text();
  for (const Span& passage : passages_) {
    const CueEvent* speaker_cue = nullptr;
    for (const CueEvent& ev : cues_) {
      if (ev.kind == CueKind::kAct) continue;
      const Span cue_span = WordSpan(a_, view_, ev.cue.token);
      if (cue_span.end <= passage.start) speaker_cue = &ev;
      if (speaker_cue == nullptr && cue_span.start >= passage.end) speaker_cue = &ev;
    }
    if (speaker_cue == nullptr) continue;
    a_.quotes.push_back({speaker_cue->source,
                         std::string(WordSpan(a_, view_, speaker_cue->cue.token).of(text)),
                         passage});
  }
  for (const CueEvent& ev : cues_) {
    if (ev.kind == CueKind::kAct || ev.args.clause_start == 0 ||
        ev.args.clause_start >= view_.words.size()) {
      continue;
    }
    const Span from = WordSpan(a_, view_, ev.args.clause_start);
    const bool quoted = std::any_of(passages_.begin(), passages_.end(), [&](const Span& p) {
      return p.start >= from.start && p.start <= from.start + 4;
    });
    if (quoted) continue;
    Span clause{from.start, sentence_.span.end};
    while (clause.end > clause.start &&
           std::string_view(" \n.\u060C").find(text[clause.end - 1]) != std::string_view::npos) {
      --clause.end;
    }
    if (clause.empty()) continue;
    a_.quotes.push_back(
        {ev.source, std::string(WordSpan(a_, view_, ev.cue.token).of(text)), clause});
  }
}

// The coding of one article: its sentences in text order, each seeing the records of those
// before it and the last actor who acted in them; then the merge of repeated acts.
class ArticleCoder {
 public:
  ArticleCoder(const EventCoder::Resources& resources, Analysis* analysis)
      : r_(resources),
        a_(*analysis),
        finder_(&resources.cues),
        arguments_(&resources.markers),
        statement_(StatementPattern(resources.cues)),
        news_from_(FirstDayOfTheNews(analysis->published)) {}

  void CodeSentence(uint32_t index);
  // Puts the article's records, repeats merged, into the analysis.
  void Finish() { MergeRepeats(std::move(events_), notes_, &a_.events); }

 private:
  const EventCoder::Resources& r_;
  Analysis& a_;
  const CueFinder finder_;
  const ArgumentFinder arguments_;
  const CuePattern* const statement_;
  const std::optional<int64_t> news_from_;
  ActorRef previous_;  // the last actor who acted in the article
  std::vector<Event> events_;
  std::vector<RecordNotes> notes_;  // parallel to events_
};

// Sets each cue's clause_end: the next verb cue that opens a clause of its own, joined by و or
// ف after a comma (… أحياء في بيحان، واشتبكت المقاومة مع …).
void MarkClauseEnds(const SentenceView& view, std::vector<CueMatch>* matches) {
  uint32_t next_clause = UINT32_MAX;
  for (size_t k = matches->size(); k-- > 0;) {
    CueMatch& match = (*matches)[k];
    match.clause_end = next_clause;
    const uint32_t i = match.token;
    const std::string_view word = view.words[i];
    if (!match.noun && i > 0 && view.closes_phrase[i - 1] &&
        (word.starts_with("\u0648") || word.starts_with("\u0641"))) {
      next_clause = i;
    }
  }
}

void ArticleCoder::CodeSentence(uint32_t index) {
  const Sentence& sentence = a_.sentences[index];
  if (sentence.boilerplate || sentence.end_token <= sentence.first_token) return;
  // The cues are found from the words alone; the rest of the view is built only for the
  // sentences that have a cue or may have a headline speaker (a colon in them).
  SentenceView view = SentenceView::WordsOf(a_, index);
  std::vector<CueMatch> matches = finder_.Find(view.words);
  if (matches.empty() && (statement_ == nullptr || !HasColon(a_, sentence))) return;
  view.Complete(a_);
  MarkClauseEnds(view, &matches);
  view = WithoutPeopleRoles(std::move(view), r_.roles);
  const int headline_speaker = HeadlineSpeaker(a_, view);
  if (matches.empty() && headline_speaker < 0) return;
  const ArticleContext article{r_, arguments_, statement_, news_from_, events_, previous_};
  SentenceCoder coder(article, &a_, sentence, std::move(view), std::move(matches),
                      headline_speaker);
  std::vector<Event> records;
  std::vector<RecordNotes> notes;
  coder.Code(&records, &notes);
  ActorRef lead = coder.LeadActor();
  if (!lead.text.empty()) {
    previous_ = std::move(lead);
  } else {
    for (const Event& e : records) {
      if (!e.source.text.empty() && !e.source.span.empty()) {
        previous_ = e.source;
        break;
      }
    }
  }
  for (Event& e : records) events_.push_back(std::move(e));
  for (RecordNotes& n : notes) notes_.push_back(std::move(n));
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
  auto refinements = ContentRefinements::Load(data_dir);
  if (!refinements.ok()) return refinements.status();
  for (const CuePattern& pattern : cues->patterns()) {
    if (codebook->Find(pattern.code) == nullptr) {
      return Status::Error(pattern.file + ":" + std::to_string(pattern.line) + ": CAMEO code " +
                           pattern.code + " is not in the codebook");
    }
  }
  for (const ContentRefinement& row : refinements->rows()) {
    for (const std::string* code : row.codes()) {
      if (!code->empty() && codebook->Find(*code) == nullptr) {
        return Status::Error("events_refinements.tsv: CAMEO code " + *code +
                             " is not in the codebook");
      }
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
                std::move(roles).value(), std::move(refinements).value(), std::move(countries)});
  return EventCoder(std::move(resources));
}

void EventCoder::Apply(Analysis* analysis) const {
  ArticleCoder article(*resources_, analysis);
  for (uint32_t s = 0; s < analysis->sentences.size(); ++s) article.CodeSentence(s);
  article.Finish();
}

}  // namespace marsad::events
