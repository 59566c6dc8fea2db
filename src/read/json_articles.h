// JsonArticles reads articles out of JSON in the SaudiNewsNet shape: a JSON array of objects
// (or one object) and JSON Lines (one object a line), with the keys id, source, url,
// date_extracted or published, title, author, content. An article's text is
// title + "\n" + content. An item that cannot be used (malformed line, no content, not an
// object, over the size limit) becomes a ReadFailure naming it ("f.jsonl:17", "f.json#3")
// and reading goes on with the next.
#ifndef MARSAD_READ_JSON_ARTICLES_H_
#define MARSAD_READ_JSON_ARTICLES_H_

#include <cstddef>
#include <string_view>

#include "read/input_name.h"
#include "read/line_reader.h"
#include "read/reader.h"

namespace marsad::read {

class JsonArticles {
 public:
  explicit JsonArticles(const ReadOptions& options) : options_(options) {}

  // The parser reads up to this many bytes past the end of a document; a caller that leaves
  // them readable after it saves a copy of the document (see ReadDocument).
  static constexpr size_t kPadding = 64;

  // Reads a whole JSON document holding an array of article objects, or one object. When
  // `padded`, at least kPadding readable bytes (of any value) follow `json` in its buffer and
  // it is parsed where it lies; otherwise it is copied into a padded buffer first.
  void ReadDocument(const InputName& name, std::string_view json, const ArticleSink& sink,
                    bool padded = false) const;

  // Reads one object a line; blank lines are skipped.
  void ReadLines(const InputName& name, LineReader* lines, const ArticleSink& sink) const;

 private:
  const ReadOptions& options_;
};

}  // namespace marsad::read

#endif  // MARSAD_READ_JSON_ARTICLES_H_
