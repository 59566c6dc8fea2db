#include "store/exporter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/ingester.h"
#include "store/store_test_base.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class ExporterTest : public testing::StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (HasFatalFailure()) return;
    Ingester ingester(&*store_);
    ASSERT_TRUE(ingester.Add(MakeAnalysis("a", "الرياض, \"تستقبل\"\nسطر", "http://x/1")).ok());
    ASSERT_TRUE(ingester.Add(MakeAnalysis("b", "طهران ترد", "http://x/2", "okaz")).ok());
    ASSERT_TRUE(ingester.Finish().ok());
  }
  std::vector<std::string> Lines(ExportTable table, ExportFormat format) {
    char* buffer = nullptr;
    size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    auto rows = Export(&*store_, table, format, out);
    std::fclose(out);
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    std::vector<std::string> lines;
    std::istringstream in(std::string(buffer, size));
    std::free(buffer);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
};

TEST_F(ExporterTest, EventsAsGdeltRows) {
  std::vector<std::string> lines = Lines(ExportTable::kEvents, ExportFormat::kGdelt);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(std::count(lines[0].begin(), lines[0].end(), '\t'), 60);
  EXPECT_EQ(lines[0].rfind("1\t20150721\t201507\t2015\t", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("\tSAUGOV\t"), std::string::npos);
  EXPECT_EQ(lines[0].substr(lines[0].rfind('\t') + 1), "http://x/1");
}

TEST_F(ExporterTest, ArticlesAsJsonlKeepTheAnalysisRecord) {
  std::vector<std::string> lines = Lines(ExportTable::kArticles, ExportFormat::kJsonl);
  ASSERT_EQ(lines.size(), 2u);
  auto record = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(record["id"], "b");
  EXPECT_EQ(record["store_id"], 2);
  EXPECT_TRUE(record.contains("events"));
}

TEST_F(ExporterTest, CsvQuotesFieldsWithCommasAndQuotes) {
  std::vector<std::string> lines = Lines(ExportTable::kQuotes, ExportFormat::kCsv);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0],
            "id,article,url,outlet,published,speaker_text,speaker_actor,cue,start,end,text");
  EXPECT_NE(lines[1].find("\"الرياض, \"\"تستقبل\"\"\""), std::string::npos) << lines[1];
}

TEST_F(ExporterTest, GdeltIsForEventsOnly) {
  auto rows = Export(&*store_, ExportTable::kQuotes, ExportFormat::kGdelt, stdout);
  EXPECT_FALSE(rows.ok());
  EXPECT_FALSE(ParseExportFormat("xml").ok());
  EXPECT_FALSE(ParseExportTable("people").ok());
}

TEST_F(ExporterTest, ReadEventsFilters) {
  EventQuery query;
  query.actor = "SAU";
  auto events = ReadEvents(&*store_, query);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 2u);
  query.code = "19";
  events = ReadEvents(&*store_, query);
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(events->empty());
}

}  // namespace
}  // namespace marsad::store
