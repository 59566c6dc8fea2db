#include "core/tsv_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace marsad {
namespace {

// A file of the test's own, so that tests running in parallel do not share it.
std::string WriteTemp(const std::string& content) {
  const auto* test = testing::UnitTest::GetInstance()->current_test_info();
  std::string path = testing::TempDir() + "/tsv_file_test_" + test->name() + ".tsv";
  std::ofstream(path) << content;
  return path;
}

TEST(TsvFileTest, SkipsCommentsAndBlankLinesAndStripsCarriageReturns) {
  std::string path = WriteTemp("# header\n\na\tb\r\nc\t\td\n");
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> lines;
  Status status = ForEachTsvRow(path, [&](const std::vector<std::string>& f, size_t line) {
    rows.push_back(f);
    lines.push_back(line);
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.message();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"c", "", "d"}));
  EXPECT_EQ(lines, (std::vector<size_t>{3, 4}));
}

TEST(TsvFileTest, RowErrorNamesFileAndLine) {
  std::string path = WriteTemp("ok\nbad\n");
  Status status = ForEachTsvRow(path, [](const std::vector<std::string>& f, size_t) {
    return f[0] == "bad" ? Status::Error("not good") : Status::Ok();
  });
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.message(), path + ":2: not good");
}

TEST(TsvFileTest, MissingFileIsAnError) {
  Status status =
      ForEachTsvRow("/nonexistent/x.tsv", [](const auto&, size_t) { return Status::Ok(); });
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "cannot read /nonexistent/x.tsv");
}

}  // namespace
}  // namespace marsad
