// Builds zip archives in memory for the reader's tests, with libarchive's writer, so that no
// binary fixture needs committing.
#ifndef MARSAD_READ_ZIP_TEST_SUPPORT_H_
#define MARSAD_READ_ZIP_TEST_SUPPORT_H_

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <utility>
#include <vector>

namespace marsad::read::testing {

// A zip holding the given (name, bytes) members, deflated.
inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out(1u << 20, '\0');
  for (const auto& member : members) out.resize(out.size() + member.second.size() * 2);
  size_t used = 0;
  archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  archive_write_open_memory(a, out.data(), out.size(), &used);
  for (const auto& [name, bytes] : members) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(a, entry);
    archive_write_data(a, bytes.data(), bytes.size());
    archive_entry_free(entry);
  }
  archive_write_close(a);
  archive_write_free(a);
  out.resize(used);
  return out;
}

}  // namespace marsad::read::testing

#endif  // MARSAD_READ_ZIP_TEST_SUPPORT_H_
