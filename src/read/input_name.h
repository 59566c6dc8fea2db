// InputName is how an input is named in Articles and ReadFailures: the path as given (for a
// member of a zip archive, "archive.zip/member.json") and the stem that ids derive from
// (the file name without its extension; "stdin" for standard input).
#ifndef MARSAD_READ_INPUT_NAME_H_
#define MARSAD_READ_INPUT_NAME_H_

#include <string>
#include <string_view>

namespace marsad::read {

struct InputName {
  std::string input;  // the path as given; "-" for standard input
  std::string stem;   // the file name without its extension

  // Names the input at path ("-" is standard input).
  static InputName Of(std::string_view path);
  // Names a member of an archive: input "archive/member", stem from the member's file name.
  static InputName Member(std::string_view archive, std::string_view member);
  // "<input>#<n>": the n-th item of a multi-article input.
  std::string Item(size_t n) const { return input + "#" + std::to_string(n); }
  // "<input>:<n>": line n of a line-oriented input.
  std::string Line(size_t n) const { return input + ":" + std::to_string(n); }
};

// The file name of path without its last extension, as Python's splitext does it.
std::string FileStem(std::string_view path);

}  // namespace marsad::read

#endif  // MARSAD_READ_INPUT_NAME_H_
