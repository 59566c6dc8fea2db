#include "actors/ner_features.h"

#include <gtest/gtest.h>

#include <algorithm>

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

}  // namespace
}  // namespace marsad::actors
