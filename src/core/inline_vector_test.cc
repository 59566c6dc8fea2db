#include "core/inline_vector.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace marsad {
namespace {

struct Labelled {
  int id = 0;
  std::string label;
};

std::string Joined(const InlineVector<std::string, 2>& values) {
  std::string out;
  for (const std::string& value : values) out += value + ";";
  return out;
}

TEST(InlineVectorTest, KeepsShortSequencesInline) {
  InlineVector<std::string, 2> values;
  EXPECT_TRUE(values.empty());
  EXPECT_TRUE(values.is_inline());
  values.push_back("a");
  values.emplace_back(3, 'b');
  EXPECT_TRUE(values.is_inline());
  EXPECT_EQ(values.size(), 2u);
  EXPECT_EQ(values.front(), "a");
  EXPECT_EQ(values.back(), "bbb");
  EXPECT_EQ(Joined(values), "a;bbb;");
}

TEST(InlineVectorTest, MovesToTheHeapWhenFull) {
  InlineVector<std::string, 2> values;
  for (int i = 0; i < 5; ++i) values.push_back(std::string(20, static_cast<char>('a' + i)));
  EXPECT_FALSE(values.is_inline());
  ASSERT_EQ(values.size(), 5u);
  EXPECT_GE(values.capacity(), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(values[i], std::string(20, static_cast<char>('a' + i)));
}

TEST(InlineVectorTest, PushBackOfOwnElementSurvivesGrowth) {
  InlineVector<std::string, 2> values{std::string(30, 'x'), "y"};
  values.push_back(values[0]);
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[2], std::string(30, 'x'));
  EXPECT_EQ(values[0], std::string(30, 'x'));
}

TEST(InlineVectorTest, TakesAggregatesInBraces) {
  InlineVector<Labelled, 2> values;
  values.push_back({7, "seven"});
  values.emplace_back();
  EXPECT_EQ(values[0].id, 7);
  EXPECT_EQ(values[0].label, "seven");
  EXPECT_EQ(values[1].id, 0);
  EXPECT_TRUE(values[1].label.empty());
}

TEST(InlineVectorTest, CopiesAreIndependent) {
  for (int count : {1, 2, 4}) {
    InlineVector<std::string, 2> original;
    for (int i = 0; i < count; ++i) original.push_back("v" + std::to_string(i));
    InlineVector<std::string, 2> copy = original;
    copy[0] = "changed";
    EXPECT_EQ(original[0], "v0");
    EXPECT_EQ(copy.size(), original.size());
    InlineVector<std::string, 2> assigned{"old", "older", "oldest"};
    assigned = original;
    EXPECT_TRUE(assigned == original);
  }
}

TEST(InlineVectorTest, MovesLeaveTheSourceEmpty) {
  for (int count : {1, 2, 5}) {
    InlineVector<std::string, 2> source;
    for (int i = 0; i < count; ++i) source.push_back(std::string(24, static_cast<char>('a' + i)));
    InlineVector<std::string, 2> moved(std::move(source));
    EXPECT_EQ(moved.size(), static_cast<size_t>(count));
    EXPECT_EQ(moved.back(), std::string(24, static_cast<char>('a' + count - 1)));
    EXPECT_TRUE(source.empty());  // NOLINT(bugprone-use-after-move): documented state
    InlineVector<std::string, 2> target{"x", "y", "z"};
    target = std::move(moved);
    EXPECT_EQ(target.size(), static_cast<size_t>(count));
    EXPECT_EQ(target[0], std::string(24, 'a'));
    // The emptied source is usable again.
    source.push_back("again");
    EXPECT_EQ(source.size(), 1u);
  }
}

TEST(InlineVectorTest, ResizeAndClear) {
  InlineVector<std::string, 2> values;
  values.resize(3);
  EXPECT_EQ(values.size(), 3u);
  EXPECT_TRUE(values[2].empty());
  values[1] = "kept";
  values.resize(2);
  EXPECT_EQ(values.size(), 2u);
  EXPECT_EQ(values[1], "kept");
  values.resize(4, "fill");
  EXPECT_EQ(values[3], "fill");
  const size_t capacity = values.capacity();
  values.clear();
  EXPECT_TRUE(values.empty());
  EXPECT_EQ(values.capacity(), capacity);
  values.push_back("a");
  values.push_back("b");
  values.pop_back();
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values.back(), "a");
}

}  // namespace
}  // namespace marsad
