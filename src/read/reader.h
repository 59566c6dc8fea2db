// Reader turns inputs as they are found in the wild (text, HTML, JSON arrays, JSON Lines,
// zip archives of those, folders, standard input) into Articles, in input order. Whatever
// cannot be read becomes a ReadFailure naming the input and the reason; reading goes on.
#ifndef MARSAD_READ_READER_H_
#define MARSAD_READ_READER_H_

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "core/article.h"

namespace marsad::read {

struct ReadOptions {
  bool unit_line = false;                // --unit line: every line of a text input is an article
  std::string published;                 // --published YYYY-MM-DD when the input carries none
  size_t max_article_bytes = 16u << 20;  // larger articles become a ReadFailure
  size_t max_input_bytes = 1u << 30;     // larger JSON/HTML files, zip members, stdin too
};

using ArticleSink = std::function<void(ReadResult&&)>;

class Reader {
 public:
  explicit Reader(ReadOptions options) : options_(std::move(options)) {}

  // Reads a file or a folder (walked recursively, sorted by name); "-" is standard input.
  // Calls sink once per article or failure, in input order.
  void ReadPath(const std::string& path, const ArticleSink& sink) const;

  // Reads one in-memory input named `name` (its extension picks the format; without a known
  // extension the format is sniffed from the bytes).
  void ReadBuffer(const std::string& name, std::string_view bytes, const ArticleSink& sink) const;

  // Reads an input stream to its end, sniffing its format (standard input is "-").
  void ReadStream(const std::string& name, std::FILE* stream, const ArticleSink& sink) const;

 private:
  void ReadFile(const std::string& path, size_t size, const ArticleSink& sink) const;
  void ReadFolder(const std::string& path, const ArticleSink& sink) const;
  void ReadZipFile(const std::string& path, const ArticleSink& sink) const;
  void ReadLinesFile(const std::string& path, bool json, const ArticleSink& sink) const;

  ReadOptions options_;
};

}  // namespace marsad::read

#endif  // MARSAD_READ_READER_H_
