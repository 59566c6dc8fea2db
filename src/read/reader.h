// Reader turns inputs as they are found in the wild (text, HTML, JSON arrays, JSON Lines,
// zip archives of those, folders, standard input) into Articles, in input order. Whatever
// cannot be read becomes a ReadFailure naming the input and the reason; reading goes on.
#ifndef MARSAD_READ_READER_H_
#define MARSAD_READ_READER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "core/article.h"

namespace marsad::read {

struct ReadOptions {
  bool unit_line = false;           // --unit line: every line of a text input is an article
  std::string published;            // --published YYYY-MM-DD when the input carries none
  size_t max_article_bytes = 16u << 20;  // larger articles become a ReadFailure
};

using ArticleSink = std::function<void(ReadResult&&)>;

class Reader {
 public:
  explicit Reader(ReadOptions options) : options_(std::move(options)) {}

  // Reads a file or a folder (walked recursively, sorted by name); "-" is standard input.
  // Calls sink once per article or failure, in input order.
  void ReadPath(const std::string& path, const ArticleSink& sink) const;

  // Reads one in-memory input named `name` (its extension picks the format).
  void ReadBuffer(const std::string& name, std::string_view bytes, const ArticleSink& sink) const;

 private:
  ReadOptions options_;
};

}  // namespace marsad::read

#endif  // MARSAD_READ_READER_H_
