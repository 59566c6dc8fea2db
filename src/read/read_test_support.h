// Helpers shared by the reader's tests: where the fixtures and ../shared are, a temporary
// folder that cleans up after itself, and collecting what a Reader yields.
#ifndef MARSAD_READ_READ_TEST_SUPPORT_H_
#define MARSAD_READ_READ_TEST_SUPPORT_H_

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "read/reader.h"

namespace marsad::read::testing {

inline std::string FixturePath(std::string_view name) {
  return std::string(MARSAD_SOURCE_DIR "/tests/fixtures/read/") + std::string(name);
}

// $MARSAD_SHARED, else the shared/ folder beside the source tree; empty when absent.
inline std::string SharedDir() {
  const char* env = std::getenv("MARSAD_SHARED");
  std::string dir = env != nullptr && *env != '\0' ? env : MARSAD_SOURCE_DIR "/../shared";
  return std::filesystem::is_directory(dir) ? dir : "";
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "marsad-read-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // Writes bytes to path()/relative (creating folders) and returns the full path.
  std::string Write(const std::string& relative, std::string_view bytes) const {
    const std::filesystem::path full = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return full.string();
  }

 private:
  std::string path_;
};

inline std::vector<ReadResult> ReadAllOf(const Reader& reader, const std::string& path) {
  std::vector<ReadResult> results;
  reader.ReadPath(path, [&](ReadResult&& r) { results.push_back(std::move(r)); });
  return results;
}

inline std::vector<ReadResult> ReadAllOfBuffer(const Reader& reader, const std::string& name,
                                               std::string_view bytes) {
  std::vector<ReadResult> results;
  reader.ReadBuffer(name, bytes, [&](ReadResult&& r) { results.push_back(std::move(r)); });
  return results;
}

inline const Article* AsArticle(const ReadResult& result) { return std::get_if<Article>(&result); }
inline const ReadFailure* AsFailure(const ReadResult& result) {
  return std::get_if<ReadFailure>(&result);
}

// "windows-1256" bytes of «السلام عليكم ورحمة الله» (generated, not committed).
inline std::string Windows1256Sample() {
  return "\xC7\xE1\xD3\xE1\xC7\xE3 \xDA\xE1\xED\xDF\xE3 \xE6\xD1\xCD\xE3\xC9 \xC7\xE1\xE1\xE5";
}
// The same words in ISO-8859-6.
inline std::string Iso88596Sample() {
  return "\xC7\xE4\xD3\xE4\xC7\xE5 \xD9\xE4\xEA\xE3\xE5 \xE8\xD1\xCD\xE5\xC9 \xC7\xE4\xE4\xE7";
}
inline constexpr std::string_view kSampleUtf8 = "السلام عليكم ورحمة الله";

}  // namespace marsad::read::testing

#endif  // MARSAD_READ_READ_TEST_SUPPORT_H_
