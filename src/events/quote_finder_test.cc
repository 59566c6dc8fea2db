#include "events/quote_finder.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::events {
namespace {

TEST(QuoteFinderTest, AllQuoteStyles) {
  const std::string text = "قال «لا شيء تغير» ثم أضاف “نحن مستعدون للحوار” وقال \"هذا كل شيء\"";
  const Span all{0, static_cast<uint32_t>(text.size())};
  const auto passages = FindQuotedPassages(text, all, 2);
  ASSERT_EQ(passages.size(), 3u);
  EXPECT_EQ(passages[0].of(text), "لا شيء تغير");
  EXPECT_EQ(passages[1].of(text), "نحن مستعدون للحوار");
  EXPECT_EQ(passages[2].of(text), "هذا كل شيء");
}

TEST(QuoteFinderTest, ShortQuotedNamesAndUnclosedMarksAreSkipped) {
  const std::string text = "تنظيم \"داعش\" وقال «بلا نهاية";
  const auto passages = FindQuotedPassages(text, {0, static_cast<uint32_t>(text.size())}, 2);
  EXPECT_TRUE(passages.empty());
}

TEST(QuoteFinderTest, StaysInsideTheSentence) {
  const std::string text = "أولى. وقال «كلام في الثانية»";
  const uint32_t second = static_cast<uint32_t>(text.find("وقال"));
  const auto passages = FindQuotedPassages(text, {second, static_cast<uint32_t>(text.size())}, 2);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_GE(passages[0].start, second);
  EXPECT_EQ(passages[0].of(text), "كلام في الثانية");
}

}  // namespace
}  // namespace marsad::events
