#include "read/folder_walker.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

namespace marsad::read {
namespace {

namespace fs = std::filesystem;

// os.path.join(root, name): no separator is added when root already ends with one.
std::string JoinPath(const std::string& root, const std::string& name) {
  if (!root.empty() && root.back() == '/') return root + name;
  return root + "/" + name;
}

struct FolderEntries {
  std::vector<std::string> folders;  // names of sub-folders to enter
  std::vector<std::string> files;    // names of everything else
};

Expected<FolderEntries> ReadFolder(const std::string& folder) {
  std::error_code error;
  fs::directory_iterator it(folder, error);
  if (error) return Status::Error("cannot list folder: " + error.message());
  FolderEntries entries;
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) break;
    const fs::directory_entry& entry = *it;
    std::error_code kind_error;
    const bool is_folder = entry.is_directory(kind_error);  // follows links, as os.walk does
    const bool is_link = entry.is_symlink(kind_error);
    std::string name = entry.path().filename().string();
    if (!is_folder) {
      entries.files.push_back(std::move(name));
    } else if (!is_link) {
      entries.folders.push_back(std::move(name));
    }
  }
  if (error) return Status::Error("cannot list folder: " + error.message());
  return entries;
}

}  // namespace

Expected<FolderListing> ListFolder(const std::string& root) {
  auto top = ReadFolder(root);
  if (!top.ok()) return top.status();
  // Every folder under root with its file names, then sorted by the folder's path string.
  std::vector<std::pair<std::string, std::vector<std::string>>> folders;
  FolderListing listing;
  std::vector<std::pair<std::string, FolderEntries>> pending;
  pending.emplace_back(root, std::move(top).value());
  while (!pending.empty()) {
    auto [path, entries] = std::move(pending.back());
    pending.pop_back();
    for (const std::string& name : entries.folders) {
      const std::string child = JoinPath(path, name);
      auto sub = ReadFolder(child);
      if (sub.ok()) {
        pending.emplace_back(child, std::move(sub).value());
      } else {
        listing.problems.push_back({child, sub.status().message()});
      }
    }
    folders.emplace_back(std::move(path), std::move(entries.files));
  }
  std::sort(folders.begin(), folders.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [path, files] : folders) {
    std::sort(files.begin(), files.end());
    for (const std::string& name : files) listing.files.push_back(JoinPath(path, name));
  }
  return listing;
}

}  // namespace marsad::read
