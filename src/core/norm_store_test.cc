#include "core/norm_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace marsad {
namespace {

// A std::string (a temporary above all) cannot become a NormView, so a norm cannot be left
// viewing a string that dies; views, kept copies and literals can.
static_assert(!std::is_convertible_v<std::string, NormView>);
static_assert(!std::is_convertible_v<const std::string&, NormView>);
static_assert(!std::is_assignable_v<NormView&, std::string>);
static_assert(!std::is_constructible_v<NormView, std::string>);
static_assert(std::is_assignable_v<NormView&, std::string_view>);
static_assert(std::is_assignable_v<NormView&, const char*>);

TEST(NormViewTest, ReadsAsTheViewItWasMadeFrom) {
  NormStore store;
  const NormView norm = store.Keep("قال");
  EXPECT_EQ(norm, "قال");
  EXPECT_EQ(norm.substr(0, 2), "ق");
  const std::string_view plain = norm;
  EXPECT_EQ(plain.data(), norm.data());
  EXPECT_EQ(NormView(), std::string_view());
}

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

TEST(NormStoreTest, CommitKeepsWhatWasWrittenInRoom) {
  NormStore store;
  const std::string_view before = store.Keep("abc");
  char* room = store.Room(8);
  const std::string_view source = "defgh";
  std::copy(source.begin(), source.end(), room);
  const std::string_view written = store.Commit(3);  // only part of the room
  EXPECT_EQ(written, "def");
  EXPECT_EQ(store.Keep("xy"), "xy");  // after the committed part, not over it
  EXPECT_EQ(written, "def");
  EXPECT_EQ(before, "abc");
  EXPECT_TRUE(store.Commit(0).empty());
  // Room larger than any block: a block of its own.
  const std::string large(10000, 'z');
  std::memcpy(store.Room(large.size()), large.data(), large.size());
  EXPECT_EQ(store.Commit(large.size()), large);
  EXPECT_EQ(written, "def");
}

}  // namespace
}  // namespace marsad
