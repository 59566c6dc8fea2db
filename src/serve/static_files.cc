#include "serve/static_files.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace marsad::serve {
namespace {

namespace fs = std::filesystem;

std::string ContentType(const fs::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  return "application/octet-stream";
}

bool IsSafe(const std::string& path) {
  if (path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) return false;
  for (const auto& part : fs::path(path)) {
    const std::string name = part.string();
    if (name == ".." || (name.size() > 1 && name[0] == '.')) return false;
  }
  return true;
}

}  // namespace

HttpResponse StaticFiles::Get(const std::string& path) const {
  if (!IsSafe(path)) return HttpResponse::Error(404, "not found");
  const std::string relative = path == "/" ? "index.html" : path.substr(1);
  std::error_code error;
  const fs::path root = fs::canonical(root_, error);
  if (error) return HttpResponse::Error(404, "the web UI folder is missing: " + root_);
  const fs::path file = fs::weakly_canonical(root / relative, error);
  const std::string file_text = file.string();
  const std::string root_text = root.string() + "/";
  if (error || file_text.compare(0, root_text.size(), root_text) != 0 ||
      !fs::is_regular_file(file, error)) {
    return HttpResponse::Error(404, "not found");
  }
  std::ifstream in(file, std::ios::binary);
  HttpResponse response;
  response.content_type = ContentType(file);
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return response;
}

std::string ResolveWebDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("MARSAD_WEB"); env != nullptr && *env != '\0') return env;
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "marsad" / "web";
    if (fs::is_directory(installed, error)) return installed.string();
  }
  return std::string(MARSAD_SOURCE_DIR) + "/web";
}

}  // namespace marsad::serve
