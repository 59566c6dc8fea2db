#include "events/event_coder.h"

#include <algorithm>
#include <string_view>

#include "events/argument_finder.h"
#include "events/codebook.h"
#include "events/cue_finder.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/match_form.h"
#include "events/quote_finder.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

struct EventCoder::Resources {
  Codebook codebook;
  CueLexicon cues;
  MarkerLexicon markers;
  RoleNouns roles;
};

namespace {

constexpr int kMinQuoteWords = 2;
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

// The nearest role noun to the cue outside names, the word after the cue first (وتجمع
// المتظاهرون); an empty reference when none is within reach.
ActorRef RoleActor(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                   uint32_t cue, bool after_only = false, Span skip = Span{},
                   uint32_t* found_at = nullptr) {
  const uint32_t size = static_cast<uint32_t>(view.words.size());
  for (uint32_t d = 1; d <= kRoleReach; ++d) {
    for (const bool after : {true, false}) {
      if (!after && (after_only || d > cue)) continue;
      const uint32_t w = after ? cue + d : cue - d;
      if (w >= size || view.entity_at[w] >= 0) continue;
      const std::string_view code = roles.Find(view.words[w]);
      if (code.empty()) continue;
      const Span span = WordSpan(a, view, w);
      if (span == skip) continue;
      if (found_at != nullptr) *found_at = w;
      return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
    }
  }
  return ActorRef{};
}

// The target entity `e`, or the coded name right after it when `e` itself has no code: ندد
// "بالدكتاتور" بشار الأسد.
ActorRef TargetRef(const Analysis& a, const SentenceView& view, int e) {
  ActorRef ref = RefOf(a, view, e);
  if (!ref.actor.empty()) return ref;
  uint32_t next = view.entities[e].end;
  while (next < view.words.size() && view.words[next].empty()) ++next;
  if (next < view.words.size() && view.entity_at[next] >= 0 &&
      view.entities[view.entity_at[next]].first == next) {
    ActorRef apposed = RefOf(a, view, view.entity_at[next]);
    if (!apposed.actor.empty()) return apposed;
  }
  return ref;
}

// Words after a cue searched for "بين X وY" naming the parties of a relation.
constexpr uint32_t kBetweenReach = 8;

// "بين X وY" after the cue (التعاون الثنائي بين روسيا والعراق): the party of another country
// than the source's; -1 when there is none.
int PartyBetween(const Analysis& a, const SentenceView& view, uint32_t cue,
                 const ActorRef& source) {
  if (source.actor.size() < 3) return -1;
  const std::string country = source.actor.substr(0, 3);
  const auto size = static_cast<uint32_t>(view.words.size());
  for (uint32_t w = cue + 1; w < size && w <= cue + kBetweenReach; ++w) {
    if (view.words[w] != "\u0628\u064A\u0646") continue;
    for (uint32_t i = w + 1; i < size && i <= w + 4; ++i) {
      const int e = view.entity_at[i];
      if (e < 0 || view.entities[e].first != i) continue;
      const std::string& actor = a.entities[view.entities[e].entity].actor;
      if (actor.size() >= 3 && actor.compare(0, 3, country) != 0) return e;
    }
    return -1;
  }
  return -1;
}

// قادة سوريا ودول المنطقة، ومن ضمنها تركيا والأردن: countries listed after an actor with a
// role (SYRGOV) are meant in that role (TURGOV, JORGOV).
void ShareRole(std::vector<ActorRef>* list) {
  constexpr size_t kCountryLength = 3;
  if (list->size() < 2 || (*list)[0].actor.size() <= kCountryLength) return;
  const std::string role = (*list)[0].actor.substr(kCountryLength);
  for (size_t k = 1; k < list->size(); ++k) {
    std::string& actor = (*list)[k].actor;
    if (actor.size() == kCountryLength) actor += role;
  }
}

bool SameActor(const ActorRef& x, const ActorRef& y) {
  if (!x.actor.empty() || !y.actor.empty()) return x.actor == y.actor;
  return !x.text.empty() && x.text == y.text;
}

// Whether `word` (after و/ف) starts like a present-tense verb: يـ، تـ، نـ.
bool LooksPresent(std::string_view word) {
  if (word.size() > 2 && (word.substr(0, 2) == "\u0648" || word.substr(0, 2) == "\u0641")) {
    word.remove_prefix(2);
  }
  return word.size() > 2 && (word.substr(0, 2) == "\u064A" || word.substr(0, 2) == "\u062A" ||
                             word.substr(0, 2) == "\u0646");
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
  while (next < view.words.size() && view.words[next].empty()) ++next;
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

// CAMEO's root for protest (demonstrate, rally, block, strike).
constexpr int kProtestRoot = 14;

// Polarity and modality from the markers before the cue, and the conditions after an act
// (ستنضم إلى التحالف … في حال تنفيذ الشروط).
void ReadMarkers(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                 CueEvent* ev) {
  const uint32_t c = ev->cue.token;
  bool hypothetical = false;
  bool intended = ev->cue.future;
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
        // قد تنضم (may join), not قد أكد (has stressed).
        hypothetical =
            hypothetical || (hit.end_token < words.size() && LooksPresent(words[hit.end_token]));
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

// What a statement's content does (docs/EVENTS.md: "قال X إن …" codes what X's words do): a
// denial in its clause (أكد أنه لا يعلم بـ…، لم نتلق) makes it 016, whose clause acts are then
// reported; an appeal (يجب أن، من الضروري) makes it 020, addressed to the actors after it.
void ReadStatementContent(const Analysis& a, const SentenceView& view,
                          const ArgumentFinder& arguments, const std::vector<MarkerHit>& hits,
                          std::vector<CueEvent>* cues) {
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
      if (hit.marker == Marker::kAppeal && appeal == nullptr) appeal = &hit;
    }
    if (denial != nullptr) {
      ev.kind = CueKind::kDeny;
      ev.code = "016";
      ev.targets.clear();
    } else if (appeal != nullptr) {
      ev.code = "020";
      ev.targets.clear();
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
      content.absorbed = true;
      break;
    }
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

// The country of an actor (its first three letters), or its words when it has no code.
std::string CountryOf(const ActorRef& actor) {
  return actor.actor.empty() ? actor.text : actor.actor.substr(0, 3);
}

// One record per act per article (docs/EVENTS.md): a record repeating an earlier one — same
// source country, CAMEO root, target country, polarity and modality — becomes a mention of it.
// A repeat that names the target the first record lacked (موسكو ستنضم … / تنضم إلى التحالف
// الدولي) lends it. Of CAMEO root 01 only plain statements (010) merge; a denial or a refusal
// to comment is about its own content.
void MergeRepeats(std::vector<Event> events, std::vector<Event>* out) {
  std::vector<size_t> mergeable;  // indices into *out
  for (Event& e : events) {
    const bool has_source = !e.source.actor.empty() || !e.source.text.empty();
    if (!has_source) {
      out->push_back(std::move(e));
      continue;
    }
    if (e.code.compare(0, 2, "01") == 0 && e.code != kStatement) {
      // A denial, regret or refusal to comment is about its own content: kept apart, once
      // per sentence.
      const bool repeated = std::any_of(out->begin(), out->end(), [&](const Event& other) {
        return other.sentence == e.sentence && other.code == e.code &&
               SameActor(other.source, e.source) && other.target.text == e.target.text;
      });
      if (!repeated) out->push_back(std::move(e));
      continue;
    }
    Event* first = nullptr;
    for (size_t index : mergeable) {
      Event& candidate = (*out)[index];
      // Statements merge only with statements (one 010 record per speaker and target).
      const bool same_kind = (candidate.code == kStatement) == (e.code == kStatement);
      if (!same_kind || CountryOf(candidate.source) != CountryOf(e.source) ||
          candidate.code.compare(0, 2, e.code, 0, 2) != 0 || candidate.polarity != e.polarity ||
          candidate.modality != e.modality) {
        continue;
      }
      const bool no_target = candidate.target.text.empty() || e.target.text.empty();
      if (!no_target && CountryOf(candidate.target) != CountryOf(e.target)) continue;
      // Only the same act lends or borrows a target (030 and 0312 to Syria are two acts).
      if (no_target && !(candidate.target.text.empty() && e.target.text.empty()) &&
          candidate.code != e.code) {
        continue;
      }
      // Within one sentence, records for different targets stay apart.
      if (candidate.sentence == e.sentence && !(candidate.target.text == e.target.text)) continue;
      first = &candidate;
      break;
    }
    if (first == nullptr) {
      mergeable.push_back(out->size());
      out->push_back(std::move(e));
      continue;
    }
    if (first->target.text.empty() && !e.target.text.empty()) first->target = e.target;
    if (first->sentence == e.sentence) continue;
    if (std::find(first->mentions.begin(), first->mentions.end(), e.sentence) ==
        first->mentions.end()) {
      first->mentions.push_back(e.sentence);
    }
  }
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
  auto resources =
      std::make_shared<Resources>(Resources{std::move(codebook).value(), std::move(cues).value(),
                                            std::move(markers).value(), std::move(roles).value()});
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

  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sentence = a.sentences[s];
    if (sentence.boilerplate || sentence.end_token <= sentence.first_token) continue;
    const SentenceView view = SentenceView::Build(a, s);
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
      if (match.noun && previous_verb != nullptr &&
          match.token <= previous_verb->token + kContentReach &&
          GovernsContent(r.cues.patterns()[previous_verb->pattern])) {
        continue;  // طالب التحالف بشن غارات: what is asked for has not happened
      }
      if (!match.noun) previous_verb = &match;
      CueMatch cue = match;
      if (match.noun && previous_verb != nullptr &&
          match.token <= previous_verb->token + kContentReach) {
        const auto& frame = r.cues.patterns()[previous_verb->pattern].target_by;
        cue.complement = std::find(frame.begin(), frame.end(), "\u0628") != frame.end();
      }
      CueEvent ev;
      ev.cue = cue;
      ev.pattern = &r.cues.patterns()[match.pattern];
      ev.kind = ev.pattern->kind;
      ev.code = ev.pattern->code;
      ev.args = arguments.Find(view, cue, *ev.pattern);
      if (ev.args.source >= 0) {
        std::vector<int> sources = arguments.Coordinated(view, ev.args.source);
        ev.source = RefOf(a, view, sources[0]);
        if (ev.args.targets.empty()) {
          // "روسيا وتركيا يبحثان": the first acts with the others.
          for (size_t k = 1; k < sources.size(); ++k) ev.args.targets.push_back(sources[k]);
        }
      }
      for (int t : ev.args.targets) ev.targets.push_back(TargetRef(a, view, t));
      ShareRole(&ev.targets);
      if (ev.targets.empty() && ev.kind == CueKind::kAct) {
        // التعاون بين روسيا والعراق: the party that is not the source.
        const int other = PartyBetween(a, view, ev.cue.token, ev.source);
        if (other >= 0) ev.targets.push_back(RefOf(a, view, other));
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
      cues.insert(cues.begin(), std::move(said));
    }
    for (CueEvent& ev : cues) {
      if (Root(ev.code) < kFirstAssaultRoot) continue;
      // هاجم الوزير المعارضة قائلا …، شن هجوما لاذعا على …: an attack in words is criticism.
      const bool verbal = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
        return h.marker == Marker::kVerbal && h.first_token > ev.cue.token &&
               h.first_token - ev.cue.token <= static_cast<uint32_t>(h.reach);
      });
      if (verbal) ev.code = std::string(kCriticize);
    }
    ReadStatementContent(a, view, arguments, hits, &cues);
    AbsorbReportedContent(view, &cues);
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
    for (CueEvent& ev : cues) {
      const bool implicit_subject = ev.source.text.empty() && ev.source.actor.empty();
      // أعلنت نيتها الطلب من …: a noun right after an intention or possibility word is the
      // speaker's own act.
      const bool announced = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
        return (h.marker == Marker::kIntended || h.marker == Marker::kHypothetical) &&
               h.end_token <= ev.cue.token && ev.cue.token - h.end_token <= 1;
      });
      if (implicit_subject && ev.governor >= 0 && cues[ev.governor].kind == CueKind::kReport &&
          (!ev.cue.noun || announced)) {
        ev.source = cues[ev.governor].source;  // قال X إنه سيزور … : X visits
      }
      if (ev.source.text.empty() && ev.source.actor.empty() && ev.governor < 0 &&
          (carry || ev.kind != CueKind::kAct) && !ev.cue.noun) {
        ev.source = previous;
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
          ev.kind == CueKind::kAct && ev.modality == "actual") {
        ev.modality = "reported";  // the act a denial denies
      }
      if (ev.source.text.empty() && ev.source.actor.empty() &&
          Root(ev.code) >= kFirstRootWithoutSource) {
        uint32_t role_word = 0;
        ev.source = RoleActor(a, view, r.roles, ev.cue.token, /*after_only=*/false, Span{},
                              &role_word);  // خرج المتظاهرون: CVL
        // آلاف المتظاهرين، مئات من المتظاهرين: a counted crowd is news, not a known one.
        const uint32_t quantity_at =
            role_word > 0 && r.markers.IsPreposition(view.words[role_word - 1]) ? role_word - 1
                                                                                : role_word;
        ev.known_crowd = !ev.source.actor.empty() && IsDefinite(view.words[role_word]) &&
                         !QuantityBefore(hits, view.words, quantity_at);
      }
      if (ev.targets.empty() && Root(ev.code) >= kFirstAssaultRoot &&
          !ev.pattern->target_by.empty()) {
        // هاجم مسلحون دورية للشرطة: the role noun after the cue is the target.
        ActorRef target =
            RoleActor(a, view, r.roles, ev.cue.token, /*after_only=*/true, ev.source.span);
        if (!target.actor.empty()) ev.targets.push_back(std::move(target));
      }
    }
    // Emit: a report is 010 only when its speaker does nothing more specific in the sentence.
    std::vector<Event> sentence_events;
    for (size_t i = 0; i < cues.size(); ++i) {
      const CueEvent& ev = cues[i];
      if (ev.absorbed) continue;
      const bool has_source = !ev.source.text.empty() || !ev.source.actor.empty();
      // A noun naming material conflict is often background (منذ اغتيال الحريري، مسيرة
      // السلام): as an actual act it is coded only where the sentence says the act took place
      // (وقع الهجوم، اندلعت مظاهرات، أسفر عن مقتل). Without a named actor only such acts are
      // coded.
      const bool material = Root(ev.code) >= kFirstRootWithoutSource;
      if (material && ev.cue.noun && ev.modality == "actual" &&
          (!OccurredNear(hits, ev.cue.token) || Counted(hits, view.words, matches, ev.cue.token))) {
        continue;
      }
      // المظاهرات، الهجوم: an act named with the article is one the reader already knows of
      // (coded where it was first reported), not news of a new one.
      if (material && ev.cue.noun && IsDefinite(view.words[ev.cue.token]) &&
          ev.modality == "actual") {
        continue;
      }
      // اغتيل عام 2005، منذ اغتيال الحريري: an act dated to an earlier time is background.
      if (material && ev.modality == "actual" && InThePast(hits, view.words, ev.cue.token)) {
        continue;
      }
      // قطع المتظاهرون الطريق: what the protesters (the article's, named with the article) did
      // is a detail of a protest already reported, not news of a new one.
      if (Root(ev.code) == kProtestRoot && !ev.cue.noun && ev.known_crowd &&
          ev.modality == "actual") {
        continue;
      }
      // خلال المحادثات، في جميع المحادثات: talks named with the article inside a prepositional
      // phrase are the ones the article already reports, the setting of another act.
      if (Root(ev.code) == kConsultRoot && ev.cue.noun && IsDefinite(view.words[ev.cue.token]) &&
          AfterPreposition(r.markers, view.words, ev.cue.token)) {
        continue;
      }
      if (!has_source && !material) continue;
      if (ev.kind == CueKind::kReport && ev.code == kStatement) {
        const bool said_more = std::any_of(cues.begin(), cues.end(), [&](const CueEvent& other) {
          return &other != &ev && other.code != kStatement && SameActor(other.source, ev.source) &&
                 other.modality != "reported";
        });
        if (said_more) continue;
      }
      Event event;
      event.source = ev.source;
      event.code = ev.code;
      if (const CodeInfo* info = r.codebook.Find(event.code)) {
        event.plover = info->plover;
        event.quad_class = info->quad_class;
        event.goldstein = info->goldstein;
      } else {
        event.quad_class = Codebook::QuadClass(event.code);
      }
      event.polarity = ev.negated ? "negated" : "asserted";
      event.modality = ev.modality;
      event.date = DateFor(a, sentence.span);
      event.sentence = sentence.span;
      event.cue = WordSpan(a, view, ev.cue.token);
      if (ev.targets.empty()) {
        sentence_events.push_back(event);
      } else {
        bool emitted = false;
        for (const ActorRef& target : ev.targets) {
          if (SameActor(target, event.source)) continue;
          Event one = event;
          one.target = target;
          sentence_events.push_back(std::move(one));
          emitted = true;
        }
        // A verb whose only target was its own subject is still an act (not so for a noun
        // inside a title: مدير قسم التهديدات).
        if (!emitted && !ev.cue.noun) sentence_events.push_back(event);
      }
    }
    for (const Event& e : sentence_events) {
      if (!e.source.text.empty() && !e.source.span.empty()) {
        previous = e.source;
        break;
      }
    }
    // Quotes: passages in quote marks next to a reporting cue, and reported clauses.
    std::vector<Span> passages = FindQuotedPassages(text, sentence.span, kMinQuoteWords);
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
  }

  MergeRepeats(std::move(events), &a.events);
}

}  // namespace marsad::events
