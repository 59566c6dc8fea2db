// libFuzzer target for the reader: any bytes, read as any input format, must give articles of
// valid, non-blank UTF-8 within the size limit, or failures with a reason; never a crash,
// hang or silent drop. The first byte picks the file name's extension and --unit line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "read/reader.h"
#include "read/text_decoder.h"

namespace {

constexpr const char* kNames[] = {"in.txt", "in.html", "in.json", "in.jsonl", "in.zip", "in"};
constexpr size_t kMaxArticleBytes = 4096;

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t selector = data[0];
  const std::string name = kNames[selector % std::size(kNames)];
  marsad::read::ReadOptions options;
  options.unit_line = (selector & 0x80) != 0;
  options.max_article_bytes = kMaxArticleBytes;
  options.max_input_bytes = 1u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  size_t results = 0;
  marsad::read::Reader(options).ReadBuffer(name, bytes, [&](marsad::ReadResult&& result) {
    ++results;
    if (const auto* article = std::get_if<marsad::Article>(&result)) {
      Check(marsad::utf8::FirstInvalid(article->text) == std::string_view::npos);
      Check(article->text.size() <= kMaxArticleBytes);
      Check(!article->id.empty());
      Check(!article->input.empty());
    } else {
      const auto& failure = std::get<marsad::ReadFailure>(result);
      Check(!failure.reason.empty());
      Check(!failure.input.empty());
    }
  });
  Check(results > 0);  // nothing is dropped silently
  return 0;
}
