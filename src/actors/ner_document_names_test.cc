#include "actors/ner_document_names.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

// Tag indices of kNerTags.
constexpr int O = 0, BPer = 1, IPer = 2, BOrg = 3, IOrg = 4, BLoc = 5;

TEST(NerDocumentNamesTest, TagsOtherMentionsOfANameWithItsType) {
  const std::vector<std::vector<std::string_view>> words = {
      {"اعلن", "البنك", "التجاري", "ارباحه"},
      {"قال", "البنك", "التجاري", "ان", "البنك", "التجاري", "نما"},
  };
  std::vector<std::vector<int>> tags = {{O, BOrg, IOrg, O}, {O, O, O, O, O, O, O}};
  EXPECT_EQ(SpreadDocumentNames(words, &tags), 2u);
  EXPECT_EQ(tags[0], (std::vector<int>{O, BOrg, IOrg, O}));
  EXPECT_EQ(tags[1], (std::vector<int>{O, BOrg, IOrg, O, BOrg, IOrg, O}));
}

TEST(NerDocumentNamesTest, NeverChangesATaggedWordAndPrefersTheLongerName) {
  const std::vector<std::vector<std::string_view>> words = {
      {"زار", "هايل", "ذيابات", "عمان"},
      {"قال", "ذيابات", "في", "عمان"},
      {"هايل", "ذيابات", "و", "هايل"},
  };
  std::vector<std::vector<int>> tags = {{O, BPer, IPer, BLoc}, {O, BPer, O, BOrg}, {O, O, O, O}};
  SpreadDocumentNames(words, &tags);
  EXPECT_EQ(tags[1], (std::vector<int>{O, BPer, O, BOrg}));  // عمان stays as tagged there
  EXPECT_EQ(tags[2], (std::vector<int>{BPer, IPer, O, O}));  // هايل alone was never a name
}

TEST(NerDocumentNamesTest, TakesTheTypeGivenMostOftenAndSkipsShortNames) {
  const std::vector<std::vector<std::string_view>> words = {
      {"الجزيره"}, {"الجزيره"}, {"الجزيره"}, {"الجزيره", "ال", "فتح"}, {"ال", "فتح"}};
  std::vector<std::vector<int>> tags = {{BLoc}, {BOrg}, {BOrg}, {O, O, O}, {BPer, O}};
  NerDocumentNamesOptions options;
  options.min_letters = 3;
  SpreadDocumentNames(words, &tags, options);
  EXPECT_EQ(tags[3], (std::vector<int>{BOrg, O, O}));
  EXPECT_EQ(tags[4], (std::vector<int>{BPer, O}));
}

TEST(NerDocumentNamesTest, MatchesMentionsAfterCertainProclitics) {
  const std::vector<std::vector<std::string_view>> words = {
      {"قال", "البنك", "التجاري"}, {"و", "للبنك", "التجاري", "والبنك", "التجاري", "وفتح"}};
  std::vector<std::vector<int>> tags = {{O, BOrg, IOrg}, {O, O, O, O, O, O}};
  EXPECT_EQ(SpreadDocumentNames(words, &tags), 2u);
  EXPECT_EQ(tags[1], (std::vector<int>{O, BOrg, IOrg, BOrg, IOrg, O}));
}

TEST(NerDocumentNamesTest, DoesNothingWithoutNames) {
  const std::vector<std::vector<std::string_view>> words = {{"قال", "ان"}};
  std::vector<std::vector<int>> tags = {{O, O}};
  EXPECT_EQ(SpreadDocumentNames(words, &tags), 0u);
  EXPECT_EQ(tags[0], (std::vector<int>{O, O}));
}

}  // namespace
}  // namespace marsad::actors
