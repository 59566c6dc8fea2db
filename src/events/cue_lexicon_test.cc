#include "events/cue_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <span>

#include "events/analysis_builder.h"
#include "events/codebook.h"
#include "events/cue_finder.h"
#include "events/match_form.h"
#include "events/sentence_view.h"
#include "events/test_data_dir.h"
#include "events/verb_forms.h"

namespace marsad::events {
namespace {

constexpr char kTwoCues[] =
    "# comment\n"
    "016\tنفى\tينفي\tنفي\t-\t-\tdeny\tنفى الكرملين ذلك\n"
    "046\tأجرى\tيجري\t-\tمحادثات,مفاوضات\tمع\tact\tأجرى الوزير محادثات مع نظيره\n";

TEST(CueLexiconTest, ParsesColumnsAndGeneratesForms) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  ASSERT_EQ(lexicon->patterns().size(), 2u);
  const CuePattern& deny = lexicon->patterns()[0];
  EXPECT_EQ(deny.code, "016");
  EXPECT_EQ(deny.kind, CueKind::kDeny);
  EXPECT_EQ(deny.line, 2);
  const CuePattern& talks = lexicon->patterns()[1];
  EXPECT_EQ(talks.next, (std::vector<std::string>{MatchForm("محادثات"), MatchForm("مفاوضات")}));
  EXPECT_EQ(talks.target_by, (std::vector<std::string>{MatchForm("مع")}));
  ASSERT_NE(lexicon->Find(MatchForm("ونفت")), nullptr);
  EXPECT_EQ(lexicon->Find(MatchForm("ونفت"))->at(0).pattern, 0u);
  ASSERT_NE(lexicon->Find(MatchForm("سيجري")), nullptr);
  EXPECT_TRUE(lexicon->Find(MatchForm("سيجري"))->at(0).future);
  EXPECT_EQ(lexicon->Find(MatchForm("محادثات")), nullptr);
}

TEST(CueLexiconTest, FindsAViewIntoALongerString) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  const std::string sentence = MatchForm("ونفت الوزارة");
  const std::string_view first_word = std::string_view(sentence).substr(0, sentence.find(' '));
  ASSERT_NE(lexicon->Find(first_word), nullptr);
  EXPECT_EQ(lexicon->Find(first_word)->at(0).pattern, 0u);
  EXPECT_EQ(lexicon->Find(std::string_view(sentence)), nullptr);  // the whole text is no cue
}

TEST(CueLexiconTest, RejectsMalformedLines) {
  EXPECT_FALSE(CueLexicon::Parse("016\tنفى\tينفي\n", "t").ok());                       // columns
  EXPECT_FALSE(CueLexicon::Parse("0x6\tنفى\tينفي\t-\t-\t-\tdeny\tمثال\n", "t").ok());  // code
  EXPECT_FALSE(CueLexicon::Parse("016\tنفى\tينفي\t-\t-\t-\tsay\tمثال\n", "t").ok());   // kind
  EXPECT_FALSE(CueLexicon::Parse("016\t-\t-\t-\t-\t-\tdeny\tمثال\n", "t").ok());       // no word
  EXPECT_FALSE(CueLexicon::Parse("016\tنفى\tينفي\t-\t-\t-\tdeny\t\n", "t").ok());      // example
  EXPECT_FALSE(CueLexicon::Parse("# only comments\n", "t").ok());
}

TEST(CueLexiconTest, ExclusionsRemoveForms) {
  auto lexicon = CueLexicon::Parse("042\tزار\tيزور\tزيارة\t-\t-\tact\tزار الوزير موسكو\n", "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_NE(lexicon->Find(MatchForm("وزارة")), nullptr);  // و + زاره
  lexicon->Exclude("# ministry\nوزارة\n");
  EXPECT_EQ(lexicon->Find(MatchForm("وزارة")), nullptr);
  EXPECT_NE(lexicon->Find(MatchForm("وزار")), nullptr);
}

TEST(CueLexiconTest, AnExcludedFormComesBackOnlyWithTheCuesAddedAfter) {
  constexpr char kVisit[] = "042\tزار\tيزور\tزيارة\t-\t-\tact\tزار الوزير موسكو\n";
  auto lexicon = CueLexicon::Parse(kVisit, "t");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("وزارة\n");
  ASSERT_EQ(lexicon->Find(MatchForm("وزارة")), nullptr);
  ASSERT_TRUE(lexicon->Add(kVisit, "u").ok());
  const std::vector<CueForm>* forms = lexicon->Find(MatchForm("وزارة"));
  ASSERT_NE(forms, nullptr);
  ASSERT_EQ(forms->size(), 1u);
  EXPECT_EQ(forms->at(0).pattern, 1u);
}

TEST(CueLexiconTest, FindsFormsAfterBeingMoved) {
  auto parsed = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(parsed.ok());
  CueLexicon moved = std::move(parsed).value();
  ASSERT_NE(moved.Find(MatchForm("ونفت")), nullptr);
  EXPECT_EQ(moved.Find(MatchForm("ونفت"))->at(0).pattern, 0u);
  EXPECT_EQ(moved.Find(MatchForm("الوزير")), nullptr);
}

TEST(CueLexiconTest, FindsEveryGeneratedFormAndNoOtherWord) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  std::vector<WordForm> forms = GenerateVerbForms("نفى", "ينفي");
  for (const WordForm& form : GenerateVerbForms("أجرى", "يجري")) forms.push_back(form);
  for (const WordForm& form : GenerateNounForms("نفي")) forms.push_back(form);
  ASSERT_GT(forms.size(), 100u);
  for (const WordForm& form : forms) {
    EXPECT_NE(lexicon->Find(form.text), nullptr) << form.text;
  }
  // Words that are no form, including prefixes and extensions of forms and the empty word.
  for (const char* word : {"", "ن", "نف", "الوزير", "موسكو", "ونفتها2", "محادثات", "نفيناه"}) {
    const std::string folded = MatchForm(word);
    const bool generated = std::any_of(forms.begin(), forms.end(),
                                       [&](const WordForm& form) { return form.text == folded; });
    if (!generated) {
      EXPECT_EQ(lexicon->Find(folded), nullptr) << word;
    }
  }
}

// Whether `lexicon` excludes `word` when `next` (raw, folded here) follows it.
bool ExcludedBeforeWord(const CueLexicon& lexicon, std::string_view word, std::string_view next) {
  const std::string folded = next.empty() ? "" : MatchForm(next);
  return lexicon.ExcludedBefore(MatchForm(word), std::span<const std::string>(&folded, 1));
}

TEST(CueLexiconTest, ExclusionAppliesWithAConjunctionAndAtASentenceBreak) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("نفت\tأن,.\n");
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon, "نفت", "أن"));
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon, "ونفت", "أن"));
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon, "فنفت", ""));
  EXPECT_TRUE(lexicon->ExcludedBefore(MatchForm("نفت"), {}));  // the end of the sentence
  EXPECT_FALSE(ExcludedBeforeWord(*lexicon, "ونفت", "الوزارة"));
  EXPECT_FALSE(ExcludedBeforeWord(*lexicon, "ونفى", "أن"));
}

TEST(CueLexiconTest, ExclusionAppliesWithAPrepositionOrTheArticle) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("رفض\tقاطع\n");
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon, "بالرفض", "القاطع"));
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon, "الرفض", "قاطع"));
  EXPECT_FALSE(ExcludedBeforeWord(*lexicon, "بالرفض", "الحكومي"));
}

TEST(CueLexiconTest, ExclusionWrittenWithATildeReachesAFewWordsWithinTheClause) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("نفت\t~بشدة\n");
  auto words = [](std::vector<std::string> raw) {
    for (std::string& w : raw) w = MatchForm(w);
    return raw;
  };
  const std::vector<std::string> near = words({"الوزارة", "أمس", "بشدة"});
  const std::vector<std::string> far = words({"الوزارة", "أمس", "في", "بيان", "بشدة"});
  const std::vector<std::string> past_clause = words({"الوزارة", "", "بشدة"});
  EXPECT_TRUE(lexicon->ExcludedBefore(MatchForm("ونفت"), std::span<const std::string>(near)));
  EXPECT_FALSE(lexicon->ExcludedBefore(MatchForm("نفت"), std::span<const std::string>(far)));
  EXPECT_FALSE(
      lexicon->ExcludedBefore(MatchForm("نفت"), std::span<const std::string>(past_clause)));
}

TEST(CueLexiconTest, ExclusionWrittenWithACaretReachesPastPunctuation) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  lexicon->Exclude("نفت\t^قال\n");
  auto words = [](std::vector<std::string> raw) {
    for (std::string& w : raw) w = MatchForm(w);
    return raw;
  };
  const std::vector<std::string> past_comma = words({"الوزارة", "الخبر", "", "وقال"});
  const std::vector<std::string> too_far =
      words({"الوزارة", "الخبر", "", "في", "بيان", "اصدرته", "امس", "الاول", "وقال"});
  EXPECT_TRUE(lexicon->ExcludedBefore(MatchForm("نفت"), std::span<const std::string>(past_comma)));
  EXPECT_FALSE(lexicon->ExcludedBefore(MatchForm("نفت"), std::span<const std::string>(too_far)));
}

TEST(CueLexiconTest, ContextWordsHoldWithAConjunction) {
  auto lexicon = CueLexicon::Parse(kTwoCues, "test");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(
      lexicon->AddContext("nominal\tمنع\nrelative\tالتي\nnegation\tلم\ndemonstrative\tهذه\n", "c")
          .ok());
  EXPECT_TRUE(lexicon->IsContext(CueContext::kDemonstrative, MatchForm("وهذه")));
  EXPECT_FALSE(lexicon->IsContext(CueContext::kDemonstrative, MatchForm("التي")));
  EXPECT_TRUE(lexicon->IsContext(CueContext::kNominal, MatchForm("ومنع")));
  EXPECT_TRUE(lexicon->IsContext(CueContext::kRelative, MatchForm("والتي")));
  EXPECT_TRUE(lexicon->IsContext(CueContext::kNegation, MatchForm("فلم")));
  EXPECT_FALSE(lexicon->IsContext(CueContext::kNominal, MatchForm("ومنعت")));
  EXPECT_FALSE(lexicon->IsContext(CueContext::kNegation, MatchForm("التي")));
}

class ShippedLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lexicon = CueLexicon::Load(TestDataDir());
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::make_unique<CueLexicon>(std::move(lexicon).value());
  }
  std::unique_ptr<CueLexicon> lexicon_;
};

TEST_F(ShippedLexiconTest, EveryPatternCodesItsExampleSentence) {
  const CueFinder finder(lexicon_.get());
  for (size_t i = 0; i < lexicon_->patterns().size(); ++i) {
    const CuePattern& pattern = lexicon_->patterns()[i];
    const Analysis a = BuildAnalysis(pattern.example, {});
    bool found = false;
    for (uint32_t s = 0; s < a.sentences.size() && !found; ++s) {
      const SentenceView view = SentenceView::Build(a, s);
      for (const CueMatch& m : finder.Find(view.words)) found = found || m.pattern == i;
    }
    EXPECT_TRUE(found) << pattern.file << ":" << pattern.line << " (" << pattern.code << " "
                       << pattern.lemma << ") does not code its example: " << pattern.example;
  }
}

TEST_F(ShippedLexiconTest, CoversAllTwentyCameoRootsWithKnownCodes) {
  auto codebook = Codebook::Load(TestDataDir());
  ASSERT_TRUE(codebook.ok());
  std::set<std::string> roots;
  for (const CuePattern& pattern : lexicon_->patterns()) {
    EXPECT_NE(codebook->Find(pattern.code), nullptr) << pattern.code;
    roots.insert(pattern.code.substr(0, 2));
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST_F(ShippedLexiconTest, CommonNounsAreNotCues) {
  for (const char* word : {"وزارة", "صادرة"}) {
    EXPECT_EQ(lexicon_->Find(MatchForm(word)), nullptr) << word;
  }
  EXPECT_TRUE(ExcludedBeforeWord(*lexicon_, "فجر", "أمس"));  // the dawn
  EXPECT_FALSE(ExcludedBeforeWord(*lexicon_, "فجر", "انتحاري"));
}

TEST(CueLexiconTest, MarksFormsThatAreBothVerbAndNoun) {
  auto lexicon = CueLexicon::Parse("181\tخطف\tيخطف\tخطف,اختطاف\t-\tobj\tact\tخطف مسلحون\n", "t");
  ASSERT_TRUE(lexicon.ok());
  ASSERT_NE(lexicon->Find(MatchForm("خطف")), nullptr);
  EXPECT_TRUE(lexicon->Find(MatchForm("خطف"))->at(0).ambiguous);
  EXPECT_FALSE(lexicon->Find(MatchForm("خطفوا"))->at(0).ambiguous);
  EXPECT_FALSE(lexicon->Find(MatchForm("اختطاف"))->at(0).ambiguous);
  EXPECT_TRUE(lexicon->Find(MatchForm("اختطاف"))->at(0).noun);
}

}  // namespace
}  // namespace marsad::events
