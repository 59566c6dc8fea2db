// FolderWalker lists the files under a folder in the order marsad reads them, which is the
// order of Python's `for root, _, files in sorted(os.walk(p))`, then `sorted(files)` (the
// order shared/tools/check-output expects): every folder by its full path string, and in
// each folder its files by name. Links to folders are listed as folders but not entered.
#ifndef MARSAD_READ_FOLDER_WALKER_H_
#define MARSAD_READ_FOLDER_WALKER_H_

#include <string>
#include <vector>

#include "core/status.h"

namespace marsad::read {

struct FolderProblem {
  std::string folder;  // the sub-folder that could not be listed
  std::string reason;  // "cannot list folder: <why>"
};

struct FolderListing {
  std::vector<std::string> files;       // paths as root + "/" + name (root as given)
  std::vector<FolderProblem> problems;  // sub-folders that could not be listed
};

// Lists the files under root (a folder). An error when root itself cannot be listed.
Expected<FolderListing> ListFolder(const std::string& root);

}  // namespace marsad::read

#endif  // MARSAD_READ_FOLDER_WALKER_H_
