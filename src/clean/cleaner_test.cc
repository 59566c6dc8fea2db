#include "clean/cleaner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace marsad::clean {
namespace {

std::string DataDir() {
  const char* env = std::getenv("MARSAD_DATA");
  return env != nullptr ? env : MARSAD_SOURCE_DIR "/data";
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const Cleaner& TheCleaner() {
  static const Cleaner* cleaner = [] {
    auto loaded = Cleaner::Load(DataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new Cleaner(std::move(loaded.value()));
  }();
  return *cleaner;
}

Analysis Clean(std::string text, std::string url = "", std::string outlet = "",
               std::string title = "") {
  Analysis analysis;
  analysis.article.text = std::move(text);
  analysis.article.url = std::move(url);
  analysis.article.outlet = std::move(outlet);
  analysis.article.title = std::move(title);
  analysis.article.published = "2015-09-25";
  TheCleaner().Apply(&analysis);
  return analysis;
}

std::vector<std::string> BoilerplateTexts(const Analysis& analysis) {
  std::vector<std::string> out;
  for (const Span& span : analysis.boilerplate) out.emplace_back(span.of(analysis.text()));
  return out;
}

using ::testing::ElementsAre;

// No-break spaces as plain ones, so that the golden file can be written by hand.
std::string WithPlainSpaces(std::string_view text) {
  std::string out(text);
  for (size_t at = out.find("\xC2\xA0"); at != std::string::npos; at = out.find("\xC2\xA0")) {
    out.replace(at, 2, " ");
  }
  return out;
}

std::string FirstWords(std::string_view text, size_t count) {
  size_t end = 0;
  for (size_t words = 0; words < count && end != std::string_view::npos; ++words) {
    end = text.find(' ', end == 0 ? 0 : end + 1);
  }
  return std::string(text.substr(0, end));
}

TEST(CleanerTest, LoadFailsWithoutRules) { EXPECT_FALSE(Cleaner::Load("/nonexistent").ok()); }

TEST(CleanerTest, TitleIsTheFirstLineWhenItIsAHeadline) {
  const Analysis a = Clean("روسيا ترفض العرض\n\nقال المتحدث إن موسكو ترفض.\n", "", "", "meta");
  EXPECT_EQ(a.title, "روسيا ترفض العرض");
  EXPECT_TRUE(a.boilerplate.empty());
}

TEST(CleanerTest, TitleFallsBackToMetadataWhenTheFirstLineIsASentence) {
  const Analysis a =
      Clean("قال المتحدث إن موسكو ترفض العرض.\nوأضاف أن الأمر انتهى.", "", "", "عنوان من البيانات");
  EXPECT_EQ(a.title, "عنوان من البيانات");
}

TEST(CleanerTest, TitleIsAtMost160Characters) {
  // Twenty words of seven letters: 159 characters, a headline.
  std::string twenty;
  for (int i = 0; i < 20; ++i) twenty += i == 0 ? "مفاوضات" : " مفاوضات";
  EXPECT_EQ(Clean(twenty + "\nقال المتحدث إن موسكو ترفض.", "", "", "meta").title, twenty);
  // Ten words of fifty letters, with no sentence punctuation: too long for a headline.
  std::string long_line;
  for (int i = 0; i < 10; ++i) {
    if (i > 0) long_line += " ";
    for (int j = 0; j < 10; ++j) long_line += "مفاوض";
  }
  EXPECT_EQ(Clean(long_line + "\nقال المتحدث إن موسكو ترفض.", "", "", "meta").title, "meta");
}

TEST(CleanerTest, EditorInitialsAreAFewLetters) {
  const std::string body = "قال المتحدث إن موسكو ترفض العرض.\n";
  EXPECT_THAT(BoilerplateTexts(Clean(body + "(أ.ب.ت.ث.ج.ح)")), ElementsAre("(أ.ب.ت.ث.ج.ح)"));
  EXPECT_TRUE(Clean(body + "(أ.ب.ت.ث.ج.ح.خ)").boilerplate.empty());  // seven letters
  EXPECT_THAT(BoilerplateTexts(Clean(body + "أ.ب/ع.م")), ElementsAre("أ.ب/ع.م"));
  EXPECT_TRUE(Clean(body + "أ.ب.ت.ث.ج").boilerplate.empty());  // five, not in parentheses
  EXPECT_TRUE(Clean(body + "وأضاف أن الأمر انتهى").boilerplate.empty());  // words
}

TEST(CleanerTest, OutletFromUrlHostThenSignatureThenMetadata) {
  EXPECT_EQ(Clean("نص.", "https://www.aljazeera.net/news/1", "x").outlet, "aljazeera");
  EXPECT_EQ(Clean("نص.", "http://www.okaz.com.sa/article/1").outlet, "okaz");
  EXPECT_EQ(Clean("نص.", "http://www.spa.gov.sa/1234").outlet, "spa");
  EXPECT_EQ(Clean("نص.\nhttps://telegram.me/buratha").outlet, "buratha");
  EXPECT_EQ(Clean("نص.\n\nالمصدر : الجزيرة + وكالات").outlet, "aljazeera");
  EXPECT_EQ(Clean("نص.", "https://example.org/a", "sabq").outlet, "sabq");
  const Analysis a = Clean("نص.", "https://example.org/a", "", "");
  EXPECT_EQ(a.outlet, "");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.published, "2015-09-25");
}

TEST(CleanerTest, ReadAlsoAndNavigationBlocks) {
  const Analysis a = Clean(
      "قال المتحدث إن موسكو ترفض العرض.\n\nإقرأ أيضاً: شركات عالمية كبرى متورطة\n\n"
      "وأضاف أن الأمر انتهى.\n\nالسابق\nعنوان مقال آخر\nالتالي\nبالصور: عنوان ثالث");
  EXPECT_THAT(BoilerplateTexts(a), ElementsAre("إقرأ أيضاً: شركات عالمية كبرى متورطة", "السابق",
                                               "عنوان مقال آخر", "التالي", "بالصور: عنوان ثالث"));
}

TEST(CleanerTest, SubHeadingsInsideTheBodyAreKept) {
  const Analysis a = Clean(
      "قال المتحدث إن موسكو ترفض العرض.\nالخارجية الروسية: موسكو ستنضم بشروط\n"
      "وأضاف أن الأمر انتهى.\nوتابع أن الحوار مستمر.");
  EXPECT_TRUE(a.boilerplate.empty());
}

TEST(CleanerTest, LatinCaptionDuplicateLinesAndInitials) {
  const Analysis a = Clean(
      "قال المتحدث إن موسكو ترفض العرض.\n"
      "Russian President Vladimir Putin addresses the Federal Assembly in Moscow.\n"
      "وأضاف أن الأمر انتهى.\nكيري في موسكو\nكيري في موسكو\nوتابع أن الحوار مستمر.\n(ن.ح)");
  EXPECT_THAT(BoilerplateTexts(a),
              ElementsAre("Russian President Vladimir Putin addresses the Federal Assembly in "
                          "Moscow.",
                          "كيري في موسكو", "كيري في موسكو", "(ن.ح)"));
}

// ASCII letters are counted eight bytes at a time: a Latin line is a caption from 20 letters on,
// wherever its letters fall.
TEST(CleanerTest, LatinCaptionNeedsTwentyLettersAtAnyOffset) {
  for (size_t shift = 0; shift < 9; ++shift) {
    const std::string dashes(shift, '-');
    const std::string twenty = dashes + "Abcde fghij, KLMNO pqrs-t 2015";
    const std::string nineteen = dashes + "Abcde fghij, KLMNO pqrs- 2015";
    for (const std::string& latin : {twenty, nineteen}) {
      const Analysis a = Clean("قال المتحدث إن موسكو ترفض العرض.\n" + latin +
                               "\nوأضاف أن الأمر انتهى.\nوتابع أن الحوار مستمر.");
      if (latin == twenty) {
        EXPECT_THAT(BoilerplateTexts(a), ElementsAre(latin)) << shift;
      } else {
        EXPECT_THAT(BoilerplateTexts(a), ElementsAre()) << shift;
      }
    }
  }
}

// The golden expectations of tests/golden/clean/seeds.tsv over samples/seeds/*.txt: which
// lines are boilerplate (1-based line numbers, with the line's first words), the title and
// the outlet of each seed.
struct SeedExpectation {
  std::string title;
  std::string outlet;
  std::map<size_t, std::string> boilerplate;  // line number → first words
  std::set<size_t> glued;  // lines of which only the headlines at the start are boilerplate
};

std::map<std::string, SeedExpectation> ReadGolden(const std::filesystem::path& path) {
  std::map<std::string, SeedExpectation> golden;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) f.push_back(field);
    f.resize(4);
    SeedExpectation& seed = golden[f[0]];
    if (f[1] == "title") seed.title = f[3];
    if (f[1] == "outlet") seed.outlet = f[3];
    if (f[1] == "boilerplate" || f[1] == "glued headlines") {
      seed.boilerplate[std::stoul(f[2])] = f[3];
      if (f[1] == "glued headlines") seed.glued.insert(std::stoul(f[2]));
    }
  }
  return golden;
}

TEST(CleanerGoldenTest, Seeds) {
  const std::filesystem::path source = MARSAD_SOURCE_DIR;
  const auto golden = ReadGolden(source / "tests/golden/clean/seeds.tsv");
  ASSERT_EQ(golden.size(), 5u) << "tests/golden/clean/seeds.tsv should cover the five seeds";
  for (const auto& [id, expected] : golden) {
    SCOPED_TRACE(id);
    const std::string text = ReadFile(source / "samples/seeds" / (id + ".txt"));
    ASSERT_FALSE(text.empty());
    const Analysis a = Clean(text);
    EXPECT_EQ(a.title, expected.title);
    EXPECT_EQ(a.outlet, expected.outlet);
    // Line number of every boilerplate span.
    std::map<size_t, std::string> actual;
    std::string listing;
    for (const Span& span : a.boilerplate) {
      const size_t number = 1 + std::count(text.begin(), text.begin() + span.start, '\n');
      const std::string_view content = span.of(text);
      EXPECT_TRUE(span.start == 0 || text[span.start - 1] == '\n') << "not a line start";
      const bool whole =
          span.end == text.size() || text[span.end] == '\n' || text[span.end] == '\r';
      EXPECT_EQ(whole, !expected.glued.contains(number))
          << "line " << number << (whole ? " marked whole" : " marked in part");
      actual[number] = WithPlainSpaces(content);
      listing += id + (whole ? "\tboilerplate\t" : "\tglued headlines\t") + std::to_string(number) +
                 "\t" + FirstWords(WithPlainSpaces(content), 4) + "\n";
    }
    std::set<size_t> expected_lines;
    std::set<size_t> actual_lines;
    for (const auto& [number, words] : expected.boilerplate) expected_lines.insert(number);
    for (const auto& [number, content] : actual) actual_lines.insert(number);
    EXPECT_EQ(actual_lines, expected_lines) << "actual boilerplate:\n" << listing;
    for (const auto& [number, words] : expected.boilerplate) {
      const auto it = actual.find(number);
      if (it != actual.end()) {
        EXPECT_TRUE(it->second.starts_with(words)) << "line " << number << ": " << it->second;
      }
    }
  }
}

}  // namespace
}  // namespace marsad::clean
