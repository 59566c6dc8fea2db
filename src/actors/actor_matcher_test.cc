#include "actors/actor_matcher.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "actors/actor_rules.h"

namespace marsad::actors {
namespace {

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  return MARSAD_SOURCE_DIR "/data";
}

class ActorMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = text::TextAnalyzer::Load(DataDir());
    if (!loaded.ok()) return;
    text_ = new text::TextAnalyzer(std::move(loaded).value());
    auto parsed = ParseActorLexicon(
        "country\tRUS\tLOC\tRussia\t\tروسيا\tt\n"
        "nationality\tRUS\tMISC\tRussian\t\tروسي\tt\n"
        "actor\tRUSGOV\tPER\tDmitry Peskov\t2012..\t~دميتري بيسكوف | ~بيسكوف\tt\n"
        "actor\tUSAMIL\tPER\tChuck Hagel\t2013-02-27..2015-02-17\t~تشاك هيغل | ~هيغل\tt\n"
        "actor\tUSAELI\tPER\tChuck Hagel\t2015-02-17..\t~تشاك هيغل | ~هيغل\tt\n"
        "actor\tIGOUNO\tORG\tUnited Nations\t\tالأمم المتحدة | مجلس الأمن\tt\n"
        "title\tGOV\tPER\tminister\t\tوزير الخارجية | وزير\tt\n"
        "actor\tWST\tLOC\tthe West\t\t^الغرب | الدول الغربية\tt\n",
        "inline.tsv");
    if (parsed.ok()) matcher_ = new ActorMatcher(ActorMatcher::Compile(*parsed, *text_));
  }
  static void TearDownTestSuite() {
    delete matcher_;
    delete text_;
    matcher_ = nullptr;
    text_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(matcher_, nullptr) << "text stage or lexicon failed"; }

  struct Found {
    std::string words;
    std::vector<std::string> codes;
  };
  static std::vector<Found> Find(const std::string& sentence) {
    Analysis analysis;
    analysis.article.text = sentence;
    text_->Apply(&analysis);
    auto units = lexicon::BuildMatchUnits(analysis, 0, analysis.tokens.size());
    std::vector<Found> found;
    for (const LexiconMatch& match : matcher_->Find(units)) {
      Found f{std::string(match.span.of(analysis.text())), {}};
      for (uint32_t e : match.entries) f.codes.push_back(matcher_->entries()[e].code);
      found.push_back(std::move(f));
    }
    return found;
  }
  static text::TextAnalyzer* text_;
  static ActorMatcher* matcher_;
};

text::TextAnalyzer* ActorMatcherTest::text_ = nullptr;
ActorMatcher* ActorMatcherTest::matcher_ = nullptr;

TEST_F(ActorMatcherTest, FindsLongestPhrasesLeftToRight) {
  auto found = Find("قال وزير الخارجية إن مجلس الأمن والأمم المتحدة تعلمان.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].words, "وزير الخارجية");
  EXPECT_EQ(found[1].words, "مجلس الأمن");
  EXPECT_EQ(found[2].words, "الأمم المتحدة");  // without the conjunction
  EXPECT_EQ(found[2].codes, std::vector<std::string>{"IGOUNO"});
}

TEST_F(ActorMatcherTest, MatchesInflectedNationalitiesAndProclitics) {
  auto found = Find("التقى الروسيون بالروسية لروسيا");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].words, "الروسيون");
  EXPECT_EQ(found[1].words, "الروسية");
  EXPECT_EQ(found[2].words, "روسيا");
}

TEST_F(ActorMatcherTest, MatchesTransliterationVariantsOfG) {
  // «هيكل» (a common word) is not a lone-word variant of «هيغل».
  auto found = Find("وقال هيجل ثم هيكل ثم هيغل");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].words, "هيجل");
  EXPECT_EQ(found[0].codes.size(), 2u);  // both dated roles; the rules choose
  EXPECT_EQ(found[1].words, "هيغل");
  auto peskov = Find("قال دميتري بيسكوف");
  ASSERT_EQ(peskov.size(), 1u);
  EXPECT_EQ(peskov[0].words, "دميتري بيسكوف");
}

TEST_F(ActorMatcherTest, ArticleOnlyFormsNeedTheArticle) {
  auto found = Find("اتهم الغرب موسكو وقال للغرب والغرب إن غرب العراق و بغرب سوريا");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].words, "الغرب");
  EXPECT_EQ(found[0].codes, std::vector<std::string>{"WST"});
  EXPECT_EQ(found[1].words, "غرب");  // «ل+الغرب»
  EXPECT_EQ(found[2].words, "الغرب");
  EXPECT_EQ(Find("الدول الغربية")[0].codes, std::vector<std::string>{"WST"});
}

TEST_F(ActorMatcherTest, UnknownWordsMatchNothing) {
  EXPECT_TRUE(Find("انعقدت الجلسة ولم يحضر أحد").empty());
  EXPECT_TRUE(Find("").empty());
}

TEST_F(ActorMatcherTest, ChoosesTheRoleHeldOnThePublicationDate) {
  Analysis analysis;
  analysis.article.text = "هيغل";
  text_->Apply(&analysis);
  auto units = lexicon::BuildMatchUnits(analysis, 0, analysis.tokens.size());
  auto matches = matcher_->Find(units);
  ASSERT_EQ(matches.size(), 1u);
  const auto& entries = matcher_->entries();
  EXPECT_EQ(ChooseEntry(entries, matches[0], "2014-05-01")->code, "USAMIL");
  EXPECT_EQ(ChooseEntry(entries, matches[0], "2015-09-25")->code, "USAELI");
  // Unknown date: a current role beats a former one.
  EXPECT_EQ(ChooseEntry(entries, matches[0], "")->code, "USAMIL");
}

TEST_F(ActorMatcherTest, FindInStaysInsideItsSentence) {
  Analysis analysis;
  analysis.article.text = "قال مجلس الأمن كلمته وزير الخارجية";
  text_->Apply(&analysis);
  auto units = lexicon::BuildMatchUnits(analysis, 0, analysis.tokens.size());
  auto choices = lexicon::KeyChoices(units);
  // Units [2, 4): «الأمن كلمته»; «مجلس الأمن» starts before, «وزير الخارجية» after.
  std::vector<LexiconMatch> matches;
  matcher_->FindIn(units, choices, 2, 4, &matches);
  for (const LexiconMatch& match : matches) {
    EXPECT_GE(match.first_unit, 2u);
    EXPECT_LE(match.end_unit, 4u);
  }
  // Units [1, 3) hold the whole phrase, [1, 2) only its first word.
  matches.clear();
  matcher_->FindIn(units, choices, 1, 3, &matches);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].span.of(analysis.text()), "مجلس الأمن");
  EXPECT_EQ(matcher_->Find(units).size(), 2u);
}

TEST(ActorMatcherLoadTest, LoadsTheBundledLexiconAndFailsClearlyWithout) {
  auto text = text::TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto bundled = ActorMatcher::Load(DataDir(), *text);
  ASSERT_TRUE(bundled.ok()) << bundled.status().message();
  EXPECT_GT(bundled->entries().size(), 500u);
  EXPECT_GT(bundled->phrase_count(), 2000u);
  auto missing = ActorMatcher::Load("/nonexistent/marsad-data", *text);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("lexicon"), std::string::npos);
}

TEST(ActorMatcherLoadTest, TheBundledLexiconKnowsLeadersAndMinistersOfTheRegion) {
  auto text = text::TextAnalyzer::Load(DataDir());
  ASSERT_TRUE(text.ok()) << text.status().message();
  auto bundled = ActorMatcher::Load(DataDir(), *text);
  ASSERT_TRUE(bundled.ok()) << bundled.status().message();
  struct Case {
    const char* text;
    const char* published;
    const char* code;
  };
  for (const Case& c : {Case{"قال أفيخاي أدرعي", "2020-01-01", "ISRMIL"},
                        Case{"قال ناصر بوريطة", "2020-01-01", "MARGOV"},
                        Case{"قال سيرغي إيفانوف", "2005-01-01", "RUSMIL"},
                        Case{"قال سيرجي إيفانوف", "2010-01-01", "RUSGOV"},
                        Case{"قالت أنالينا بيربوك", "2023-01-01", "DEUGOV"}}) {
    Analysis analysis;
    analysis.article.text = c.text;
    text->Apply(&analysis);
    auto units = lexicon::BuildMatchUnits(analysis, 0, analysis.tokens.size());
    auto matches = bundled->Find(units);
    ASSERT_EQ(matches.size(), 1u) << c.text;
    const LexiconEntry* entry = ChooseEntry(bundled->entries(), matches[0], c.published);
    ASSERT_NE(entry, nullptr) << c.text;
    EXPECT_EQ(entry->code, c.code) << c.text;
  }
}

}  // namespace
}  // namespace marsad::actors
