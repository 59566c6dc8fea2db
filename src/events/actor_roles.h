// How a role (GOV, MIL, COP after a country code) passes between the actors of a sentence:
// countries listed after an actor with a role are meant in that role; a bare country takes the
// one role its capital or office holds in a retelling of the same act; a counterpart (نظيره)
// takes its peer's role; a government addressing a country by name in a government-to-
// government act addresses its government. A bare role (COP, CVL: RoleNouns::IsBareRole) is no
// country and keeps its code.
#ifndef MARSAD_EVENTS_ACTOR_ROLES_H_
#define MARSAD_EVENTS_ACTOR_ROLES_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "core/analysis.h"
#include "events/role_nouns.h"

namespace marsad::events {

// قادة سوريا ودول المنطقة، ومن ضمنها تركيا والأردن: countries listed after an actor with a
// role (SYRGOV) are meant in that role (TURGOV, JORGOV).
void ShareRole(const RoleNouns& roles, std::vector<ActorRef>* list);

// رفض روسيا المشاركة … عبرا عن رفض موسكو المشاركة: one sentence telling an act twice, by the
// country's name and by its capital or office, tells who in the country acts; the record with
// the bare country takes that role (RUS → RUSGOV) when the sentence's `events` name only one.
// Not for statements (CAMEO 01): two speakers of one country say two things.
void ShareSourceRole(const RoleNouns& roles, std::vector<Event>* events);

// نظيره العراقي: a counterpart named by its country has the role of its peer (IRQ → IRQGOV).
void TakeRoleOf(const RoleNouns& roles, const ActorRef& peer, ActorRef* counterpart);

// The target as the government of its country (one of `countries`, not a region) when a
// government addresses the country by name in an act that goes from government to
// government: an offer, consultation, diplomatic cooperation or aid (CAMEO 03, 04, 05, 07:
// أشاد لافروف بالتعاون بين روسيا والعراق → IRQGOV). An appeal, a demand or a criticism may
// address the country as a whole.
void AddressTheGovernment(const std::unordered_set<std::string>& countries, const Event& event,
                          ActorRef* target);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ACTOR_ROLES_H_
