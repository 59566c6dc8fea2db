#include "events/content_refinement.h"

#include <string>
#include <string_view>
#include <vector>

#include "core/file.h"
#include "core/tsv_file.h"

namespace marsad::events {
namespace {

// Words apart an economic and a military word may be and still name one field of cooperation
// (أهمها الاقتصادي والعسكري، النفط والغاز والعلاقات العسكرية).
constexpr int kFieldsApart = 6;

// The number of columns of a row of events_refinements.tsv.
constexpr size_t kRefinementColumns = 9;

}  // namespace

Expected<ContentRefinements> ContentRefinements::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/events_refinements.tsv";
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Expected<ContentRefinements> ContentRefinements::Parse(std::string_view text,
                                                       const std::string& name) {
  ContentRefinements table;
  const Status read =
      ForEachTsvRowOf(text, name, [&table](const std::vector<std::string>& fields, size_t) {
        if (fields.size() != kRefinementColumns) {
          return Status::Error("expected " + std::to_string(kRefinementColumns) + " codes, found " +
                               std::to_string(fields.size()));
        }
        auto code = [&fields](size_t i) { return fields[i] == "-" ? std::string() : fields[i]; };
        if (table.For(fields[0]) != nullptr) return Status::Error("code " + fields[0] + " twice");
        table.rows_.push_back(ContentRefinement{code(0), code(1), code(2), code(3), code(4),
                                                code(5), code(6), code(7), code(8)});
        return Status::Ok();
      });
  if (!read.ok()) return read;
  return table;
}

const ContentRefinement* ContentRefinements::For(std::string_view generic) const {
  for (const ContentRefinement& row : rows_) {
    if (row.generic == generic) return &row;
  }
  return nullptr;
}

void RefineByContent(const ContentRefinements& refinements, const MarkerLexicon& markers,
                     const SentenceView& view, CueEvent* ev) {
  const std::vector<std::string>& words = view.words;
  std::vector<std::string_view> bare;  // the words' bare forms, found once for every marker
  if (ev->kind != CueKind::kAct && ev->code != "020") return;
  const ContentRefinement* found = refinements.For(ev->code);
  if (found != nullptr && !found->refused.empty() && ev->negated && ev->kind == CueKind::kAct &&
      !ev->cue.noun) {
    ev->code = found->refused;
    ev->negated = false;
    found = refinements.For(ev->code);
  }
  if (found == nullptr) return;
  const ContentRefinement& refinement = *found;
  // Content follows the actors named right after the cue (دعوة وزير خارجية أميركا تيليرسون
  // لروسيا بضرورة الانخراط … في محاربة الإرهاب).
  // A statement's content starts at its appeal word (يجب أن، ضرورة).
  uint32_t from = ev->content_from > 0 ? ev->content_from : ev->cue.token + 1;
  while (from < words.size() && (view.entity_at[from] >= 0 || words[from].empty())) ++from;
  // دعا إلى وقف إطلاق النار، ضمان التزام النظام باتفاق وقف الأعمال العدائية: an appeal for a
  // truce or withdrawal, when that is what it names first.
  const int calm =
      refinement.calm.empty() ? -1 : markers.NearestStem(Marker::kCalm, words, from, &bare);
  const int military =
      refinement.military.empty() ? -1 : markers.NearestStem(Marker::kMilitary, words, from, &bare);
  const int talks =
      refinement.talks.empty() ? -1 : markers.NearestStem(Marker::kTalks, words, from, &bare);
  const int policy =
      refinement.policy.empty() ? -1 : markers.NearestStem(Marker::kPolicy, words, from, &bare);
  // يجب تنويع موارد الاقتصاد: a statement's content names economic policy more often than
  // economic cooperation; only an appeal or offer made by its own verb is refined.
  const int economic = refinement.economic.empty() || ev->kind != CueKind::kAct
                           ? -1
                           : markers.NearestStem(Marker::kEconomic, words, from, &bare);
  const bool first_calm = calm >= 0 && (military < 0 || calm <= military) &&
                          (talks < 0 || calm < talks) && (policy < 0 || calm < policy) &&
                          (economic < 0 || calm < economic);
  if (first_calm) {
    ev->code = refinement.calm;
    return;
  }
  const bool first_economic = economic >= 0 && (military < 0 || economic < military) &&
                              (talks < 0 || economic < talks) && (policy < 0 || economic < policy);
  if (first_economic) {
    // آفاق التعاون … أهمها الاقتصادي والعسكري: both kinds named together.
    const int military_after = markers.NearestStem(Marker::kMilitary, words,
                                                   from + static_cast<uint32_t>(economic), &bare);
    const bool both = military_after >= 0 && military_after <= kFieldsApart;
    ev->code = both && !refinement.material.empty() ? refinement.material : refinement.economic;
  } else if (policy >= 0 && (military < 0 || policy < military) && (talks < 0 || policy < talks)) {
    ev->code = refinement.policy;
  } else if (military >= 0 && (talks < 0 || military <= talks)) {
    // العلاقات العسكرية والاقتصادية: the economic word right after names a second field.
    const bool both = economic >= 0 && economic - military <= kFieldsApart;
    ev->code = both && !refinement.material.empty() ? refinement.material : refinement.military;
  } else if (talks >= 0) {
    // استعدادها للمساهمة في إرساء حوار بين هذه الدول: talks between others.
    const uint32_t at = from + static_cast<uint32_t>(talks);
    const bool between = (at + 1 < words.size() && markers.Is(Marker::kBetween, words[at + 1])) ||
                         (at + 2 < words.size() && markers.Is(Marker::kBetween, words[at + 2]));
    ev->code = between && !refinement.mediation.empty() ? refinement.mediation : refinement.talks;
  }
}

}  // namespace marsad::events
