#include "events/role_nouns.h"

#include <gtest/gtest.h>

#include "events/match_form.h"
#include "events/test_data_dir.h"

namespace marsad::events {
namespace {

TEST(RoleNounsTest, FindsTheRoleBehindProcliticsAndSuffixes) {
  auto roles = RoleNouns::Parse("# c\nمتظاهر\tCVL\nشرطة\tCOP\n", "t");
  ASSERT_TRUE(roles.ok()) << roles.status().message();
  EXPECT_EQ(roles->Find(MatchForm("المتظاهرين")), "CVL");
  EXPECT_EQ(roles->Find(MatchForm("ومتظاهرون")), "CVL");
  EXPECT_EQ(roles->Find(MatchForm("الشرطة")), "COP");
  EXPECT_EQ(roles->Find(MatchForm("الحكومة")), "");
}

TEST(RoleNounsTest, RejectsLinesWithoutCode) {
  EXPECT_FALSE(RoleNouns::Parse("متظاهر\n", "t").ok());
}

TEST(RoleNounsTest, BareRoleCodesAreNoCountries) {
  auto roles = RoleNouns::Parse("متظاهر\tCVL\n", "t");
  ASSERT_TRUE(roles.ok()) << roles.status().message();
  ASSERT_TRUE(roles->AddRoleCodes("# c\nCOP\tbody\tpolice\nUAF\tpeople\tarmed men\n", "c").ok());
  EXPECT_TRUE(roles->IsBareRole("CVL"));  // the code of a role noun
  EXPECT_TRUE(roles->IsBareRole("COP"));
  EXPECT_FALSE(roles->IsBareRole("IRQ"));
  EXPECT_FALSE(roles->IsBareRole("IRQCOP"));
  EXPECT_TRUE(roles->NamesPeople("UAF"));
  EXPECT_FALSE(roles->NamesPeople("COP"));
  EXPECT_FALSE(roles->NamesPeople("IRQ"));
}

TEST(RoleNounsTest, SpeakersActOnlyInWords) {
  auto roles = RoleNouns::Parse("", "t");
  ASSERT_TRUE(roles.ok());
  ASSERT_TRUE(roles->AddRoleCodes("MED\tspeaker\tmedia\nMIL\tbody\tmilitary\n", "c").ok());
  EXPECT_TRUE(roles->IsBareRole("MED"));
  EXPECT_FALSE(roles->NamesPeople("MED"));
  EXPECT_TRUE(roles->OnlySpeaks("MED"));
  EXPECT_TRUE(roles->OnlySpeaks("SWEMED"));  // a country's press
  EXPECT_FALSE(roles->OnlySpeaks("SWEMIL"));
  EXPECT_FALSE(roles->OnlySpeaks("AMED"));  // codes are read three letters at a time
  EXPECT_FALSE(roles->OnlySpeaks(""));
}

TEST(RoleNounsTest, RejectsRoleCodesWithoutKind) {
  auto roles = RoleNouns::Parse("", "t");
  ASSERT_TRUE(roles.ok());
  EXPECT_FALSE(roles->AddRoleCodes("COP\tpolice\n", "c").ok());
  EXPECT_FALSE(roles->AddRoleCodes("COP\n", "c").ok());
}

TEST(RoleNounsTest, ShippedRolesLoad) {
  auto roles = RoleNouns::Load(TestDataDir());
  ASSERT_TRUE(roles.ok()) << roles.status().message();
  EXPECT_EQ(roles->Find(MatchForm("مسلحون")), "UAF");
  EXPECT_EQ(roles->Find(MatchForm("للحكومة")), "GOV");
  EXPECT_EQ(roles->Find(MatchForm("طلبة")), "EDU");
  EXPECT_EQ(roles->Find(MatchForm("أشخاص")), "CVL");
  EXPECT_TRUE(roles->IsBareRole("GOV"));
  EXPECT_TRUE(roles->NamesPeople("CVL"));
  EXPECT_FALSE(roles->NamesPeople("MIL"));
}

}  // namespace
}  // namespace marsad::events
