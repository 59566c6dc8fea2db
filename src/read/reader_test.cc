#include "read/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "read/read_test_support.h"
#include "read/zip_test_support.h"

namespace marsad::read {
namespace {

using testing::AsArticle;
using testing::AsFailure;
using testing::FixturePath;
using testing::ReadAllOf;
using testing::ReadAllOfBuffer;

const ReadFailure& OnlyFailure(const std::vector<ReadResult>& results) {
  static const ReadFailure kNone{"", "no failure"};
  if (results.size() != 1 || AsFailure(results[0]) == nullptr) {
    ADD_FAILURE() << "expected one failure, got " << results.size() << " results";
    return kNone;
  }
  return *AsFailure(results[0]);
}

TEST(ReaderTest, TextFileIsOneArticleAndKeepsItsByteOrderMark) {
  ReadOptions options;
  options.published = "2015-09-25";
  const auto results = ReadAllOf(Reader(options), FixturePath("bom.txt"));
  ASSERT_EQ(results.size(), 1u);
  const Article* article = AsArticle(results[0]);
  ASSERT_NE(article, nullptr);
  EXPECT_EQ(article->id, "bom");
  EXPECT_EQ(article->input, FixturePath("bom.txt"));
  EXPECT_EQ(article->text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(article->published, "2015-09-25");
  EXPECT_TRUE(article->warnings.empty());
}

TEST(ReaderTest, LegacyEncodedFileIsConvertedWithAWarning) {
  testing::TempDir dir;
  const std::string path = dir.Write("old.txt", testing::Windows1256Sample() + "\n");
  const auto results = ReadAllOf(Reader({}), path);
  ASSERT_EQ(results.size(), 1u);
  ASSERT_NE(AsArticle(results[0]), nullptr);
  EXPECT_EQ(AsArticle(results[0])->text, std::string(testing::kSampleUtf8) + "\n");
  EXPECT_EQ(AsArticle(results[0])->warnings,
            std::vector<std::string>{"converted from windows-1256"});
}

TEST(ReaderTest, EveryBadInputIsOneFailureWithAClearReason) {
  testing::TempDir dir;
  Reader reader({});
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, FixturePath("empty.txt"))).reason, "empty file");
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, FixturePath("whitespace.txt"))).reason, "empty file");
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, dir.Write("nul.txt", std::string("ab\0c", 4)))).reason,
            "binary file (NUL bytes), not text");
  EXPECT_EQ(
      OnlyFailure(ReadAllOf(reader, dir.Write("x.png", std::string("\x89PNG\0\0", 6)))).reason,
      "unsupported format: binary file (NUL bytes), not text");
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, dir.Write("bad.txt", "abc\xC3\x28 def"))).reason,
            "invalid UTF-8 at byte 3");
  const ReadFailure missing = OnlyFailure(ReadAllOf(reader, dir.path() + "/missing.txt"));
  EXPECT_EQ(missing.input, dir.path() + "/missing.txt");
  EXPECT_EQ(missing.reason, "cannot read: No such file or directory");
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, FixturePath("malformed.json")))
                .reason.rfind("malformed JSON: ", 0),
            0u);
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, FixturePath("no_text.html"))).reason,
            "HTML page without article text");
  EXPECT_EQ(OnlyFailure(ReadAllOf(reader, dir.Write("e.zip", testing::MakeZip({})))).reason,
            "zip archive holds no files");
}

TEST(ReaderTest, UnreadableFileIsAFailure) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their permissions";
  testing::TempDir dir;
  const std::string path = dir.Write("locked.txt", "نص");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  const ReadFailure failure = OnlyFailure(ReadAllOf(Reader({}), path));
  EXPECT_EQ(failure.reason, "cannot read: Permission denied");
}

TEST(ReaderTest, OverSizeTextFileFailsWithoutBeingRead) {
  testing::TempDir dir;
  const std::string path = dir.path() + "/huge.txt";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(ftruncate(fileno(file), 200000000), 0);  // sparse: costs no disk or time
  std::fclose(file);
  const ReadFailure failure = OnlyFailure(ReadAllOf(Reader({}), path));
  EXPECT_EQ(failure.reason, "article of 200000000 bytes is over the 16 MiB limit");
}

TEST(ReaderTest, UnknownExtensionIsSniffed) {
  const auto results = ReadAllOf(Reader({}), FixturePath("notes.unknown"));
  ASSERT_EQ(results.size(), 1u);
  ASSERT_NE(AsArticle(results[0]), nullptr);
  EXPECT_EQ(AsArticle(results[0])->id, "notes");
}

TEST(ReaderTest, UnitLineMakesEveryNonBlankLineAnArticle) {
  ReadOptions options;
  options.unit_line = true;
  for (bool from_memory : {false, true}) {
    const std::string path = FixturePath("lines.txt");
    std::vector<ReadResult> results;
    if (from_memory) {
      results = ReadAllOfBuffer(Reader(options), "lines.txt",
                                "السطر الأول\r\n\r\nالسطر الثالث\n   \nالسطر الخامس");
    } else {
      results = ReadAllOf(Reader(options), path);
    }
    ASSERT_EQ(results.size(), 3u);
    const std::vector<std::pair<std::string, std::string>> want = {
        {"line:1", "السطر الأول"}, {"line:3", "السطر الثالث"}, {"line:5", "السطر الخامس"}};
    for (size_t i = 0; i < want.size(); ++i) {
      const Article* article = AsArticle(results[i]);
      ASSERT_NE(article, nullptr);
      EXPECT_EQ(article->id, want[i].first);
      EXPECT_EQ(article->text, want[i].second);
    }
  }
}

TEST(ReaderTest, UnitLineOfUtf16IsConvertedBeforeItIsSplit) {
  testing::TempDir dir;
  ReadOptions options;
  options.unit_line = true;
  // «ا\nب\n» in UTF-16LE with its byte order mark.
  const std::string path =
      dir.Write("u.txt", std::string("\xFF\xFE\x27\x06\n\x00\x28\x06\n\x00", 10));
  const auto results = ReadAllOf(Reader(options), path);
  ASSERT_EQ(results.size(), 2u);
  ASSERT_NE(AsArticle(results[1]), nullptr);
  EXPECT_EQ(AsArticle(results[1])->text, "ب");
  EXPECT_EQ(AsArticle(results[1])->id, "line:2");
  EXPECT_EQ(AsArticle(results[1])->warnings, std::vector<std::string>{"converted from UTF-16LE"});
}

TEST(ReaderTest, UnitLineOverLongLineFailsThatLineOnly) {
  testing::TempDir dir;
  ReadOptions options;
  options.unit_line = true;
  options.max_article_bytes = 100;
  const std::string path = dir.Write("l.txt", "قصير\n" + std::string(5000, 'x') + "\nآخر\n");
  const auto results = ReadAllOf(Reader(options), path);
  ASSERT_EQ(results.size(), 3u);
  ASSERT_NE(AsFailure(results[1]), nullptr);
  EXPECT_EQ(AsFailure(results[1])->input, path + ":2");
  EXPECT_EQ(AsFailure(results[1])->reason, "article of 5000 bytes is over the 100 bytes limit");
  EXPECT_EQ(AsArticle(results[2])->id, "line:3");
}

TEST(ReaderTest, JsonArrayFixture) {
  const auto results = ReadAllOf(Reader({}), FixturePath("articles.json"));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(AsArticle(results[0])->id, "articles#1");
  EXPECT_EQ(AsArticle(results[0])->outlet, "alriyadh");
  EXPECT_EQ(AsArticle(results[1])->id, "custom-7");
  ASSERT_NE(AsArticle(results[2]), nullptr);
  EXPECT_EQ(AsArticle(results[2])->warnings, std::vector<std::string>{"blank content"});
}

TEST(ReaderTest, HtmlPageBecomesTitleLineThenMainText) {
  const auto results = ReadAllOf(Reader({}), FixturePath("page.html"));
  ASSERT_EQ(results.size(), 1u);
  const Article* article = AsArticle(results[0]);
  ASSERT_NE(article, nullptr);
  EXPECT_EQ(article->id, "page");
  EXPECT_EQ(article->title, "وزير الخارجية يزور القاهرة");
  EXPECT_EQ(article->text.rfind("وزير الخارجية يزور القاهرة\n", 0), 0u) << article->text;
  EXPECT_NE(article->text.find("\nوصل وزير الخارجية"), std::string::npos) << article->text;
  EXPECT_EQ(article->published, "2019-03-04");
  EXPECT_EQ(article->url, "http://example.com/news/42");
}

TEST(ReaderTest, ZipIsReadInPlaceMemberByMember) {
  testing::TempDir dir;
  const std::string zip = testing::MakeZip({
      {"day.json", R"([{"title": "t1", "content": "c1"}, {"title": "t2", "content": "c2"}])"},
      {"notes/one.txt", "نص"},
      {"inner.zip", testing::MakeZip({{"x.txt", "x"}})},
      {"bad.txt", std::string("\0\0", 2)},
      {"more.jsonl", "{\"content\": \"j\"}\n"},
  });
  const std::string path = dir.Write("c.zip", zip);
  const auto results = ReadAllOf(Reader({}), path);
  ASSERT_EQ(results.size(), 6u);
  EXPECT_EQ(AsArticle(results[0])->id, "day#1");
  EXPECT_EQ(AsArticle(results[0])->input, path + "/day.json");
  EXPECT_EQ(AsArticle(results[1])->text, "t2\nc2");
  EXPECT_EQ(AsArticle(results[2])->id, "one");
  EXPECT_EQ(AsFailure(results[3])->reason, "zip archive inside a zip archive is not read");
  EXPECT_EQ(AsFailure(results[4])->input, path + "/bad.txt");
  EXPECT_EQ(AsArticle(results[5])->id, "more#1");
  // The same bytes through ReadBuffer give the same results.
  EXPECT_EQ(ReadAllOfBuffer(Reader({}), path, zip).size(), 6u);
}

TEST(ReaderTest, TruncatedZipKeepsWhatWasReadAndSaysWhy) {
  testing::TempDir dir;
  const std::string zip =
      testing::MakeZip({{"a.txt", "أول"}, {"b.txt", std::string(50000, 'y')}, {"c.txt", "ثالث"}});
  const std::string path = dir.Write("t.zip", zip.substr(0, zip.size() / 2));
  const auto results = ReadAllOf(Reader({}), path);
  ASSERT_GE(results.size(), 2u);
  EXPECT_EQ(AsArticle(results[0])->id, "a");
  const ReadFailure* last = AsFailure(results.back());
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->input, path);
  EXPECT_EQ(last->reason.rfind("truncated zip: ", 0), 0u) << last->reason;
}

TEST(ReaderTest, FolderIsWalkedInCheckOutputOrder) {
  testing::TempDir dir;
  dir.Write("b/2.txt", "اثنان");
  dir.Write("b/1.txt", "واحد");
  dir.Write("a.json", R"([{"content": "ج"}])");
  dir.Write("b-c/3.txt", "ثلاثة");
  dir.Write("b/d/4.txt", "أربعة");
  const auto results = ReadAllOf(Reader({}), dir.path());
  std::vector<std::string> ids;
  for (const ReadResult& r : results) {
    ids.push_back(AsArticle(r) != nullptr ? AsArticle(r)->id : AsFailure(r)->reason);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a#1", "1", "2", "3", "4"}));
}

TEST(ReaderTest, StreamFormatIsSniffedFromTheContent) {
  struct Case {
    std::string bytes;
    std::string first_id;
    size_t count;
  };
  const std::vector<Case> cases = {
      {"نص عادي\n", "stdin", 1},
      {"{\"content\": \"a\"}\n{\"content\": \"b\"}\n", "stdin#1", 2},
      {"[{\"id\": \"z\", \"content\": \"a\"}]", "z", 1},
      {"<html><body><p>فقرة طويلة بما يكفي لتكون نص المقال الرئيسي هنا.</p></body></html>", "stdin",
       1},
      {testing::MakeZip({{"m.txt", "م"}}), "m", 1},
  };
  for (const Case& c : cases) {
    std::string bytes = c.bytes;
    std::FILE* stream = fmemopen(bytes.data(), bytes.size(), "rb");
    ASSERT_NE(stream, nullptr);
    std::vector<ReadResult> results;
    Reader({}).ReadStream("-", stream, [&](ReadResult&& r) { results.push_back(std::move(r)); });
    std::fclose(stream);
    ASSERT_EQ(results.size(), c.count) << c.first_id;
    ASSERT_NE(AsArticle(results[0]), nullptr)
        << c.first_id << ": " << AsFailure(results[0])->reason;
    EXPECT_EQ(AsArticle(results[0])->id, c.first_id);
    EXPECT_EQ(AsArticle(results[0])->input.substr(0, 1), "-");
  }
}

TEST(ReaderTest, ReadsTheSeedsAsTheyAre) {
  const std::string seeds = MARSAD_SOURCE_DIR "/samples/seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no samples/seeds";
  size_t read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    const auto results = ReadAllOf(Reader({}), entry.path().string());
    ASSERT_EQ(results.size(), 1u);
    const Article* article = AsArticle(results[0]);
    ASSERT_NE(article, nullptr) << AsFailure(results[0])->reason;
    EXPECT_EQ(article->id, entry.path().stem().string());
    EXPECT_EQ(article->text.size(), entry.file_size()) << "text is the file's bytes";
    ++read;
  }
  EXPECT_GE(read, 5u);
}

// Reads all of SaudiNewsNet (18 zips, 31,030 articles) and prints the reading throughput.
// Slow-ish (a few seconds): run it with --gtest_also_run_disabled_tests.
TEST(ReaderTest, DISABLED_ReadsAllOfSaudiNewsNetWithoutFailures) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent (set MARSAD_SHARED)";
  const std::string corpus = shared + "/data/corpus/saudinewsnet";
  size_t articles = 0;
  size_t failures = 0;
  size_t text_bytes = 0;

  std::vector<std::string> zips;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() == ".zip") zips.push_back(entry.path().string());
  }
  ASSERT_EQ(zips.size(), 18u);
  const auto count = [&](ReadResult&& r) {
    if (const Article* article = AsArticle(r)) {
      ++articles;
      text_bytes += article->text.size();
    } else {
      ++failures;
      ADD_FAILURE() << AsFailure(r)->input << ": " << AsFailure(r)->reason;
    }
  };
  const Reader reader({});
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& zip : zips) reader.ReadPath(zip, count);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(articles, 31030u);
  EXPECT_EQ(failures, 0u);
  std::printf("SaudiNewsNet: %zu articles, %.1f MB of text in %.2f s: %.1f MB/s, %.0f articles/s\n",
              articles, text_bytes / 1e6, seconds, text_bytes / 1e6 / seconds, articles / seconds);
}

}  // namespace
}  // namespace marsad::read
