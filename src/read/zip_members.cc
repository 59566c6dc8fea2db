#include "read/zip_members.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include "read/size_limit.h"

namespace marsad::read {
namespace {

struct ArchiveCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

std::string ErrorOf(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown error";
}

Status ArchiveError(archive* a) {
  const std::string message = ErrorOf(a);
  const bool truncated = message.find("runcated") != std::string::npos ||
                         message.find("premature") != std::string::npos ||
                         message.find("end of file") != std::string::npos;
  return Status::Error((truncated ? "truncated zip: " : "corrupt zip: ") + message);
}

ArchivePtr NewZipReader() {
  ArchivePtr a(archive_read_new());
  if (a) archive_read_support_format_zip(a.get());
  return a;
}

bool IsMetadataMember(std::string_view name) {
  return name.rfind("__MACOSX/", 0) == 0 || name.find("/._") != std::string_view::npos ||
         name.rfind("._", 0) == 0;
}

// Reads one member's data into *bytes; an error for an over-size or undecodable member.
Expected<std::string_view> ReadData(archive* a, archive_entry* entry, size_t limit,
                                    std::string* bytes) {
  if (archive_entry_size_is_set(entry) != 0) {
    const auto declared = archive_entry_size(entry);
    if (declared > 0 && static_cast<uint64_t>(declared) > limit) {
      return Status::Error(OverLimitReason("file", static_cast<size_t>(declared), limit));
    }
    if (declared > 0) bytes->reserve(static_cast<size_t>(declared) + ZipMembers::kSlackBytes);
  }
  char chunk[1 << 16];
  while (true) {
    const la_ssize_t got = archive_read_data(a, chunk, sizeof(chunk));
    if (got == 0) break;
    if (got < 0) return Status::Error("cannot decompress: " + ErrorOf(a));
    if (bytes->size() + static_cast<size_t>(got) > limit) {
      return Status::Error("file of more than " + std::to_string(limit) + " bytes is over the " +
                           DescribeLimit(limit) + " limit");
    }
    bytes->append(chunk, static_cast<size_t>(got));
  }
  if (bytes->capacity() - bytes->size() < ZipMembers::kSlackBytes) {
    bytes->reserve(bytes->size() + ZipMembers::kSlackBytes);
  }
  return std::string_view(*bytes);
}

Status Walk(archive* a, size_t limit, const ZipMemberSink& sink) {
  size_t members = 0;
  archive_entry* entry = nullptr;
  while (true) {
    const int result = archive_read_next_header(a, &entry);
    if (result == ARCHIVE_EOF) break;
    if (result != ARCHIVE_OK && result != ARCHIVE_WARN) return ArchiveError(a);
    const char* raw_name = archive_entry_pathname(entry);
    std::string name = raw_name != nullptr ? raw_name : "member" + std::to_string(members + 1);
    if (archive_entry_filetype(entry) != AE_IFREG || IsMetadataMember(name)) {
      archive_read_data_skip(a);
      continue;
    }
    ++members;
    std::string bytes;
    sink(name, ReadData(a, entry, limit, &bytes));
  }
  if (members == 0) return Status::Error("zip archive holds no files");
  return Status::Ok();
}

}  // namespace

Status ZipMembers::ReadFile(const std::string& path, const ZipMemberSink& sink) const {
  ArchivePtr a = NewZipReader();
  if (!a) return Status::Error("cannot start libarchive");
  if (archive_read_open_filename(a.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
    return ArchiveError(a.get());
  }
  return Walk(a.get(), max_member_bytes_, sink);
}

Status ZipMembers::ReadBuffer(std::string_view bytes, const ZipMemberSink& sink) const {
  ArchivePtr a = NewZipReader();
  if (!a) return Status::Error("cannot start libarchive");
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    return ArchiveError(a.get());
  }
  return Walk(a.get(), max_member_bytes_, sink);
}

}  // namespace marsad::read
