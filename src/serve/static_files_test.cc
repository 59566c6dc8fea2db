#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace marsad::serve {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("marsad-web-" + std::to_string(getpid()));
    fs::create_directories(root_ / "web");
    std::ofstream(root_ / "web" / "index.html") << "<html>مرحبا</html>";
    std::ofstream(root_ / "web" / "app.js") << "1;";
    std::ofstream(root_ / "web" / ".secret") << "s";
    std::ofstream(root_ / "outside.txt") << "private";
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirType) {
  StaticFiles files((root_ / "web").string());
  HttpResponse index = files.Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<html>مرحبا</html>");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(files.Get("/app.js").content_type, "text/javascript; charset=utf-8");
}

TEST_F(StaticFilesTest, NothingOutsideTheRootOrHidden) {
  StaticFiles files((root_ / "web").string());
  for (const char* path :
       {"/../outside.txt", "/a/../../outside.txt", "/.secret", "/missing", "//etc/passwd"}) {
    EXPECT_EQ(files.Get(path).status, 404) << path;
  }
}

TEST(ResolveWebDirTest, FlagWins) { EXPECT_EQ(ResolveWebDir("/x/web"), "/x/web"); }

}  // namespace
}  // namespace marsad::serve
