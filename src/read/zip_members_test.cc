#include "read/zip_members.h"

#include <gtest/gtest.h>

#include "read/read_test_support.h"
#include "read/zip_test_support.h"

namespace marsad::read {
namespace {

struct Member {
  std::string name;
  std::string bytes_or_error;
  bool ok;
  friend bool operator==(const Member&, const Member&) = default;
};

Status Collect(const ZipMembers& zip, std::string_view archive, std::vector<Member>* out) {
  return zip.ReadBuffer(archive, [&](const std::string& name, const Expected<std::string_view>& b) {
    out->push_back({name, b.ok() ? std::string(*b) : b.status().message(), b.ok()});
  });
}

TEST(ZipMembersTest, ReadsEveryFileInOrderFromMemoryAndFromDisk) {
  const std::string zip =
      testing::MakeZip({{"a.json", "[1]"}, {"sub/b.txt", "نص"}, {"__MACOSX/._a.json", "junk"}});
  std::vector<Member> members;
  ASSERT_TRUE(Collect(ZipMembers(1000), zip, &members).ok());
  const std::vector<Member> want = {{"a.json", "[1]", true}, {"sub/b.txt", "نص", true}};
  EXPECT_EQ(members, want);

  testing::TempDir dir;
  const std::string path = dir.Write("x.zip", zip);
  std::vector<Member> from_disk;
  Status status = ZipMembers(1000).ReadFile(
      path, [&](const std::string& name, const Expected<std::string_view>& b) {
        from_disk.push_back({name, b.ok() ? std::string(*b) : b.status().message(), b.ok()});
      });
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(from_disk, want);
}

TEST(ZipMembersTest, OverSizeMemberFailsAloneAndTheRestIsRead) {
  const std::string zip =
      testing::MakeZip({{"big.txt", std::string(5000, 'x')}, {"small.txt", "ok"}});
  std::vector<Member> members;
  ASSERT_TRUE(Collect(ZipMembers(1000), zip, &members).ok());
  ASSERT_EQ(members.size(), 2u);
  EXPECT_FALSE(members[0].ok);
  EXPECT_NE(members[0].bytes_or_error.find("over the 1000 bytes limit"), std::string::npos);
  EXPECT_EQ(members[1], (Member{"small.txt", "ok", true}));
}

TEST(ZipMembersTest, TruncatedArchiveIsAnErrorAfterWhatCouldBeRead) {
  const std::string zip =
      testing::MakeZip({{"a.txt", "first member"}, {"b.txt", std::string(20000, 'y') + "tail"}});
  std::vector<Member> members;
  const Status status = Collect(ZipMembers(1u << 20), zip.substr(0, zip.size() / 2), &members);
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(status.message().rfind("truncated zip: ", 0) == 0 ||
              (!members.empty() && !members.back().ok))
      << status.message();
  ASSERT_FALSE(members.empty());
  EXPECT_EQ(members[0], (Member{"a.txt", "first member", true}));
}

TEST(ZipMembersTest, GarbageAndEmptyArchivesAreErrors) {
  std::vector<Member> members;
  EXPECT_FALSE(Collect(ZipMembers(1000), "PK\x03\x04 not really a zip at all", &members).ok());
  EXPECT_FALSE(Collect(ZipMembers(1000), testing::MakeZip({}), &members).ok());
  EXPECT_FALSE(Collect(ZipMembers(1000), "", &members).ok());
  EXPECT_TRUE(members.empty());
}

TEST(ZipMembersTest, MissingFileIsAnError) {
  const Status status = ZipMembers(1000).ReadFile(
      "/nonexistent/x.zip", [](const std::string&, const Expected<std::string_view>&) {});
  EXPECT_FALSE(status.ok());
}

}  // namespace
}  // namespace marsad::read
