#include "store/link_pass.h"

#include <gtest/gtest.h>

#include "store/exporter.h"
#include "store/ingester.h"
#include "store/store_test_base.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class LinkPassTest : public testing::StoreTestBase {};

std::string LongText(const std::string& lead) {
  std::string text = lead + "\n";
  for (int i = 0; i < 8; ++i) {
    text += "أعلنت وزارة الخارجية السعودية اليوم أنها استدعت سفير إيران في الرياض للاحتجاج ";
  }
  return text;
}

TEST_F(LinkPassTest, GroupsDuplicatesAndMergesEventsAcrossOutlets) {
  Ingester ingester(&*store_);
  ASSERT_TRUE(ingester.Add(MakeAnalysis("a", LongText("السعودية"), "http://a/1", "sabq")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("b", LongText("السعودية"), "http://b/1", "okaz")).ok());
  ASSERT_TRUE(ingester.Add(MakeAnalysis("c", "خبر رياضي قصير عن الهلال", "http://c/1")).ok());
  ASSERT_TRUE(ingester.Finish().ok());
  auto counts = RunLinkPass(&*store_);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->articles, 3u);
  EXPECT_EQ(counts->duplicate_groups, 1u);
  EXPECT_EQ(Count("SELECT count(*) FROM duplicate_groups"), 2);
  EXPECT_GE(counts->corpus_events, 1u);
  EXPECT_EQ(Count("SELECT count(*) FROM corpus_events"),
            static_cast<int64_t>(counts->corpus_events));
  // The two SAUGOV→IRN consultations on one day from two outlets are one corpus event.
  EXPECT_EQ(Count("SELECT max(num_sources) FROM corpus_events"), 2);
  auto events = ReadEvents(&*store_, {});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), counts->corpus_events);
  // Running it again gives the same tables.
  auto again = RunLinkPass(&*store_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Count("SELECT count(*) FROM corpus_events"),
            static_cast<int64_t>(counts->corpus_events));
  EXPECT_EQ(Count("SELECT count(*) FROM duplicate_groups"), 2);
}

TEST_F(LinkPassTest, GroupsDuplicatesOfManyArticlesReadOnSeveralThreads) {
  // More articles than one thread's share of the work: each pair shares its words, and no
  // pair shares any with another.
  constexpr int kPairs = 100;
  Ingester ingester(&*store_);
  for (int pair = 0; pair < kPairs; ++pair) {
    std::string text = "السعودية";
    for (int word = 0; word < 30; ++word) {
      text += " خبر" + std::to_string(pair) + "ك" + std::to_string(word);
    }
    const std::string id = std::to_string(pair);
    ASSERT_TRUE(ingester.Add(MakeAnalysis("a" + id, text, "http://a/" + id, "sabq")).ok());
    ASSERT_TRUE(ingester.Add(MakeAnalysis("b" + id, text, "http://b/" + id, "okaz")).ok());
  }
  ASSERT_TRUE(ingester.Finish().ok());
  auto counts = RunLinkPass(&*store_);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->articles, 2u * kPairs);
  EXPECT_EQ(counts->duplicate_groups, static_cast<size_t>(kPairs));
  // Articles 2p+1 and 2p+2 form a pair, represented by the first.
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE duplicate_group = id - 1 + id % 2"),
            2 * kPairs);
}

}  // namespace
}  // namespace marsad::store
