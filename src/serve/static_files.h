// StaticFiles serves the web UI's files from one folder: a request path maps to a file
// inside it (never outside: "..", hidden files and symlink escapes are refused), "/" to
// index.html, with a content type from the extension.
#ifndef MARSAD_SERVE_STATIC_FILES_H_
#define MARSAD_SERVE_STATIC_FILES_H_

#include <string>

#include "serve/http_message.h"

namespace marsad::serve {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root) : root_(std::move(root)) {}

  // 404 when the path names no file under the root.
  HttpResponse Get(const std::string& path) const;

 private:
  std::string root_;
};

// The web UI folder: $MARSAD_WEB, else share/marsad/web beside the binary's prefix, else the
// source tree's web/.
std::string ResolveWebDir(const std::string& flag);

}  // namespace marsad::serve

#endif  // MARSAD_SERVE_STATIC_FILES_H_
