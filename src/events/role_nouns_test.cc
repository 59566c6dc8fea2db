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

TEST(RoleNounsTest, ShippedRolesLoad) {
  auto roles = RoleNouns::Load(TestDataDir());
  ASSERT_TRUE(roles.ok()) << roles.status().message();
  EXPECT_EQ(roles->Find(MatchForm("مسلحون")), "UAF");
  EXPECT_EQ(roles->Find(MatchForm("للحكومة")), "GOV");
  EXPECT_EQ(roles->Find(MatchForm("طلبة")), "EDU");
  EXPECT_EQ(roles->Find(MatchForm("أشخاص")), "CVL");
}

}  // namespace
}  // namespace marsad::events
