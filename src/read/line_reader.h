// LineReader hands out the lines of an input one at a time, from memory or streamed from a
// file, so that a JSON Lines file or a `--unit line` text of any size is read in bounded
// memory. A line longer than the limit is skipped without being kept, and reported with its
// length so the caller can say why it was not read.
#ifndef MARSAD_READ_LINE_READER_H_
#define MARSAD_READ_LINE_READER_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace marsad::read {

class LineReader {
 public:
  struct Line {
    std::string_view text;  // without "\n" or "\r\n"; empty when too_long; valid until Next
    size_t number = 0;      // physical line number, from 1
    size_t length = 0;      // bytes of the line without its end of line
    bool too_long = false;  // longer than max_line_bytes: text is empty
  };

  // Streams from file (not owned; read from its current position).
  LineReader(std::FILE* file, size_t max_line_bytes);
  // Reads lines out of bytes (which must outlive the reader).
  LineReader(std::string_view bytes, size_t max_line_bytes);

  // Sets *line to the next line; false at the end of the input or on a read error.
  bool Next(Line* line);
  // True when reading the file failed (as opposed to ending).
  bool failed() const { return failed_; }

 private:
  bool NextFromMemory(Line* line);
  bool NextFromFile(Line* line);
  // Reads more of the file into buffer_; false when nothing more could be read.
  bool Fill();
  // Discards the rest of an over-long line; returns its remaining length.
  size_t SkipRestOfLine(bool* ended);
  void Emit(std::string_view text, size_t length, bool too_long, Line* line);

  std::FILE* file_ = nullptr;
  std::string_view memory_;
  size_t max_line_bytes_;
  std::string buffer_;
  size_t begin_ = 0;  // start of unconsumed bytes in buffer_ (or memory_)
  size_t number_ = 0;
  bool eof_ = false;
  bool failed_ = false;
};

}  // namespace marsad::read

#endif  // MARSAD_READ_LINE_READER_H_
