// ZipMembers reads the files inside a zip archive in place, one member at a time, from a
// file (streamed through libarchive, no temporary files) or from memory. A member over the
// size limit or one that cannot be decompressed is reported on its own; a truncated or
// corrupt archive ends the walk with an error after the members read so far.
#ifndef MARSAD_READ_ZIP_MEMBERS_H_
#define MARSAD_READ_ZIP_MEMBERS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace marsad::read {

// Called once per regular file in the archive with its name and either its bytes or the
// reason it could not be read. The bytes are followed by at least ZipMembers::kSlackBytes
// readable bytes of their buffer.
using ZipMemberSink =
    std::function<void(const std::string& member, const Expected<std::string_view>& bytes)>;

class ZipMembers {
 public:
  // Readable bytes after every member's data, so that a parser which reads a little past the
  // end (JSON) can read the data where it lies.
  static constexpr size_t kSlackBytes = 64;

  explicit ZipMembers(size_t max_member_bytes) : max_member_bytes_(max_member_bytes) {}

  // Walks the archive at path. Errors: "truncated zip: ...", "corrupt zip: ...",
  // "zip archive holds no files", "cannot open ...".
  Status ReadFile(const std::string& path, const ZipMemberSink& sink) const;
  // Walks an archive held in memory.
  Status ReadBuffer(std::string_view bytes, const ZipMemberSink& sink) const;

 private:
  size_t max_member_bytes_;
};

}  // namespace marsad::read

#endif  // MARSAD_READ_ZIP_MEMBERS_H_
