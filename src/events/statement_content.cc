#include "events/statement_content.h"

#include <string_view>

#include "events/actor_refs.h"
#include "events/cue_traits.h"
#include "events/match_form.h"
#include "events/repeat_merger.h"
#include "events/word_shapes.h"

namespace marsad::events {
namespace {

// How far after a report verb a ب-noun may name what it conveys (أبلغ قادة تركيا والسعودية
// والأردن، وكذلك الولايات المتحدة باقتراحه).
constexpr uint32_t kConveyedReach = 14;

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

// Whether a phrase recalling what was said before (وهو ما، الأمر الذي) ends right before the
// word at `at`: وهو ما نفت واشنطن حدوثه.
bool RecallsBefore(const MarkerLexicon& markers, const std::vector<std::string>& words,
                   uint32_t at) {
  for (uint32_t back = 1; back <= 2 && back <= at; ++back) {
    if (markers.LengthAt(Marker::kRecall, words, at - back) == back) return true;
  }
  return false;
}

}  // namespace

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
      // يتعين أن تتعاون الولايات المتحدة مع الأسد: the act appealed for is the appeal's content,
      // not an act of its own.
      for (size_t j = i + 1; j < cues->size(); ++j) {
        CueEvent& content = (*cues)[j];
        if (content.cue.token >= closes) break;
        if (content.kind == CueKind::kAct && content.cue.token >= appeal->end_token) {
          content.absorbed = true;
        }
      }
      const int addressee =
          PronounAddressee(a, view, arguments, markers, *appeal, opens, ev.source);
      if (addressee >= 0) {
        for (int t : arguments.Coordinated(view, addressee))
          ev.targets.push_back(RefOf(a, view, t));
        continue;
      }
      for (uint32_t w = appeal->end_token; w < closes; ++w) {
        const int e = view.EntityStartingAt(w);
        if (e < 0) continue;
        const ActorRef first = RefOf(a, view, e);
        if (SameActor(first, ev.source)) continue;
        for (int t : arguments.Coordinated(view, e)) ev.targets.push_back(RefOf(a, view, t));
        break;
      }
    }
  }
}

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
      const int root = CameoRoot(content.code);
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
    const int root = CameoRoot(it->code);
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

}  // namespace marsad::events
