#include "core/file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace marsad {
namespace {

TEST(ReadWholeFileTest, ReadsEveryByte) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("marsad_file_test_" +
                     std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".bin");
  constexpr char kBytes[] = "سطر\0\r\nثان";
  const std::string bytes(kBytes, sizeof(kBytes) - 1);
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  auto read = ReadWholeFile(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(*read, bytes);
}

TEST(ReadWholeFileTest, MissingFileNamesThePath) {
  auto read = ReadWholeFile("/nonexistent/marsad/no-such-file.tsv");
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("/nonexistent/marsad/no-such-file.tsv"),
            std::string::npos);
}

}  // namespace
}  // namespace marsad
