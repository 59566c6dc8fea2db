#include "clean/match_fold.h"

#include <gtest/gtest.h>

namespace marsad::clean {
namespace {

TEST(MatchFoldTest, FoldsHamzaAlefMaqsuraAndTaMarbuta) {
  EXPECT_EQ(MatchFold("إقرأ أيضاً"), "اقرا ايضا");
  EXPECT_EQ(MatchFold("مستشفى الجامعة"), "مستشفي الجامعه");
}

TEST(MatchFoldTest, DropsTatweelAndDiacriticsAndCollapsesSpace) {
  EXPECT_EQ(MatchFold("  شـاهِد \t  أيضاً  "), "شاهد ايضا");
}

TEST(MatchFoldTest, LowercasesLatinAndFoldsDigits) {
  EXPECT_EQ(MatchFold("Read MORE ٢٠١٥"), "read more 2015");
}

}  // namespace
}  // namespace marsad::clean
