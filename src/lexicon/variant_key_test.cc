#include "lexicon/variant_key.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace marsad::lexicon {
namespace {

using ::testing::Contains;
using ::testing::SizeIs;

TEST(VariantKeyTest, FoldsHamzaYaTaMarbutaAndDiacritics) {
  EXPECT_EQ(VariantKey("إيران"), VariantKey("ايران"));
  EXPECT_EQ(VariantKey("روسيّة"), VariantKey("روسيه"));
  EXPECT_EQ(VariantKey("مصطفى"), VariantKey("مصطفي"));
  EXPECT_EQ(VariantKey("رُوسْيَا"), "روسيا");
  EXPECT_EQ(VariantKey("داعـــش"), "داعش");
}

TEST(VariantKeyTest, StripsTheArticleButKeepsShortWords) {
  EXPECT_EQ(VariantKey("الروسي"), VariantKey("روسي"));
  EXPECT_EQ(VariantKey("الكرملين"), "كرملين");
  EXPECT_EQ(VariantKey("الي"), "الي");  // too short to carry an article
  EXPECT_EQ(VariantKeyKeepArticle("الروسي"), "الروسي");
  EXPECT_EQ(VariantKey("ألباني"), "الباني");  // hamza: a name, not an article
  EXPECT_NE(VariantKey("ألباني"), VariantKey("بأنني"));
}

TEST(VariantKeyTest, CollapsesDoubledLettersAndDropsGluedPunctuation) {
  EXPECT_EQ(VariantKey("الروسيين"), VariantKey("روسين"));
  EXPECT_EQ(VariantKey("\"داعش\"."), "داعش");
  EXPECT_EQ(VariantKey("«سبوتنيك»"), "سبوتنيك");
  EXPECT_EQ(VariantKey("..."), "");
}

TEST(VariantKeyTest, KeepsTheFirstLetterAfterTheArticle) {
  EXPECT_EQ(VariantKey("اللبنانيين"), VariantKey("لبنانيين"));
  EXPECT_EQ(VariantKey("الليبي"), "ليبي");
  EXPECT_EQ(VariantKey("اللواء"), VariantKey("لواء"));
}

TEST(VariantKeyTest, FoldsDoubledLettersOnlyPastTheWordStart) {
  EXPECT_EQ(VariantKeyKeepArticle("اللبناني"), "اللبناني");    // ال+لبناني
  EXPECT_EQ(VariantKeyKeepArticle("الللبناني"), "الللبناني");  // the word's first two kept
  EXPECT_EQ(VariantKeyKeepArticle("اللبنااني"), "اللبناني");
  EXPECT_EQ(VariantKey("ووزير"), "ووزير");  // و+وزير
  EXPECT_EQ(VariantKey("وزييير"), "وزير");
  EXPECT_EQ(VariantKey("لاالل"), "لال");  // «ال» not at the start is no article
  EXPECT_EQ(VariantKey("اللل"), "لل");
  EXPECT_EQ(VariantKey("الل"), "الل");  // too short to lose an article
  EXPECT_EQ(VariantKey("االلل"), "اال");
  EXPECT_EQ(VariantKey("كتاب"), "كتاب");
}

TEST(VariantKeyTest, FoldsPersianLettersAndLatinCase) {
  EXPECT_EQ(VariantKey("ڤلاديمير"), VariantKey("فلاديمير"));
  EXPECT_EQ(VariantKey("گاز"), VariantKey("كاز"));
  EXPECT_EQ(VariantKey("NATO"), "nato");
}

// Keys are written in place into a buffer as long as the normalised word: two-byte letters,
// bytes of broken UTF-8 (dropped) and a key as long as its word all fit.
TEST(VariantKeyTest, KeysOfLatinLettersAndBrokenBytes) {
  std::string key;
  VariantKeyOfNormalized(
      "\xC3\xA9"
      "bola",
      "x", /*strip_article=*/true, &key);
  EXPECT_EQ(key,
            "\xC3\xA9"
            "bola");  // é stays two bytes
  VariantKeyOfNormalized("ab\xC3", "x", /*strip_article=*/true, &key);
  EXPECT_EQ(key, "ab");  // a lead byte cut off at the end is dropped
  VariantKeyOfNormalized("\xD9\x85\xD8", "x", /*strip_article=*/true, &key);
  EXPECT_EQ(key, "\xD9\x85");
  VariantKeyOfNormalized("\xD8\xA7\xD9\x84\xD8\xB1\xD9\x88\xD8\xB3", "\xD8\xA7", true, &key);
  EXPECT_EQ(key, "\xD8\xB1\xD9\x88\xD8\xB3");  // الروس → روس
  VariantKeyOfNormalized("", "", true, &key);
  EXPECT_EQ(key, "");
}

TEST(VariantKeyTest, BuildsOnTheNormalizersFold) {
  // Presentation forms and the Normalizer's other folds reach the key too.
  EXPECT_EQ(VariantKey("\uFEFB\uFEE3"), VariantKey("لام"));
  EXPECT_EQ(VariantKey("بوتين"), VariantKey("بوتين\u200F"));
  for (std::string_view word : {"الروسي", "ألباني", "«وبروسيا»", "هيغل", "NATO", "رُوسْيَا"}) {
    std::string normalized = text::Normalizer().NormalizeString(word);
    std::string key = "stale";
    VariantKeyOfNormalized(normalized, word, true, &key);
    EXPECT_EQ(key, VariantKey(word)) << word;
    VariantKeyOfNormalized(normalized, word, false, &key);
    EXPECT_EQ(key, VariantKeyKeepArticle(word)) << word;
  }
}

TEST(VariantKeyTest, TellsTheArticleFromAHamzaAlef) {
  EXPECT_TRUE(StartsWithBareAlef("\"الروسي"));
  EXPECT_FALSE(StartsWithBareAlef("ألباني"));
  EXPECT_FALSE(StartsWithBareAlef("روسيا"));
  EXPECT_FALSE(StartsWithBareAlef("..."));
  EXPECT_TRUE(StartsWithBareAlef("اليوم"));
  EXPECT_TRUE(StartsWithBareAlef("ا"));
  EXPECT_FALSE(StartsWithBareAlef("ءامن"));    // hamza, U+0621
  EXPECT_FALSE(StartsWithBareAlef("آمن"));     // U+0622
  EXPECT_FALSE(StartsWithBareAlef("غزة"));     // U+063A, last of the D8 letters
  EXPECT_FALSE(StartsWithBareAlef("وزير"));    // a D9 letter
  EXPECT_TRUE(StartsWithBareAlef("ـالروسي"));  // tatweel is no letter
  EXPECT_TRUE(StartsWithBareAlef("ﺎل"));       // presentation form
  EXPECT_FALSE(StartsWithBareAlef(""));
  EXPECT_EQ(VariantKey("\uFE8D\uFEDF"
                       "يمنية"),
            VariantKey("اليمنية"));  // presentation forms
}

TEST(VariantKeyTest, TransliterationVariantsSpellEveryG) {
  std::vector<std::string> variants = TransliterationVariants(VariantKey("هيغل"));
  EXPECT_THAT(variants, SizeIs(3));
  EXPECT_EQ(variants.front(), "هيغل");
  EXPECT_THAT(variants, Contains("هيجل"));
  EXPECT_THAT(variants, Contains("هيكل"));
  EXPECT_THAT(TransliterationVariants("شويغو"), Contains("شويجو"));
  EXPECT_THAT(TransliterationVariants("روسيا"), SizeIs(1));
}

TEST(VariantKeyTest, SingleWordVariantsCanLeaveKafAlone) {
  std::vector<std::string> variants = TransliterationVariants("هيغل", 27, false);
  EXPECT_THAT(variants, SizeIs(2));
  EXPECT_THAT(variants, Contains("هيجل"));
  EXPECT_THAT(TransliterationVariants("كارتر", 27, false), SizeIs(1));
}

TEST(VariantKeyTest, TransliterationVariantsRespectTheLimit) {
  EXPECT_THAT(TransliterationVariants("غغغغغ", 5), SizeIs(5));
  // Two g letters: 3 x 3 spellings.
  EXPECT_THAT(TransliterationVariants("غوغل"), SizeIs(9));
}

}  // namespace
}  // namespace marsad::lexicon
