// InputFormat names the kinds of input the reader understands, and tells which one a file is:
// from its extension when it has a known one, else by sniffing its first bytes.
#ifndef MARSAD_READ_INPUT_FORMAT_H_
#define MARSAD_READ_INPUT_FORMAT_H_

#include <string_view>

namespace marsad::read {

enum class InputFormat { kText, kHtml, kJsonArray, kJsonLines, kZip, kUnknown };

// The format a file name's extension stands for (case-insensitive), or kUnknown.
InputFormat FormatOfName(std::string_view name);

// Guesses the format from the first bytes of an input: zip magic, JSON array or object
// lines, HTML markup, else text. Returns kUnknown for bytes that look like no text at all
// (NUL bytes); the decoder then says why.
InputFormat SniffFormat(std::string_view head);

// "text", "HTML", ... for messages.
std::string_view FormatName(InputFormat format);

}  // namespace marsad::read

#endif  // MARSAD_READ_INPUT_FORMAT_H_
