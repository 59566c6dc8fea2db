#include "read/input_name.h"

#include <gtest/gtest.h>

namespace marsad::read {
namespace {

TEST(FileStemTest, DropsFolderAndLastExtension) {
  EXPECT_EQ(FileStem("samples/seeds/000_f81f6a2d2602c42a.txt"), "000_f81f6a2d2602c42a");
  EXPECT_EQ(FileStem("a.tar.gz"), "a.tar");
  EXPECT_EQ(FileStem("README"), "README");
  EXPECT_EQ(FileStem("dir/.hidden"), ".hidden");
  EXPECT_EQ(FileStem("x.dir/file"), "file");
}

TEST(InputNameTest, NamesFilesMembersItemsAndLines) {
  const InputName file = InputName::Of("data/2015-07-21.jsonl");
  EXPECT_EQ(file.input, "data/2015-07-21.jsonl");
  EXPECT_EQ(file.stem, "2015-07-21");
  EXPECT_EQ(file.Item(3), "data/2015-07-21.jsonl#3");
  EXPECT_EQ(file.Line(17), "data/2015-07-21.jsonl:17");
  const InputName member = InputName::Member("c/2015-07-21.zip", "2015-07-21.json");
  EXPECT_EQ(member.input, "c/2015-07-21.zip/2015-07-21.json");
  EXPECT_EQ(member.stem, "2015-07-21");
  EXPECT_EQ(InputName::Of("-").stem, "stdin");
}

}  // namespace
}  // namespace marsad::read
