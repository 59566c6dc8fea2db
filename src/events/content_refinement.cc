#include "events/content_refinement.h"

#include <string>
#include <string_view>
#include <vector>

#include "events/cue_traits.h"

namespace marsad::events {
namespace {

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

}  // namespace

void RefineByContent(const MarkerLexicon& markers, const SentenceView& view, CueEvent* ev) {
  const std::vector<std::string>& words = view.words;
  if (ev->kind != CueKind::kAct && ev->code != "020") return;
  if (ev->negated && CameoRoot(ev->code) == kMaterialCooperationRoot && ev->kind == CueKind::kAct &&
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

}  // namespace marsad::events
