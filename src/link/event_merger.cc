#include "link/event_merger.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "link/day_number.h"

namespace marsad::link {
namespace {

constexpr int kUndated = std::numeric_limits<int>::max();

struct MergeKey {
  std::string source;
  std::string root;
  std::string target;
  int64_t doc;  // -1 unless both actors are unknown
  auto operator<=>(const MergeKey&) const = default;
};

std::string RootOf(const std::string& code) { return code.substr(0, 2); }

bool Counts(const EventMention& mention) {
  return mention.polarity == "asserted" && mention.modality == "actual";
}

bool IsDenial(const EventMention& mention) {
  return mention.code.rfind("016", 0) == 0 && mention.polarity == "asserted" &&
         !mention.source.empty();
}

// The denier speaks for the act's source: the same code, or the same country (the first
// three letters of a state actor's code, e.g. RUSGOV for RUSMIL).
bool ActorConcerned(const std::string& denier, const std::string& source) {
  if (denier.empty() || source.empty()) return false;
  if (denier == source) return true;
  static const std::set<std::string> kNonState = {"IGO", "IMG", "NGO", "MNC", "UIS", "NGM"};
  if (denier.size() < 3 || source.size() < 3 || denier.compare(0, 3, source, 0, 3) != 0) {
    return false;
  }
  return kNonState.count(denier.substr(0, 3)) == 0;
}

int DayOf(const EventMention& mention) { return DayNumber(mention.date).value_or(kUndated); }

CorpusEvent Summarise(const std::vector<EventMention>& mentions, std::vector<uint32_t> members,
                      const MergeKey& key) {
  CorpusEvent event;
  event.source = key.source;
  event.target = key.target;
  event.root = key.root;
  std::vector<uint32_t> counted;
  for (uint32_t index : members) {
    if (Counts(mentions[index])) counted.push_back(index);
  }
  const std::vector<uint32_t>& basis = counted.empty() ? members : counted;
  std::map<std::string, int> code_counts;
  for (uint32_t index : basis) ++code_counts[mentions[index].code];
  int best = 0;
  for (const auto& [code, count] : code_counts) {
    // Most frequent; on a tie the more specific (longer) code, then the smaller.
    if (count > best || (count == best && code.size() > event.code.size())) {
      best = count;
      event.code = code;
    }
  }
  for (uint32_t index : basis) {
    const std::string& date = mentions[index].date;
    if (DayOf(mentions[index]) == kUndated) continue;
    const std::string day = date.substr(0, 10);
    if (event.first_seen.empty() || day < event.first_seen) event.first_seen = day;
    if (event.last_seen.empty() || day > event.last_seen) event.last_seen = day;
  }
  std::set<uint32_t> docs;
  std::set<std::string> outlets;
  for (uint32_t index : counted) {
    docs.insert(mentions[index].doc);
    outlets.insert(mentions[index].outlet);
  }
  event.num_articles = static_cast<int>(docs.size());
  event.num_sources = static_cast<int>(outlets.size());
  event.num_mentions = static_cast<int>(counted.size());
  event.mentions = std::move(members);
  return event;
}

// A "negated" contradiction inside one event: counted mentions and negated ones from
// another outlet.
std::optional<Contradiction> NegationWithin(const std::vector<EventMention>& mentions,
                                            const CorpusEvent& event, uint32_t event_index) {
  Contradiction contradiction;
  contradiction.event = event_index;
  contradiction.kind = "negated";
  std::set<std::string> asserting_outlets;
  for (uint32_t index : event.mentions) {
    if (Counts(mentions[index])) {
      contradiction.asserting.push_back(index);
      asserting_outlets.insert(mentions[index].outlet);
    }
  }
  for (uint32_t index : event.mentions) {
    const EventMention& mention = mentions[index];
    if (mention.polarity != "negated") continue;
    const bool other_outlet =
        asserting_outlets.size() > 1 ||
        (asserting_outlets.size() == 1 && asserting_outlets.count(mention.outlet) == 0);
    if (other_outlet) contradiction.denying.push_back(index);
  }
  if (contradiction.asserting.empty() || contradiction.denying.empty()) return std::nullopt;
  return contradiction;
}

}  // namespace

MergedEvents EventMerger::Merge(const std::vector<EventMention>& mentions) const {
  std::map<MergeKey, std::vector<uint32_t>> by_key;
  for (uint32_t index = 0; index < mentions.size(); ++index) {
    const EventMention& mention = mentions[index];
    const bool anonymous = mention.source.empty() && mention.target.empty();
    by_key[{mention.source, RootOf(mention.code), mention.target,
            anonymous ? static_cast<int64_t>(mention.doc) : -1}]
        .push_back(index);
  }

  MergedEvents merged;
  for (auto& [key, members] : by_key) {
    std::stable_sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
      return std::make_tuple(DayOf(mentions[a]), mentions[a].doc) <
             std::make_tuple(DayOf(mentions[b]), mentions[b].doc);
    });
    std::vector<uint32_t> group;
    int group_first_day = 0;
    for (uint32_t index : members) {
      const int day = DayOf(mentions[index]);
      const bool fits =
          !group.empty() && (day == kUndated ? group_first_day == kUndated
                                             : group_first_day != kUndated &&
                                                   day - group_first_day <= options_.window_days);
      if (!group.empty() && !fits) {
        merged.events.push_back(Summarise(mentions, std::move(group), key));
        group.clear();
      }
      if (group.empty()) group_first_day = day;
      group.push_back(index);
    }
    if (!group.empty()) merged.events.push_back(Summarise(mentions, std::move(group), key));
  }
  std::sort(merged.events.begin(), merged.events.end(), [](const auto& a, const auto& b) {
    // Undated events last.
    return std::make_tuple(a.first_seen.empty(), a.first_seen, a.source, a.root, a.target,
                           a.mentions.front()) < std::make_tuple(b.first_seen.empty(), b.first_seen,
                                                                 b.source, b.root, b.target,
                                                                 b.mentions.front());
  });

  for (uint32_t e = 0; e < merged.events.size(); ++e) {
    if (auto contradiction = NegationWithin(mentions, merged.events[e], e)) {
      merged.contradictions.push_back(std::move(*contradiction));
    }
  }

  // Denials, by the first three letters of the denier's code: only those can concern an act.
  std::map<std::string, std::vector<uint32_t>> denials_by_prefix;
  for (uint32_t index = 0; index < mentions.size(); ++index) {
    if (IsDenial(mentions[index]) && DayOf(mentions[index]) != kUndated) {
      denials_by_prefix[mentions[index].source.substr(0, 3)].push_back(index);
    }
  }
  for (uint32_t e = 0; e < merged.events.size() && !denials_by_prefix.empty(); ++e) {
    const CorpusEvent& event = merged.events[e];
    if (event.num_articles == 0 || event.first_seen.empty()) continue;
    if (std::find(options_.denied_roots.begin(), options_.denied_roots.end(), event.root) ==
        options_.denied_roots.end()) {
      continue;
    }
    const auto candidates = denials_by_prefix.find(event.source.substr(0, 3));
    if (candidates == denials_by_prefix.end()) continue;
    const int first_day = *DayNumber(event.first_seen);
    const int last_day = *DayNumber(event.last_seen);
    Contradiction contradiction;
    contradiction.event = e;
    contradiction.kind = "denied";
    std::set<uint32_t> asserting;
    for (uint32_t denial : candidates->second) {
      const EventMention& denying = mentions[denial];
      const int day = DayOf(denying);
      if (day < first_day - options_.window_days || day > last_day + options_.window_days ||
          !ActorConcerned(denying.source, event.source)) {
        continue;
      }
      if (options_.denial_needs_embedded_act &&
          std::none_of(event.mentions.begin(), event.mentions.end(),
                       [&](uint32_t index) { return mentions[index].doc == denying.doc; })) {
        continue;
      }
      bool other_doc = false;
      for (uint32_t index : event.mentions) {
        if (Counts(mentions[index]) && mentions[index].doc != denying.doc) {
          asserting.insert(index);
          other_doc = true;
        }
      }
      if (other_doc) contradiction.denying.push_back(denial);
    }
    if (contradiction.denying.empty()) continue;
    contradiction.asserting.assign(asserting.begin(), asserting.end());
    merged.contradictions.push_back(std::move(contradiction));
  }
  return merged;
}

}  // namespace marsad::link
