// The NER model file is plain text made of sections, each opened by a header line
// "<name> <count>" and followed by <count> lines. These helpers read it line by line from a
// string_view, so every section parser (weights, lexicon, vocabulary) shares one reading of it.
#ifndef MARSAD_ACTORS_NER_MODEL_TEXT_H_
#define MARSAD_ACTORS_NER_MODEL_TEXT_H_

#include <cstddef>
#include <string_view>

#include "core/status.h"

namespace marsad::actors {

// Removes the first line (without its '\n') from *text and returns it.
std::string_view TakeLine(std::string_view* text);

// Reads the header line "<name> <count>" of a section from *text and returns the count; an
// error names the section when the line is not such a header.
Expected<size_t> TakeSectionHeader(std::string_view name, std::string_view* text);

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_MODEL_TEXT_H_
