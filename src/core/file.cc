#include "core/file.h"

#include <fstream>

namespace marsad {

Expected<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot read " + path);
  std::string content;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::Error("cannot read " + path);
  content.resize(static_cast<size_t>(size));
  in.seekg(0, std::ios::beg);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (!in) return Status::Error("cannot read " + path);
  return content;
}

}  // namespace marsad
