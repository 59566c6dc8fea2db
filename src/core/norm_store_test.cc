#include "core/norm_store.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad {
namespace {

TEST(NormStoreTest, KeepsCopiesThatOutliveTheirSource) {
  NormStore store;
  std::string_view kept;
  {
    std::string source = "قال";
    kept = store.Keep(source);
    source.assign("xxxxxx");
  }
  EXPECT_EQ(kept, "قال");
  EXPECT_TRUE(store.Keep("").empty());
}

TEST(NormStoreTest, ViewsStayValidAsBlocksAreAddedAndTheStoreMoves) {
  NormStore store;
  std::vector<std::pair<std::string, std::string_view>> kept;
  // Many small norms and one larger than a block: several blocks.
  for (int i = 0; i < 2000; ++i) {
    std::string text = "norm" + std::to_string(i);
    kept.emplace_back(text, store.Keep(text));
  }
  const std::string large(10000, 'x');
  kept.emplace_back(large, store.Keep(large));
  NormStore moved = std::move(store);
  NormStore assigned;
  assigned = std::move(moved);
  for (const auto& [text, view] : kept) ASSERT_EQ(view, text);
  // The store it was moved to keeps adding.
  EXPECT_EQ(assigned.Keep("بعد"), "بعد");
}

TEST(NormStoreTest, ReserveMakesRoomForLaterKeepsInOneBlock) {
  NormStore store;
  store.Reserve(100);
  const std::string_view first = store.Keep("abc");
  const std::string_view second = store.Keep("def");
  EXPECT_EQ(first.data() + first.size(), second.data());  // adjacent in the reserved block
}

}  // namespace
}  // namespace marsad
