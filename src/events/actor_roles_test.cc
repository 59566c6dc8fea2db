#include "events/actor_roles.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

RoleNouns Roles() {
  auto roles = RoleNouns::Parse("", "test");
  EXPECT_TRUE(roles.ok()) << roles.status().message();
  EXPECT_TRUE(roles->AddRoleCodes("COP\tbody\tpolice\n", "codes").ok());
  return std::move(roles).value();
}

ActorRef Actor(const std::string& code) { return ActorRef{Span{}, code, code}; }

Event Record(const std::string& source, const std::string& code) {
  Event event;
  event.source = Actor(source);
  event.code = code;
  return event;
}

TEST(ActorRolesTest, CountriesListedAfterAnActorShareItsRole) {
  std::vector<ActorRef> list = {Actor("SYRGOV"), Actor("TUR"), Actor("COP"), Actor("JORMIL")};
  ShareRole(Roles(), &list);
  EXPECT_EQ(list[1].actor, "TURGOV");
  EXPECT_EQ(list[2].actor, "COP");     // a bare role is no country
  EXPECT_EQ(list[3].actor, "JORMIL");  // a role of its own stays
}

TEST(ActorRolesTest, ABareCountryTakesTheOneRoleOfItsRetelling) {
  std::vector<Event> events = {Record("RUS", "121"), Record("RUSGOV", "121")};
  ShareSourceRole(Roles(), &events);
  EXPECT_EQ(events[0].source.actor, "RUSGOV");

  std::vector<Event> two_roles = {Record("RUS", "121"), Record("RUSGOV", "121"),
                                  Record("RUSMIL", "121")};
  ShareSourceRole(Roles(), &two_roles);
  EXPECT_EQ(two_roles[0].source.actor, "RUS");

  std::vector<Event> statements = {Record("RUS", "010"), Record("RUSGOV", "010")};
  ShareSourceRole(Roles(), &statements);
  EXPECT_EQ(statements[0].source.actor, "RUS");
}

TEST(ActorRolesTest, ACounterpartTakesItsPeersRole) {
  ActorRef counterpart = Actor("IRQ");
  TakeRoleOf(Roles(), Actor("RUSGOV"), &counterpart);
  EXPECT_EQ(counterpart.actor, "IRQGOV");
  ActorRef police = Actor("COP");
  TakeRoleOf(Roles(), Actor("RUSGOV"), &police);
  EXPECT_EQ(police.actor, "COP");
}

TEST(ActorRolesTest, AGovernmentAddressesGovernmentsInCooperation) {
  const std::unordered_set<std::string> countries = {"IRQ", "RUS"};
  ActorRef iraq = Actor("IRQ");
  AddressTheGovernment(countries, Record("RUSGOV", "057"), &iraq);
  EXPECT_EQ(iraq.actor, "IRQGOV");
  ActorRef appealed = Actor("IRQ");
  AddressTheGovernment(countries, Record("RUSGOV", "020"), &appealed);  // an appeal
  EXPECT_EQ(appealed.actor, "IRQ");
  ActorRef region = Actor("WST");
  AddressTheGovernment(countries, Record("RUSGOV", "057"), &region);
  EXPECT_EQ(region.actor, "WST");
  ActorRef from_a_paper = Actor("IRQ");
  AddressTheGovernment(countries, Record("RUSMED", "057"), &from_a_paper);
  EXPECT_EQ(from_a_paper.actor, "IRQ");
}

}  // namespace
}  // namespace marsad::events
