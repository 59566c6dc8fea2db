#include "read/folder_walker.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/read_test_support.h"

namespace marsad::read {
namespace {

TEST(ListFolderTest, FollowsPythonSortedOsWalkOrder) {
  testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  for (const char* file : {"b.txt", "a.txt", "sub/z.txt", "sub/a.txt", "sub-x/m.txt",
                           "sub/deeper/k.txt", "A.txt", "sub0/q.json"}) {
    dir.Write(file, "x");
  }
  auto listing = ListFolder(dir.path());
  ASSERT_TRUE(listing.ok()) << listing.status().message();
  const std::string root = dir.path();
  // Roots sorted as strings: "sub-x" < "sub" + "/..." because '-' < '/'; and "sub/deeper"
  // comes after "sub" but before "sub0".
  EXPECT_EQ(listing->files, (std::vector<std::string>{
                                root + "/A.txt", root + "/a.txt", root + "/b.txt",
                                root + "/sub/a.txt", root + "/sub/z.txt", root + "/sub-x/m.txt",
                                root + "/sub/deeper/k.txt", root + "/sub0/q.json"}))
      << "wrong order";
  EXPECT_TRUE(listing->problems.empty());
}

TEST(ListFolderTest, TrailingSlashIsKeptAsPythonJoinsIt) {
  testing::TempDir dir;
  dir.Write("x/a.txt", "x");
  auto listing = ListFolder(dir.path() + "/");
  ASSERT_TRUE(listing.ok());
  ASSERT_EQ(listing->files.size(), 1u);
  EXPECT_EQ(listing->files[0], dir.path() + "/x/a.txt");
}

TEST(ListFolderTest, LinksToFoldersAreNotEntered) {
  testing::TempDir dir;
  dir.Write("real/a.txt", "x");
  std::filesystem::create_directory_symlink(dir.path() + "/real", dir.path() + "/link");
  auto listing = ListFolder(dir.path());
  ASSERT_TRUE(listing.ok());
  EXPECT_EQ(listing->files, std::vector<std::string>{dir.path() + "/real/a.txt"});
}

TEST(ListFolderTest, MissingFolderIsAnError) {
  EXPECT_FALSE(ListFolder("/nonexistent/marsad/folder").ok());
}

}  // namespace
}  // namespace marsad::read
