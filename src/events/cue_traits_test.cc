#include "events/cue_traits.h"

#include <gtest/gtest.h>

namespace marsad::events {
namespace {

TEST(CueTraitsTest, TheRootIsTheFirstTwoDigits) {
  EXPECT_EQ(CameoRoot("0312"), 3);
  EXPECT_EQ(CameoRoot("010"), 1);
  EXPECT_EQ(CameoRoot("180"), 18);
  EXPECT_EQ(CameoRoot("20"), 20);
}

TEST(CueTraitsTest, TheFrameListsHowTheTargetIsFound) {
  CuePattern pattern;
  pattern.target_by = {"obj", "\u0639\u0644\u064A"};  // obj، على
  EXPECT_TRUE(TakesTargetBy(pattern, "obj"));
  EXPECT_TRUE(TakesTargetBy(pattern, "\u0639\u0644\u064A"));
  EXPECT_FALSE(TakesTargetBy(pattern, "gen"));
  EXPECT_FALSE(TakesTargetBy(CuePattern{}, "obj"));
}

}  // namespace
}  // namespace marsad::events
