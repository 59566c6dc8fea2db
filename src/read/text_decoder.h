// TextDecoder turns the raw bytes of a text input into UTF-8 or says why they are not text:
// binary data (NUL bytes, control characters), nothing but white space, or invalid UTF-8
// that is no legacy Arabic encoding. UTF-8 passes through unchanged (a byte order mark is
// kept, so offsets stay offsets into the file); UTF-16 with a byte order mark, windows-1256
// and ISO-8859-6 (recognised as invalid UTF-8 that decodes to plausible Arabic) are
// converted with ICU, and the conversion is reported as a warning.
#ifndef MARSAD_READ_TEXT_DECODER_H_
#define MARSAD_READ_TEXT_DECODER_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace marsad::read {

struct DecodedText {
  std::string text;     // valid UTF-8
  std::string warning;  // "converted from windows-1256" when converted; empty otherwise
};

// Decodes one text input. Errors: "empty file", "binary file (NUL bytes), not text",
// "binary file (control characters), not text", "invalid UTF-8 at byte N".
Expected<DecodedText> DecodeText(std::string_view bytes);

// Same checks as DecodeText, without the copy, for bytes that are already UTF-8 (or not):
// returns the reason they are not usable text, or an ok Status.
Status CheckUtf8Text(std::string_view bytes);

// True when text holds nothing but white space (ASCII, no-break and zero-width spaces, the
// byte order mark) or is empty.
bool IsBlank(std::string_view text);

}  // namespace marsad::read

#endif  // MARSAD_READ_TEXT_DECODER_H_
