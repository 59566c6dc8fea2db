#include "read/json_articles.h"

#include <gtest/gtest.h>

#include "read/read_test_support.h"

namespace marsad::read {
namespace {

using testing::AsArticle;
using testing::AsFailure;

std::vector<ReadResult> ReadDocument(std::string_view json, const ReadOptions& options = {}) {
  std::vector<ReadResult> results;
  JsonArticles(options).ReadDocument(InputName::Of("dir/news.json"), json,
                                     [&](ReadResult&& r) { results.push_back(std::move(r)); });
  return results;
}

std::vector<ReadResult> ReadLines(std::string_view jsonl, const ReadOptions& options = {}) {
  std::vector<ReadResult> results;
  LineReader lines(jsonl, options.max_article_bytes);
  JsonArticles(options).ReadLines(InputName::Of("dir/news.jsonl"), &lines,
                                  [&](ReadResult&& r) { results.push_back(std::move(r)); });
  return results;
}

TEST(JsonArticlesTest, ArrayItemsBecomeArticlesWithTheirMetadata) {
  const auto results = ReadDocument(R"([
    {"source": "okaz", "url": "http://u/1", "date_extracted": "2015-07-21 02:51:32",
     "title": "عنوان", "author": "كاتب", "content": "نص"},
    {"id": 77, "published": "2015-08-02T10:00:00", "content": "نص آخر"}])");
  ASSERT_EQ(results.size(), 2u);
  const Article* first = AsArticle(results[0]);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->id, "news#1");
  EXPECT_EQ(first->input, "dir/news.json");
  EXPECT_EQ(first->text, "عنوان\nنص");
  EXPECT_EQ(first->title, "عنوان");
  EXPECT_EQ(first->outlet, "okaz");
  EXPECT_EQ(first->url, "http://u/1");
  EXPECT_EQ(first->author, "كاتب");
  EXPECT_EQ(first->published, "2015-07-21");
  const Article* second = AsArticle(results[1]);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->id, "77");
  EXPECT_EQ(second->text, "\nنص آخر");
  EXPECT_EQ(second->published, "2015-08-02");
}

TEST(JsonArticlesTest, PublishedOptionFillsMissingDates) {
  ReadOptions options;
  options.published = "2020-01-02";
  const auto results = ReadDocument(R"({"title": "t", "content": "c"})", options);
  ASSERT_EQ(results.size(), 1u);
  ASSERT_NE(AsArticle(results[0]), nullptr);
  EXPECT_EQ(AsArticle(results[0])->published, "2020-01-02");
  EXPECT_EQ(AsArticle(results[0])->id, "news");  // one object: the file stem
}

TEST(JsonArticlesTest, ItemsWithoutContentOrNotObjectsFailAlone) {
  const auto results = ReadDocument(
      R"([{"title": "t"}, 5, {"content": 7}, {"content": "c"}, {"title": "t", "content": " "}])");
  ASSERT_EQ(results.size(), 5u);
  ASSERT_NE(AsFailure(results[0]), nullptr);
  EXPECT_EQ(AsFailure(results[0])->input, "dir/news.json#1");
  EXPECT_EQ(AsFailure(results[0])->reason, "JSON item without content");
  ASSERT_NE(AsFailure(results[1]), nullptr);
  EXPECT_EQ(AsFailure(results[1])->reason, "JSON item is not an object");
  ASSERT_NE(AsFailure(results[2]), nullptr);
  EXPECT_EQ(AsFailure(results[2])->input, "dir/news.json#3");
  ASSERT_NE(AsArticle(results[3]), nullptr);
  EXPECT_EQ(AsArticle(results[3])->id, "news#4");
  EXPECT_TRUE(AsArticle(results[3])->warnings.empty());
  // SaudiNewsNet has a few hundred items whose content is " ": they are still articles.
  ASSERT_NE(AsArticle(results[4]), nullptr);
  EXPECT_EQ(AsArticle(results[4])->text, "t\n ");
  EXPECT_EQ(AsArticle(results[4])->warnings, std::vector<std::string>{"blank content"});
}

TEST(JsonArticlesTest, MalformedDocumentIsOneFailure) {
  const auto results = ReadDocument(R"([{"content": "x"}, {"content": ])");
  ASSERT_EQ(results.size(), 1u);
  ASSERT_NE(AsFailure(results[0]), nullptr);
  EXPECT_EQ(AsFailure(results[0])->input, "dir/news.json");
  EXPECT_EQ(AsFailure(results[0])->reason.rfind("malformed JSON: ", 0), 0u);
}

TEST(JsonArticlesTest, EmptyArrayAndScalarsAreFailures) {
  EXPECT_NE(AsFailure(ReadDocument("[]")[0]), nullptr);
  EXPECT_NE(AsFailure(ReadDocument("42")[0]), nullptr);
  EXPECT_EQ(AsFailure(ReadDocument("")[0])->reason, "empty file");
}

TEST(JsonArticlesTest, OverLongArticleFails) {
  ReadOptions options;
  options.max_article_bytes = 10;
  const auto results = ReadDocument(R"([{"title": "12345", "content": "123456"}])", options);
  ASSERT_NE(AsFailure(results[0]), nullptr);
  EXPECT_EQ(AsFailure(results[0])->reason, "article of 12 bytes is over the 10 bytes limit");
}

TEST(JsonArticlesTest, BadLineFailsThatLineOnlyAndIsNamedByLineNumber) {
  const auto results = ReadLines(
      "\xEF\xBB\xBF{\"content\": \"a\"}\n\n{\"id\": \"x\", \"content\": \"b\"}\n{\"content\": "
      "\n{\"content\": \"d\"}\n");
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(AsArticle(results[0])->id, "news#1");
  EXPECT_EQ(AsArticle(results[1])->id, "x");
  const ReadFailure* bad = AsFailure(results[2]);
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->input, "dir/news.jsonl:4");
  EXPECT_EQ(bad->reason.rfind("malformed JSON at line 4: ", 0), 0u) << bad->reason;
  ASSERT_NE(AsArticle(results[3]), nullptr);
  EXPECT_EQ(AsArticle(results[3])->id, "news#4");
  EXPECT_EQ(AsArticle(results[3])->text, "\nd");
}

TEST(JsonArticlesTest, LegacyEncodedLineIsConverted) {
  const std::string line = "{\"content\": \"" + testing::Windows1256Sample() + "\"}";
  const auto results = ReadLines(line);
  ASSERT_EQ(results.size(), 1u);
  const Article* article = AsArticle(results[0]);
  ASSERT_NE(article, nullptr);
  EXPECT_EQ(article->text, "\n" + std::string(testing::kSampleUtf8));
  EXPECT_EQ(article->warnings, std::vector<std::string>{"converted from windows-1256"});
}

TEST(JsonArticlesTest, LegacyEncodedDocumentIsConvertedAndBinaryRefused) {
  const std::string json = "[{\"content\": \"" + testing::Windows1256Sample() + "\"}]";
  const auto results = ReadDocument(json);
  ASSERT_EQ(results.size(), 1u);
  ASSERT_NE(AsArticle(results[0]), nullptr);
  EXPECT_EQ(AsArticle(results[0])->text, "\n" + std::string(testing::kSampleUtf8));
  EXPECT_EQ(AsArticle(results[0])->warnings,
            std::vector<std::string>{"converted from windows-1256"});
  const auto binary = ReadDocument(std::string_view("[{\"content\": \"a\0\"}]", 19));
  ASSERT_EQ(binary.size(), 1u);
  ASSERT_NE(AsFailure(binary[0]), nullptr);
  EXPECT_EQ(AsFailure(binary[0])->reason, "binary file (NUL bytes), not text");
}

TEST(JsonArticlesTest, BlankJsonLinesFileIsEmpty) {
  const auto results = ReadLines("\n  \n");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(AsFailure(results[0])->reason, "empty file");
}

TEST(JsonArticlesTest, FixtureJsonLines) {
  Reader reader({});
  const auto results = testing::ReadAllOf(reader, testing::FixturePath("articles.jsonl"));
  ASSERT_EQ(results.size(), 5u);
  ASSERT_NE(AsArticle(results[0]), nullptr);
  ASSERT_NE(AsArticle(results[1]), nullptr);
  EXPECT_EQ(AsArticle(results[1])->id, "custom-7");
  ASSERT_NE(AsFailure(results[2]), nullptr);
  EXPECT_EQ(AsFailure(results[2])->input, testing::FixturePath("articles.jsonl") + ":4");
  ASSERT_NE(AsArticle(results[3]), nullptr);
  EXPECT_EQ(AsArticle(results[3])->warnings, std::vector<std::string>{"blank content"});
  ASSERT_NE(AsArticle(results[4]), nullptr);
  EXPECT_EQ(AsArticle(results[4])->id, "articles#5");
}

}  // namespace
}  // namespace marsad::read
