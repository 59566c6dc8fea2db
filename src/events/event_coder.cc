#include "events/event_coder.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

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
  Arguments args;
  ActorRef source;
  std::vector<ActorRef> targets;
  bool negated = false;
  std::string modality = "actual";
  int governor = -1;  // index of the report/deny cue whose clause holds this cue
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
                   uint32_t cue, bool after_only = false, Span skip = Span{}) {
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
      return ActorRef{span, std::string(span.of(a.text())), std::string(code)};
    }
  }
  return ActorRef{};
}

bool SameActor(const ActorRef& x, const ActorRef& y) {
  if (!x.actor.empty() || !y.actor.empty()) return x.actor == y.actor;
  return !x.text.empty() && x.text == y.text;
}

// Polarity and modality from the markers before the cue.
void ReadMarkers(const std::vector<MarkerHit>& hits, CueEvent* ev) {
  const uint32_t c = ev->cue.token;
  bool hypothetical = false;
  bool intended = ev->cue.future;
  bool reported = false;
  for (const MarkerHit& hit : hits) {
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
      case Marker::kIntended:
        intended = true;
        break;
      case Marker::kReported:
        reported = ev->pattern->kind == CueKind::kAct;
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
    if (matches.empty()) continue;
    const std::vector<MarkerHit> hits = r.markers.Find(view.words, 0);
    const bool carry = std::any_of(hits.begin(), hits.end(),
                                   [](const MarkerHit& h) { return h.marker == Marker::kCarry; });
    const bool occurred = std::any_of(
        hits.begin(), hits.end(), [](const MarkerHit& h) { return h.marker == Marker::kOccurred; });

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
      ev.args = arguments.Find(view, cue, *ev.pattern);
      if (ev.args.source >= 0) {
        std::vector<int> sources = arguments.Coordinated(view, ev.args.source);
        ev.source = RefOf(a, view, sources[0]);
        if (ev.args.targets.empty()) {
          // "روسيا وتركيا يبحثان": the first acts with the others.
          for (size_t k = 1; k < sources.size(); ++k) ev.args.targets.push_back(sources[k]);
        }
      }
      for (int t : ev.args.targets) ev.targets.push_back(RefOf(a, view, t));
      ReadMarkers(hits, &ev);
      cues.push_back(std::move(ev));
    }
    // Clauses: an act inside the clause of a report or denial belongs to it.
    for (size_t i = 0; i < cues.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        const CueEvent& gov = cues[j];
        if (gov.pattern->kind == CueKind::kAct) continue;
        const uint32_t opens =
            gov.args.clause_start > 0 ? gov.args.clause_start : gov.cue.token + 1;
        if (cues[i].cue.token >= opens) cues[i].governor = static_cast<int>(j);
      }
    }
    for (CueEvent& ev : cues) {
      const bool implicit_subject = ev.source.text.empty() && ev.source.actor.empty();
      if (implicit_subject && ev.governor >= 0 &&
          cues[ev.governor].pattern->kind == CueKind::kReport && !ev.cue.noun) {
        ev.source = cues[ev.governor].source;  // قال X إنه سيزور … : X visits
      }
      if (ev.source.text.empty() && ev.source.actor.empty() && ev.governor < 0 &&
          (carry || ev.pattern->kind != CueKind::kAct) && !ev.cue.noun) {
        ev.source = previous;
        ev.source.span = Span{};
      }
      if (ev.governor >= 0 && cues[ev.governor].pattern->kind == CueKind::kDeny &&
          ev.pattern->kind == CueKind::kAct && ev.modality == "actual") {
        ev.modality = "reported";  // the act a denial denies
      }
      if (ev.source.text.empty() && ev.source.actor.empty() &&
          Root(ev.pattern->code) >= kFirstRootWithoutSource) {
        ev.source = RoleActor(a, view, r.roles, ev.cue.token);  // خرج المتظاهرون: CVL
      }
      if (ev.targets.empty() && Root(ev.pattern->code) >= kFirstAssaultRoot &&
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
      const bool has_source = !ev.source.text.empty() || !ev.source.actor.empty();
      // A noun naming material conflict is often background (منذ اغتيال الحريري، مسيرة
      // السلام): as an actual act it is coded only where the sentence says the act took place
      // (وقع الهجوم، اندلعت مظاهرات، أسفر عن مقتل). Without a named actor only such acts are
      // coded.
      const bool material = Root(ev.pattern->code) >= kFirstRootWithoutSource;
      if (material && ev.cue.noun && !occurred && ev.modality == "actual") continue;
      // المظاهرات، الهجوم: an act named with the article is one the reader already knows of
      // (coded where it was first reported), not news of a new one.
      if (material && ev.cue.noun && IsDefinite(view.words[ev.cue.token]) &&
          ev.modality == "actual") {
        continue;
      }
      if (!has_source && !material) continue;
      if (ev.pattern->kind == CueKind::kReport) {
        const bool said_more = std::any_of(cues.begin(), cues.end(), [&](const CueEvent& other) {
          return &other != &ev && other.pattern->kind != CueKind::kReport &&
                 SameActor(other.source, ev.source) && other.modality != "reported";
        });
        if (said_more) continue;
      }
      Event event;
      event.source = ev.source;
      event.code = ev.pattern->code;
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
        for (const ActorRef& target : ev.targets) {
          if (SameActor(target, event.source)) continue;
          Event one = event;
          one.target = target;
          sentence_events.push_back(std::move(one));
        }
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
        if (ev.pattern->kind == CueKind::kAct) continue;
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
      if (ev.pattern->kind == CueKind::kAct || ev.args.clause_start == 0 ||
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

  // One record per act per article: repeats become mentions of the first.
  std::unordered_map<std::string, size_t> seen;
  for (Event& e : events) {
    if (e.source.actor.empty() && e.source.text.empty()) {
      a.events.push_back(std::move(e));
      continue;
    }
    const std::string source = e.source.actor.empty() ? e.source.text : e.source.actor;
    const std::string target = e.target.actor.empty() ? e.target.text : e.target.actor;
    const std::string key =
        source + "|" + e.code.substr(0, 2) + "|" + target + "|" + e.polarity + "|" + e.modality;
    auto [it, inserted] = seen.emplace(key, a.events.size());
    if (inserted) {
      a.events.push_back(std::move(e));
      continue;
    }
    Event& first = a.events[it->second];
    if (first.sentence == e.sentence) continue;
    if (std::find(first.mentions.begin(), first.mentions.end(), e.sentence) ==
        first.mentions.end()) {
      first.mentions.push_back(e.sentence);
    }
  }
}

}  // namespace marsad::events
