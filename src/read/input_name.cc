#include "read/input_name.h"

namespace marsad::read {

std::string FileStem(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  // A leading dot (".profile") starts the name, not an extension.
  if (dot != std::string_view::npos && name.find_first_not_of('.') < dot) {
    name = name.substr(0, dot);
  }
  return std::string(name);
}

InputName InputName::Of(std::string_view path) {
  if (path == "-") return InputName{"-", "stdin"};
  return InputName{std::string(path), FileStem(path)};
}

InputName InputName::Member(std::string_view archive, std::string_view member) {
  return InputName{std::string(archive) + "/" + std::string(member), FileStem(member)};
}

}  // namespace marsad::read
