#include "events/cue_finder.h"

#include <gtest/gtest.h>

#include "events/match_form.h"

namespace marsad::events {
namespace {

constexpr char kCues[] =
    "120\tرفض\tيرفض\tرفض\t-\tobj\tact\tرفض الاقتراح\n"
    "011\tرفض\tيرفض\tرفض\tتعليق\t-\tact\tرفض التعليق\n"
    "195\tشن\tيشن\t-\tغارات\tعلى\tact\tشن غارات\n"
    "195\t-\t-\tغارات\t-\tعلى\tact\tغارات على المدينة\n";

std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t end = sentence.find(' ', start);
    if (end == std::string::npos) end = sentence.size();
    out.push_back(MatchForm(sentence.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

TEST(CueFinderTest, SpecificPatternWinsWhenItsWordFollows) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const CueFinder finder(&*lexicon);
  auto plain = finder.Find(Words("ورفضت الحكومة الاقتراح"));
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(lexicon->patterns()[plain[0].pattern].code, "120");
  auto comment = finder.Find(Words("ورفض المتحدث التعليق على الخبر"));
  ASSERT_EQ(comment.size(), 1u);
  EXPECT_EQ(lexicon->patterns()[comment[0].pattern].code, "011");
  EXPECT_EQ(comment[0].next_token, 2u);
}

TEST(CueFinderTest, RequiredWordIsConsumed) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok());
  const CueFinder finder(&*lexicon);
  auto matches = finder.Find(Words("وشنت الطائرات غارات على المدينة"));
  ASSERT_EQ(matches.size(), 1u);  // غارات is part of the verb's cue, not a second event
  EXPECT_EQ(matches[0].token, 0u);
  auto nominal = finder.Find(Words("غارات على المدينة"));
  ASSERT_EQ(nominal.size(), 1u);
  EXPECT_TRUE(nominal[0].noun);
  EXPECT_TRUE(finder.Find(Words("شن الحرب")).empty());  // شن needs غارات
}

TEST(CueFinderTest, FutureFormIsReported) {
  auto lexicon = CueLexicon::Parse(kCues, "t");
  ASSERT_TRUE(lexicon.ok());
  auto matches = CueFinder(&*lexicon).Find(Words("سترفض موسكو"));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_TRUE(matches[0].future);
}

}  // namespace
}  // namespace marsad::events
