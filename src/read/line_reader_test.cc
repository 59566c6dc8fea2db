#include "read/line_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace marsad::read {
namespace {

struct Seen {
  std::string text;
  size_t number;
  size_t length;
  bool too_long;
  friend bool operator==(const Seen&, const Seen&) = default;
};

std::vector<Seen> AllLines(LineReader* reader) {
  std::vector<Seen> seen;
  LineReader::Line line;
  while (reader->Next(&line)) {
    seen.push_back({std::string(line.text), line.number, line.length, line.too_long});
  }
  return seen;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::unique_ptr<std::FILE, FileCloser> TempFileWith(const std::string& bytes) {
  std::unique_ptr<std::FILE, FileCloser> file(std::tmpfile());
  std::fwrite(bytes.data(), 1, bytes.size(), file.get());
  std::rewind(file.get());
  return file;
}

TEST(LineReaderTest, SplitsMemoryAtNewlinesAndDropsCarriageReturns) {
  LineReader reader(std::string_view("a\r\n\nbb\nccc"), 100);
  const std::vector<Seen> want = {
      {"a", 1, 1, false}, {"", 2, 0, false}, {"bb", 3, 2, false}, {"ccc", 4, 3, false}};
  EXPECT_EQ(AllLines(&reader), want);
}

TEST(LineReaderTest, NoLinesInEmptyInput) {
  LineReader reader(std::string_view(""), 100);
  EXPECT_TRUE(AllLines(&reader).empty());
}

TEST(LineReaderTest, FileAndMemoryGiveTheSameLines) {
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes += "سطر رقم " + std::to_string(i) + "\n";
  LineReader from_memory(bytes, 1000);
  auto file = TempFileWith(bytes);
  LineReader from_file(file.get(), 1000);
  const auto want = AllLines(&from_memory);
  EXPECT_EQ(want.size(), 5000u);
  EXPECT_EQ(AllLines(&from_file), want);
  EXPECT_FALSE(from_file.failed());
}

TEST(LineReaderTest, OverLongLinesAreSkippedWithTheirLength) {
  const std::string big(3u << 20, 'x');  // spans several read chunks
  const std::string bytes = "short\n" + big + "\nafter\n" + big;
  const std::vector<Seen> want = {{"short", 1, 5, false},
                                  {"", 2, big.size(), true},
                                  {"after", 3, 5, false},
                                  {"", 4, big.size(), true}};
  auto file = TempFileWith(bytes);
  LineReader from_file(file.get(), 1000);
  EXPECT_EQ(AllLines(&from_file), want);
  LineReader from_memory(bytes, 1000);
  EXPECT_EQ(AllLines(&from_memory), want);
}

TEST(LineReaderTest, LineOfExactlyTheLimitIsKept) {
  const std::string bytes = std::string(10, 'y') + "\n" + std::string(11, 'z');
  auto file = TempFileWith(bytes);
  LineReader reader(file.get(), 10);
  const auto lines = AllLines(&reader);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_FALSE(lines[0].too_long);
  EXPECT_TRUE(lines[1].too_long);
  EXPECT_EQ(lines[1].length, 11u);
}

}  // namespace
}  // namespace marsad::read
