// STUB: replaced by the reader implementation.
#include "read/reader.h"

#include <fstream>
#include <iterator>

namespace marsad::read {

void Reader::ReadPath(const std::string& path, const ArticleSink& sink) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink(ReadFailure{path, "cannot open"});
    return;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ReadBuffer(path, bytes, sink);
}

void Reader::ReadBuffer(const std::string& name, std::string_view bytes,
                        const ArticleSink& sink) const {
  Article article;
  article.input = name;
  article.id = name;
  article.text = std::string(bytes);
  article.published = options_.published;
  sink(std::move(article));
}

}  // namespace marsad::read
