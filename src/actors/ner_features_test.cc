#include "actors/ner_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "actors/ner_gazetteer.h"
#include "actors/ner_word_clusters.h"
#include "core/utf8.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

const NerLexicon kNoLexicon;

TEST(NerFeaturesTest, FoldsHamzaYaTaMarbutaAndMarks) {
  EXPECT_EQ(FoldForNer("أحمد"), "احمد");
  EXPECT_EQ(FoldForNer("إلى"), "الي");
  EXPECT_EQ(FoldForNer("مؤتمر"), "موتمر");
  EXPECT_EQ(FoldForNer("الجامعة"), "الجامعه");
  EXPECT_EQ(FoldForNer("مُحَمَّد"), "محمد");
  EXPECT_EQ(FoldForNer("عـــام ٢٠١٥ NATO"), "عام 2015 nato");
  EXPECT_EQ(FoldForNer(FoldForNer("أإآى")), FoldForNer("أإآى"));
}

// The tagger reads the text stage's norms without folding them again: every character,
// alone or inside a word, normalised, must be its own fold.
TEST(NerFeaturesTest, NormalisedTextIsItsOwnFold) {
  const text::Normalizer normalizer;
  size_t checked = 0;
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates
    std::string word = "\u0628";                 // ب
    utf8::Append(cp, &word);
    word += "\u0644";  // ل
    for (std::string_view written :
         {std::string_view(word).substr(2, word.size() - 4), std::string_view(word)}) {
      const std::string normalized = normalizer.NormalizeString(written);
      ASSERT_EQ(FoldForNer(normalized), normalized)
          << "U+" << std::hex << static_cast<uint32_t>(cp);
      ++checked;
    }
  }
  EXPECT_GT(checked, 100000u);
  EXPECT_EQ(normalizer.NormalizeString("أإآٱؤئىة\u064E\u0640٣۳A"),
            FoldForNer("أإآٱؤئىة\u064E\u0640٣۳A"));
}

TEST(NerFeaturesTest, FindsOnlyCertainProclitics) {
  EXPECT_EQ(CertainProcliticBytes("والعراق"), 2u);   // و
  EXPECT_EQ(CertainProcliticBytes("بالعراق"), 2u);   // ب
  EXPECT_EQ(CertainProcliticBytes("وبالعراق"), 4u);  // و ب
  EXPECT_EQ(CertainProcliticBytes("للسلطه"), 2u);    // ل + لسلطه
  EXPECT_EQ(CertainProcliticBytes("وليد"), 0u);
  EXPECT_EQ(CertainProcliticBytes("بغداد"), 0u);
  EXPECT_EQ(CertainProcliticBytes("لبنان"), 0u);
  EXPECT_EQ(CertainProcliticBytes("العراق"), 0u);
}

TEST(NerFeaturesTest, AttachedAndSplitFormsShareStem) {
  const NerWord attached = DescribeWord("بالعراق", kNoLexicon);
  const NerWord plain = DescribeWord("العراق", kNoLexicon);
  const NerWord lam = DescribeWord("للعراق", kNoLexicon);
  EXPECT_NE(attached.form, plain.form);
  EXPECT_EQ(attached.stem, plain.stem);
  EXPECT_EQ(lam.stem, plain.stem);
  EXPECT_EQ(DescribeWord("وقال", kNoLexicon).bare, DescribeWord("قال", kNoLexicon).bare);
  EXPECT_EQ(plain.core, DescribeWord("عراق", kNoLexicon).core);
}

TEST(NerFeaturesTest, ContextChangesFeatures) {
  std::vector<NerWord> a = {DescribeWord("الرئيس", kNoLexicon), DescribeWord("عباس", kNoLexicon)};
  std::vector<NerWord> b = {DescribeWord("شارع", kNoLexicon), DescribeWord("عباس", kNoLexicon)};
  std::vector<uint64_t> fa, fb;
  AppendNerFeatures(a, 1, &fa);
  AppendNerFeatures(b, 1, &fb);
  ASSERT_EQ(fa.size(), fb.size());
  EXPECT_NE(fa, fb);
  // The word's own features are shared.
  size_t shared = 0;
  for (uint64_t f : fa) shared += std::count(fb.begin(), fb.end(), f);
  EXPECT_GT(shared, 5u);
}

}  // namespace
}  // namespace marsad::actors

namespace marsad::actors {
namespace {

TEST(NerFeaturesTest, LexiconFeaturesReflectWhatWasSeen) {
  NerLexicon lexicon;
  for (int i = 0; i < 5; ++i) lexicon.Add(NerLexiconKey("بغداد"), 2);
  const NerLexicon empty;
  EXPECT_NE(DescribeWord("بغداد", lexicon).known_as, DescribeWord("بغداد", empty).known_as);
  EXPECT_NE(DescribeWord("بغداد", lexicon).frequency, DescribeWord("بغداد", empty).frequency);
  // The attached form reads the same lexicon entry.
  EXPECT_EQ(DescribeWord("وبغداد", lexicon).known_as, DescribeWord("بغداد", lexicon).known_as);
}

TEST(NerFeaturesTest, WordClassesAndGazetteerComeFromTheLexicon) {
  auto clusters = std::make_shared<NerWordClusters>();
  clusters->set_levels(2);
  clusters->Add("لندن", {4, 40, NerWordClusters::kNone});
  clusters->Add("باريس", {4, 41, NerWordClusters::kNone});
  auto gazetteer = std::make_shared<NerGazetteer>();
  gazetteer->AddName({"باريس"}, NerGazetteer::kLoc);
  NerLexicon lexicon;
  lexicon.set_clusters(clusters);
  lexicon.set_gazetteer(gazetteer);
  const NerWord london = DescribeWord("لندن", lexicon);
  const NerWord paris = DescribeWord("وباريس", lexicon);
  const NerWord unknown = DescribeWord("بغداد", lexicon);
  EXPECT_EQ(london.classes[0], paris.classes[0]);
  EXPECT_NE(london.classes[1], paris.classes[1]);
  EXPECT_NE(unknown.classes[0], 0u);  // a class of its own, not "no clusters"
  EXPECT_NE(unknown.classes[0], london.classes[0]);
  EXPECT_EQ(london.classes[2], 0u);  // no third level
  EXPECT_EQ(DescribeWord("لندن", kNoLexicon).classes[0], 0u);
  EXPECT_EQ(paris.gazetteer, NerGazetteer::Bit(NerGazetteer::kLoc, NerGazetteer::kAlone));
  EXPECT_EQ(london.gazetteer, 0u);
  // The class features of London: those it has with clusters and not without. Paris shares
  // the first level's, not the second's.
  std::vector<uint64_t> with, without, other;
  AppendWordFeatures(london, NerRole::kSelf, &with);
  AppendWordFeatures(DescribeWord("لندن", kNoLexicon), NerRole::kSelf, &without);
  AppendWordFeatures(DescribeWord("باريس", lexicon), NerRole::kSelf, &other);
  size_t class_features = 0, shared = 0;
  for (uint64_t f : with) {
    if (std::find(without.begin(), without.end(), f) != without.end()) continue;
    ++class_features;
    shared += std::find(other.begin(), other.end(), f) != other.end();
  }
  EXPECT_EQ(class_features, 2u);
  EXPECT_EQ(shared, 1u);
}

}  // namespace
}  // namespace marsad::actors
