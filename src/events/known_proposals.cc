#include "events/known_proposals.h"

#include <algorithm>
#include <string_view>

#include "events/actor_refs.h"
#include "events/cue_traits.h"
#include "events/match_form.h"

namespace marsad::events {
namespace {

// Words after an acceptance searched for the request or proposal it accepts.
constexpr uint32_t kAcceptedReach = 10;

// Words after an acceptance or offer searched for the على that introduces what it is "on".
constexpr uint32_t kOnReach = 12;

// Whether `code` is a request or proposal (CAMEO 02 appeal, 03 intent to cooperate): what an
// acceptance (وافق على المقترح) answers.
bool IsProposal(std::string_view code) {
  const int root = CameoRoot(code);
  return root == 2 || root == 3;
}

}  // namespace

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

std::string AcceptanceCode(std::string_view code, std::string generic) {
  if (code == "0212" || code == "0312") return "0312";
  if (code == "026" || code == "036") return "036";
  if (code == "021" || code == "031") return "031";
  return generic;
}

bool AdministrativeDecision(const MarkerLexicon& markers, const RoleNouns& roles,
                            const SentenceView& view, const CueEvent& ev) {
  const auto& frame = ev.pattern->target_by;
  if (ev.kind != CueKind::kAct || CameoRoot(ev.code) != 3 || !ev.targets.empty() ||
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

}  // namespace marsad::events
