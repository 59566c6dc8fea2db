#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace marsad::text {
namespace {

std::string SharedDir() {
  if (const char* env = std::getenv("MARSAD_SHARED")) return env;
  return std::string(MARSAD_SOURCE_DIR) + "/../shared";
}

TEST(NormalizerTest, FoldsAlefHamzaYehAndTehMarbuta) {
  Normalizer normalizer;
  EXPECT_EQ(normalizer.NormalizeString("أحمد إعاذ آجن ٱلله"), "احمد اعاذ اجن الله");
  EXPECT_EQ(normalizer.NormalizeString("مسؤول رئيس بنى فاطمة"), "مسوول رييس بني فاطمه");
}

TEST(NormalizerTest, OptionsKeepLettersWhenFoldingIsOff) {
  Normalizer::Options options;
  options.fold_ta_marbuta = false;
  options.fold_alef_maqsura = false;
  options.fold_hamza = false;
  options.lowercase_latin = false;
  Normalizer normalizer(options);
  EXPECT_EQ(normalizer.NormalizeString("أحمد على فاطمة Obama"), "أحمد على فاطمة Obama");
}

TEST(NormalizerTest, DropsDiacriticsTatweelAndFormatMarks) {
  Normalizer normalizer;
  EXPECT_EQ(normalizer.NormalizeString("مُحَمَّدٌ"), "محمد");
  EXPECT_EQ(normalizer.NormalizeString("روبرـــــت"), "روبرت");
  EXPECT_EQ(normalizer.NormalizeString("هٰذا"), "هذا");
  EXPECT_EQ(normalizer.NormalizeString("\xEF\xBB\xBF"
                                       "قال\u200c\u200e\u200f"),
            "قال");
}

TEST(NormalizerTest, MapsDigitsPunctuationAndLatinCase) {
  Normalizer normalizer;
  EXPECT_EQ(normalizer.NormalizeString("٢٥/٩/٢٠١٥ ۱۲"), "25/9/2015 12");
  EXPECT_EQ(normalizer.NormalizeString("قال، «نعم»؛ لماذا؟"), "قال, \"نعم\"; لماذا?");
  EXPECT_EQ(normalizer.NormalizeString("“Obama” ‘U.S.’ – …"), "\"obama\" 'u.s.' - ...");
}

TEST(NormalizerTest, UnfoldsPresentationForms) {
  Normalizer normalizer;
  EXPECT_EQ(normalizer.NormalizeString("\uFEFB"), "لا");                      // lam-alef ligature
  EXPECT_EQ(normalizer.NormalizeString("\uFE8D\uFEDF\uFEE0\uFEEA"), "الله");  // isolated forms
  EXPECT_EQ(normalizer.NormalizeString("\uFE94"), "ه");                       // final teh marbuta
  EXPECT_EQ(normalizer.NormalizeString("ب\uFE70"), "ب");                      // isolated fathatan
}

TEST(NormalizerTest, OffsetsPointBackToOriginalBytes) {
  Normalizer normalizer;
  const std::string original = "وَقالَ أحمد";
  NormalizedText normalized = normalizer.Normalize(original);
  ASSERT_EQ(normalized.text, "وقال احمد");
  ASSERT_EQ(normalized.offsets.size(), normalized.text.size() + 1);
  EXPECT_EQ(normalized.offsets.back(), original.size());
  // "احمد" starts at normalised byte 9 and maps back to the original "أحمد".
  const size_t start = normalized.text.find("احمد");
  const uint32_t original_start = normalized.offsets[start];
  const uint32_t original_end = normalized.offsets[normalized.text.size()];
  EXPECT_EQ(original.substr(original_start, original_end - original_start), "أحمد");
  // "وقال" maps back with its diacritics.
  const uint32_t word_end = normalized.offsets[8];
  EXPECT_EQ(original.substr(0, word_end), "وَقالَ");
}

TEST(NormalizerTest, InvalidBytesPassThrough) {
  Normalizer normalizer;
  const std::string original =
      "a\xFF"
      "b";
  NormalizedText normalized = normalizer.Normalize(original);
  EXPECT_EQ(normalized.text, original);
  EXPECT_EQ(normalized.offsets, (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST(NormalizerTest, LucenePairs) {
  std::ifstream in(SharedDir() + "/data/stemming/lucene_arabic_normalizer_pairs.tsv");
  if (!in) GTEST_SKIP() << "shared data not found (set MARSAD_SHARED to run the Lucene pairs)";
  Normalizer normalizer;
  std::string line;
  int pairs = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    EXPECT_EQ(normalizer.NormalizeString(line.substr(0, tab)), line.substr(tab + 1)) << line;
    ++pairs;
  }
  EXPECT_GT(pairs, 10);
}

TEST(NormalizerTest, PlainRunsMapEveryByteToItsCharacter) {
  // Unchanged letters and a space (one run), a folded Latin capital, then a folded hamza.
  const std::string original = "قال Aأ";
  const NormalizedText normalized = Normalizer().Normalize(original);
  EXPECT_EQ(normalized.text, "قال aا");
  EXPECT_EQ(normalized.offsets, (std::vector<uint32_t>{0, 0, 2, 2, 4, 4, 6, 7, 8, 8, 10}));
}

// NormalizeString and NormalizeAppend without offsets skip the offset map: they must give the
// same text as Normalize for every character, whatever the options.
TEST(NormalizerTest, WithoutOffsetsGivesTheSameTextAsWithOffsets) {
  std::string all;
  for (char32_t cp = 1; cp < 0x800; ++cp) utf8::Append(cp, &all);
  for (char32_t cp = 0x2000; cp < 0x2070; ++cp) utf8::Append(cp, &all);
  for (char32_t cp = 0xFB50; cp < 0x10000; cp += 7) utf8::Append(cp, &all);
  all += "\xFF\xC3\xD9 \xE2\x80 \xF0\x9F\x98\x80 ﷺ ﻻ قال Obama ٢٥ «نعم»\xD9";
  Normalizer::Options none;
  none.fold_ta_marbuta = false;
  none.fold_alef_maqsura = false;
  none.fold_hamza = false;
  none.lowercase_latin = false;
  Normalizer::Options hamza_only = none;
  hamza_only.fold_hamza = true;
  for (const Normalizer::Options& options : {Normalizer::Options(), none, hamza_only}) {
    const Normalizer normalizer(options);
    const std::string expected = normalizer.Normalize(all).text;
    EXPECT_EQ(normalizer.NormalizeString(all), expected);
    // Appending after existing text, a piece at a time (pieces may cut a character).
    std::string appended = "x";
    for (size_t start = 0; start < all.size(); start += 5) {
      normalizer.NormalizeAppend(std::string_view(all).substr(start, 5), 0, &appended, nullptr);
    }
    std::string pieces = "x";
    for (size_t start = 0; start < all.size(); start += 5) {
      pieces += normalizer.Normalize(std::string_view(all).substr(start, 5)).text;
    }
    EXPECT_EQ(appended, pieces);
  }
}

// Normalize and NormalizeAppend with offsets take the same table path as the string-only
// forms, with the general one for three-byte characters and bad bytes between: every appended
// byte maps to the first byte of its character, plus base, after what *out already held.
TEST(NormalizerTest, AppendWithOffsetsAddsBaseAfterEarlierBytes) {
  std::string out = "ab";
  std::vector<uint32_t> offsets = {7, 8};
  Normalizer().NormalizeAppend("أ\xE2\x80\xA6\xEF\xBB\xBBب\xFF", 100, &out, &offsets);
  EXPECT_EQ(out, "abا...لاب\xFF");
  EXPECT_EQ(offsets, (std::vector<uint32_t>{7, 8, 100, 100, 102, 102, 102, 105, 105, 105, 105, 108,
                                            108, 110}));
}

// NormalizeShort writes what NormalizeString gives for text of ASCII and two-byte characters,
// within the original's length, and refuses anything else.
TEST(NormalizerTest, NormalizeShortMatchesNormalizeStringOrRefuses) {
  std::string all;
  for (char32_t cp = 1; cp < 0x800; ++cp) utf8::Append(cp, &all);
  Normalizer::Options none;
  none.fold_ta_marbuta = false;
  none.fold_alef_maqsura = false;
  none.fold_hamza = false;
  none.lowercase_latin = false;
  for (const Normalizer::Options& options : {Normalizer::Options(), none}) {
    const Normalizer normalizer(options);
    // Every piece, whole characters or not: ending in a lead byte or starting with a trail byte
    // makes it invalid.
    for (size_t start = 0; start < all.size(); start += 3) {
      for (size_t length : {size_t{0}, size_t{1}, size_t{2}, size_t{5}, size_t{64}}) {
        const std::string_view piece = std::string_view(all).substr(start, length);
        std::string out(piece.size(), '\0');
        const size_t written = normalizer.NormalizeShort(piece, out.data());
        const bool valid = utf8::FirstInvalid(piece) == std::string_view::npos;
        ASSERT_EQ(written != Normalizer::kNotShort, valid) << start << " " << length;
        if (valid) {
          EXPECT_EQ(out.substr(0, written), normalizer.NormalizeString(piece));
        }
      }
    }
  }
  const Normalizer normalizer;
  std::string out(32, '\0');
  EXPECT_EQ(normalizer.NormalizeShort("قال أحمد Obama", out.data()), 21u);  // ASCII and Arabic only
  EXPECT_EQ(out.substr(0, 21), "قال احمد obama");
  for (std::string_view other : {"قال…", "\xEF\xBB\xBB", "ب\xFF", "\xF0\x9F\x98\x80", "ب\xD9"}) {
    EXPECT_EQ(normalizer.NormalizeShort(other, out.data()), Normalizer::kNotShort) << other;
  }
}

}  // namespace
}  // namespace marsad::text
