#include "events/repeat_merger.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace marsad::events {
namespace {

constexpr std::string_view kStatement = "010";  // make statement: a report saying no more

// The country of an actor (its first three letters), or its words when it has no code.
std::string CountryOf(const ActorRef& actor) {
  return actor.actor.empty() ? actor.text : actor.actor.substr(0, 3);
}

// Whether both actors carry a role after their country and the roles differ (RUSMED, RUSGOV):
// a statement of a Russian paper is not one of the Kremlin.
bool RolesDiffer(const ActorRef& x, const ActorRef& y) {
  constexpr size_t kCountryLength = 3;
  return x.actor.size() > kCountryLength && y.actor.size() > kCountryLength &&
         x.actor.compare(kCountryLength, std::string::npos, y.actor, kCountryLength,
                         std::string::npos) != 0;
}

// Whether two denials speak of the same parties: at least two countries in common (نفى أن
// تكون إيران وروسيا جزءا من تحالف … / "لا أرى تحالفا بين إيران وروسيا").
bool SameParties(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  constexpr int kSharedParties = 2;
  int shared = 0;
  for (const std::string& country : x) {
    if (std::find(y.begin(), y.end(), country) != y.end()) ++shared;
  }
  return shared >= kSharedParties;
}

// Whether two denials deny the same act (one source country and CAMEO root in common):
// «البنتاجون: لم نتلق طلبا روسيا» / «أن موسكو طلبت من واشنطن …، وهو ما نفت واشنطن حدوثه».
bool SameDeniedAct(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  return std::any_of(x.begin(), x.end(), [&y](const std::string& act) {
    return std::find(y.begin(), y.end(), act) != y.end();
  });
}

}  // namespace

bool SameActor(const ActorRef& x, const ActorRef& y) {
  if (!x.actor.empty() || !y.actor.empty()) return x.actor == y.actor;
  return !x.text.empty() && x.text == y.text;
}

// A repeat that names the target the first record lacked (موسكو ستنضم … / تنضم إلى التحالف
// الدولي) lends it; a denial or a refusal to comment is about its own content.
void MergeRepeats(std::vector<Event> all, const std::vector<RecordNotes>& all_notes,
                  std::vector<Event>* out) {
  // وزير الدفاع الأمريكي السابق: العرض الروسي …: a headline giving a speaker's words announces
  // what the article reports of that speaker; it is a record only when the article has none.
  std::vector<Event> events;
  std::vector<const RecordNotes*> notes;
  for (size_t k = 0; k < all.size(); ++k) {
    const bool announced = all_notes[k].headline_statement &&
                           std::any_of(all.begin(), all.end(), [&](const Event& other) {
                             return &other != &all[k] &&
                                    !all_notes[&other - all.data()].headline_statement &&
                                    SameActor(other.source, all[k].source);
                           });
    if (announced) continue;
    events.push_back(std::move(all[k]));
    notes.push_back(&all_notes[k]);
  }
  std::vector<const RecordNotes*> out_notes;  // parallel to the records this call adds
  const size_t out_base = out->size();
  std::vector<size_t> mergeable;  // indices into *out
  // أبلغ قادة تركيا والسعودية … باقتراحه: an act addressed to several targets in one sentence
  // names its own targets; it lends none of them to an earlier record without one.
  std::vector<bool> several_targets(events.size(), false);
  for (size_t i = 1; i < events.size(); ++i) {
    const Event& x = events[i - 1];
    const Event& y = events[i];
    if (x.sentence == y.sentence && x.cue == y.cue && x.code == y.code && !x.target.text.empty() &&
        !y.target.text.empty()) {
      several_targets[i - 1] = several_targets[i] = true;
    }
  }
  for (size_t k = 0; k < events.size(); ++k) {
    Event& e = events[k];
    const bool has_source = !e.source.actor.empty() || !e.source.text.empty();
    // إصابة جنديين كوريين في انفجار / جنديين كوريين أصيبا في انفجار: an act of material
    // conflict with no named doer is the same act when told again of the same victims, in the
    // same words, coded more narrowly than a bare role (not «شخصا»: CVL).
    constexpr int kFirstMaterialConflictRoot = 14;
    constexpr size_t kBareRoleLength = 3;
    const bool victims_only = !has_source && e.target.actor.size() > kBareRoleLength &&
                              std::atoi(e.code.substr(0, 2).c_str()) >= kFirstMaterialConflictRoot;
    if (!has_source && !victims_only) {
      out_notes.push_back(notes[k]);
      out->push_back(std::move(e));
      continue;
    }
    if (e.code.compare(0, 2, "01") == 0 && e.code != kStatement) {
      // A denial, regret or refusal to comment is about its own content: kept apart, once
      // per sentence.
      // A denial of the same parties by the same speaker in another sentence repeats it.
      for (size_t o = out_base; o < out->size(); ++o) {
        Event& other = (*out)[o];
        if (other.sentence == e.sentence || other.code != e.code ||
            other.target.text != e.target.text) {
          continue;
        }
        // A denial of the same parties by the same speaker, or of the same act by the same
        // country (the Pentagon in the headline, Washington in the text), repeats it.
        const RecordNotes& other_notes = *out_notes[o - out_base];
        const bool same_parties = SameActor(other.source, e.source) &&
                                  SameParties(other_notes.parties, notes[k]->parties);
        const bool same_act = CountryOf(other.source) == CountryOf(e.source) &&
                              SameDeniedAct(other_notes.denied, notes[k]->denied);
        if (!same_parties && !same_act) continue;
        if (std::find(other.mentions.begin(), other.mentions.end(), e.sentence) ==
            other.mentions.end()) {
          other.mentions.push_back(e.sentence);
        }
        e.code.clear();
        break;
      }
      if (e.code.empty()) continue;
      const bool repeated = std::any_of(out->begin(), out->end(), [&](const Event& other) {
        return other.sentence == e.sentence && other.code == e.code &&
               SameActor(other.source, e.source) && other.target.text == e.target.text;
      });
      if (!repeated) {
        out_notes.push_back(notes[k]);
        out->push_back(std::move(e));
      }
      continue;
    }
    Event* first = nullptr;
    for (size_t index : mergeable) {
      Event& candidate = (*out)[index];
      // Statements merge only with statements (one 010 record per speaker and target).
      const bool same_kind = (candidate.code == kStatement) == (e.code == kStatement);
      if (!same_kind || CountryOf(candidate.source) != CountryOf(e.source) ||
          RolesDiffer(candidate.source, e.source) ||
          candidate.code.compare(0, 2, e.code, 0, 2) != 0 || candidate.polarity != e.polarity ||
          candidate.modality != e.modality) {
        continue;
      }
      if (victims_only && candidate.target.text != e.target.text) continue;
      const bool no_target = candidate.target.text.empty() || e.target.text.empty();
      if (candidate.target.text.empty() && several_targets[k]) continue;
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
      out_notes.push_back(notes[k]);
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

}  // namespace marsad::events
