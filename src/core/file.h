// Whole-file reads for the data files the stages load at start-up (lexicons, models, tables):
// one read into one string, with the path in the error when the file cannot be read.
#ifndef MARSAD_CORE_FILE_H_
#define MARSAD_CORE_FILE_H_

#include <string>

#include "core/status.h"

namespace marsad {

// The bytes of the file at `path`, or an error naming it.
Expected<std::string> ReadWholeFile(const std::string& path);

}  // namespace marsad

#endif  // MARSAD_CORE_FILE_H_
