#include "events/actor_roles.h"

#include <cstddef>
#include <string_view>

#include "events/cue_traits.h"

namespace marsad::events {
namespace {

constexpr size_t kCountryLength = 3;  // the country of a code: ISO alpha-3 (RUS in RUSGOV)

// Whether a government's act of this code, addressed to a country, is addressed to that
// country's government: an offer, consultation, diplomatic cooperation or aid (CAMEO 03, 04,
// 05, 07) goes from government to government (أشاد لافروف بالتعاون بين روسيا والعراق →
// IRQGOV); an appeal, a demand or a criticism may address the country as a whole.
bool GovernmentToGovernment(std::string_view code) {
  const int root = CameoRoot(code);
  return root == 3 || root == 4 || root == 5 || root == 7;
}

}  // namespace

void ShareRole(const RoleNouns& roles, std::vector<ActorRef>* list) {
  if (list->size() < 2 || (*list)[0].actor.size() <= kCountryLength) return;
  const std::string role = (*list)[0].actor.substr(kCountryLength);
  for (size_t k = 1; k < list->size(); ++k) {
    std::string& actor = (*list)[k].actor;
    if (actor.size() == kCountryLength && !roles.IsBareRole(actor)) actor += role;
  }
}

void ShareSourceRole(const RoleNouns& roles, std::vector<Event>* events) {
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

void TakeRoleOf(const RoleNouns& roles, const ActorRef& peer, ActorRef* counterpart) {
  if (counterpart->actor.size() == kCountryLength && peer.actor.size() > kCountryLength &&
      !roles.IsBareRole(counterpart->actor)) {
    counterpart->actor += peer.actor.substr(kCountryLength);
  }
}

void AddressTheGovernment(const std::unordered_set<std::string>& countries, const Event& event,
                          ActorRef* target) {
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

}  // namespace marsad::events
