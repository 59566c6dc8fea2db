#include "link/story_clusterer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "link/link_words.h"

namespace marsad::link {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

StoryDoc Doc(uint32_t doc, const std::string& outlet, const std::string& published,
             const std::string& text) {
  StoryDoc story_doc;
  story_doc.doc = doc;
  story_doc.outlet = outlet;
  story_doc.published = published;
  story_doc.title = text.substr(0, text.find(' ', 40));
  story_doc.terms = TermsOfWords(WordsOfText(text));
  return story_doc;
}

// Words of their own, so that documents built from different prefixes share none.
std::string Words(const std::string& prefix, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += prefix + "ك" + std::to_string(i) + " ";
  return text;
}

const char kAdenAid[] =
    "وصلت الطائرة الاغاثيه السعوديه الخامسه الى مطار عدن الدولي محمله بالمستلزمات الطبيه "
    "لمرضى الفشل الكلوي ويرافقها فريق اغاثي من مركز الملك سلمان للاغاثه ";
const char kAdenAidRewritten[] =
    "مركز الملك سلمان للاغاثه: الطائرة الاغاثيه الخامسه تصل مطار عدن محمله بالمستلزمات "
    "الطبيه لمرضى الفشل الكلوي في اليمن ";
const char kGoldPrices[] =
    "تراجعت اسعار الذهب في التعاملات الاسيويه لتصل الى ادنى مستوى لها في خمس سنوات ونصف "
    "وسط توقعات برفع الفائده الامريكيه ";

TEST(TermsOfWordsTest, SkipsNumbersAndSingleLetters) {
  EXPECT_EQ(TermsOfWords({"2015", "و", "عدن", "12ب"}).size(), 1u);
  EXPECT_EQ(TermsOfWords({"عدن"}), TermsOfWords({"عدن"}));
  EXPECT_NE(TermsOfWords({"عدن"}), TermsOfWords({"جدة"}));
}

TEST(StoryClustererTest, GroupsTheSameHappeningAcrossOutlets) {
  const std::vector<StoryDoc> docs = {
      Doc(7, "alyaum", "2015-08-06", kAdenAid),
      Doc(3, "aleqtisadiya", "2015-08-06", kAdenAidRewritten),
      Doc(9, "alriyadh", "2015-08-07 10:00:00", kAdenAid),
      Doc(4, "alriyadh", "2015-08-06", kGoldPrices),
  };
  const std::vector<Story> stories = StoryClusterer().Cluster(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(3u, 7u, 9u));
  EXPECT_THAT(stories[0].outlets, ElementsAre("aleqtisadiya", "alriyadh", "alyaum"));
  EXPECT_EQ(stories[0].first_date, "2015-08-06");
  EXPECT_EQ(stories[0].last_date, "2015-08-07");
  EXPECT_EQ(stories[0].label, docs[1].title);
}

TEST(StoryClustererTest, UnrelatedArticlesFormNoStory) {
  const std::vector<StoryDoc> docs = {
      Doc(0, "alyaum", "2015-08-06", kAdenAid),
      Doc(1, "alriyadh", "2015-08-06", kGoldPrices),
      Doc(2, "okaz", "2015-08-06", Words("ب", 30)),
  };
  EXPECT_THAT(StoryClusterer().Cluster(docs), IsEmpty());
}

TEST(StoryClustererTest, SplitsStoriesByTimeWindow) {
  const std::vector<StoryDoc> docs = {
      Doc(0, "alyaum", "2015-08-01", kAdenAid),
      Doc(1, "alriyadh", "2015-08-05", kAdenAid),  // four days later
      Doc(2, "okaz", "2015-08-06", kAdenAid),
  };
  const std::vector<Story> stories = StoryClusterer().Cluster(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(1u, 2u));
}

TEST(StoryClustererTest, StoryLastsAtMostTheWindowFromItsFirstArticle) {
  const std::vector<StoryDoc> docs = {
      Doc(0, "alyaum", "2015-08-01", kAdenAid), Doc(1, "alriyadh", "2015-08-03", kAdenAid),
      Doc(2, "okaz", "2015-08-05", kAdenAid),  // near doc 1, but five days after doc 0
  };
  const std::vector<Story> stories = StoryClusterer().Cluster(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(0u, 1u));
  EXPECT_EQ(stories[0].last_date, "2015-08-03");
}

TEST(StoryClustererTest, ChainsDoNotDriftAwayFromTheFirstArticle) {
  // Each article shares half its words with the next (cosine about 0.46), none with the
  // one after it.
  const std::vector<StoryDoc> docs = {
      Doc(0, "sabq", "2015-08-01", Words("س", 5) + Words("ف", 15)),
      Doc(1, "okaz", "2015-08-01", Words("ف", 15) + Words("غ", 15)),
      Doc(2, "alyaum", "2015-08-02", Words("غ", 15) + Words("ه", 5)),
  };
  const std::vector<Story> stories = StoryClusterer().Cluster(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(0u, 1u));

  StoryClusterer::Options chaining;
  chaining.min_first_similarity = 0;
  const std::vector<Story> chained = StoryClusterer(chaining).Cluster(docs);
  ASSERT_EQ(chained.size(), 1u);
  EXPECT_THAT(chained[0].docs, ElementsAre(0u, 1u, 2u));
}

TEST(StoryClustererTest, SharedEventsTipABorderlinePair) {
  // Five shared words of fifteen: a cosine of about 0.12, below the threshold alone.
  StoryDoc first = Doc(0, "sabq", "2015-08-01", Words("س", 5) + Words("ف", 5));
  StoryDoc second = Doc(1, "okaz", "2015-08-01", Words("س", 5) + Words("ق", 5));
  StoryClusterer::Options options;
  options.threshold = 0.25;
  EXPECT_THAT(StoryClusterer(options).Cluster({first, second}), IsEmpty());
  first.event_keys = second.event_keys = {"SAUMIL|19|YEMREB", "YEMREB|18|SAU"};
  const std::vector<Story> stories = StoryClusterer(options).Cluster({first, second});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(0u, 1u));
}

TEST(StoryClustererTest, CommonEventKeysEarnNoBonus) {
  // 120 articles, all with the same two event keys: sharing them says nothing.
  std::vector<StoryDoc> docs;
  for (uint32_t i = 0; i < 118; ++i) {
    docs.push_back(Doc(i, "alriyadh", "2015-08-01", Words("خ" + std::to_string(i) + "ت", 5)));
  }
  // Two shared words of twelve: a cosine of about 0.13.
  docs.push_back(Doc(118, "sabq", "2015-08-01", Words("س", 2) + Words("ف", 10)));
  docs.push_back(Doc(119, "okaz", "2015-08-01", Words("س", 2) + Words("ق", 10)));
  StoryClusterer::Options options;
  options.threshold = 0.25;
  for (StoryDoc& doc : docs) doc.event_keys = {"SAU|01|", "SAU|04|USA"};
  EXPECT_THAT(StoryClusterer(options).Cluster(docs), IsEmpty());
  docs[118].event_keys = docs[119].event_keys = {"SAUMIL|19|YEMREB", "YEMREB|18|SAU"};
  const std::vector<Story> stories = StoryClusterer(options).Cluster(docs);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_THAT(stories[0].docs, ElementsAre(118u, 119u));
}

TEST(StoryClustererTest, SharedActorsAloneDoNotLinkUnrelatedText) {
  StoryDoc first = Doc(0, "sabq", "2015-08-01", Words("س", 10));
  StoryDoc second = Doc(1, "okaz", "2015-08-01", Words("ق", 10));
  first.actors = second.actors = {"SAU", "YEM", "IRN"};
  EXPECT_THAT(StoryClusterer().Cluster({first, second}), IsEmpty());
}

TEST(StoryClustererTest, UndatedArticlesStayAlone) {
  const std::vector<StoryDoc> docs = {
      Doc(0, "alyaum", "", kAdenAid),
      Doc(1, "alriyadh", "2015-08", kAdenAid),
      Doc(2, "okaz", "2015-08-06", kAdenAid),
  };
  EXPECT_THAT(StoryClusterer().Cluster(docs), IsEmpty());
}

TEST(StoryClustererTest, MinDocsOneReturnsSingletons) {
  StoryClusterer::Options options;
  options.min_docs = 1;
  const std::vector<Story> stories = StoryClusterer(options).Cluster(
      {Doc(0, "alyaum", "2015-08-06", kAdenAid), Doc(1, "okaz", "2015-08-05", kGoldPrices)});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_THAT(stories[0].docs, ElementsAre(1u));  // earlier first
  EXPECT_THAT(stories[1].docs, ElementsAre(0u));
}

TEST(StoryClustererTest, PairsManyDocumentsCountedInParallel) {
  // Enough documents for their terms to be counted in chunks on several threads: each pair
  // shares words of its own and nothing with the others.
  constexpr uint32_t kPairs = 400;
  std::vector<StoryDoc> docs;
  for (uint32_t pair = 0; pair < kPairs; ++pair) {
    const std::string text = Words("م" + std::to_string(pair), 30);
    docs.push_back(Doc(2 * pair, "sabq", "2015-07-01", text));
    docs.push_back(Doc(2 * pair + 1, "okaz", "2015-07-01", text));
  }
  const std::vector<Story> stories = StoryClusterer().Cluster(docs);
  ASSERT_EQ(stories.size(), kPairs);
  for (uint32_t pair = 0; pair < kPairs; ++pair) {
    EXPECT_THAT(stories[pair].docs, ElementsAre(2 * pair, 2 * pair + 1));
  }
}

}  // namespace
}  // namespace marsad::link
