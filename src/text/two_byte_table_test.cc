#include "text/two_byte_table.h"

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

int TimesThree(char32_t cp) { return static_cast<int>(cp) * 3; }

TEST(TwoByteTableTest, HoldsTheFunctionOfEveryCodePointBelowU0800) {
  const auto& table = TwoByteTable<int, TimesThree>::Get();
  for (char32_t cp = 0; cp < TwoByteTable<int, TimesThree>::kEnd; ++cp) {
    ASSERT_EQ(table.Of(cp), TimesThree(cp)) << static_cast<int>(cp);
  }
  EXPECT_EQ(&table, &(TwoByteTable<int, TimesThree>::Get()));  // built once
}

}  // namespace
}  // namespace marsad::text
