#include "read/reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "read/folder_walker.h"
#include "read/html_extractor.h"
#include "read/input_format.h"
#include "read/input_name.h"
#include "read/json_articles.h"
#include "read/line_reader.h"
#include "read/size_limit.h"
#include "read/text_decoder.h"
#include "read/zip_members.h"

namespace marsad::read {
namespace {

constexpr size_t kSniffBytes = 64u << 10;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

bool HasUtf16ByteOrderMark(std::string_view bytes) {
  return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

std::string ErrnoReason(int error) { return std::string("cannot read: ") + std::strerror(error); }

// Reads up to limit + 1 bytes of stream into *bytes (one more than allowed tells "too big").
Status ReadAll(std::FILE* stream, size_t limit, std::string* bytes) {
  constexpr size_t kChunk = 1u << 20;
  while (bytes->size() <= limit) {
    const size_t old_size = bytes->size();
    const size_t want = std::min(kChunk, limit + 1 - old_size);
    bytes->resize(old_size + want);
    const size_t got = std::fread(bytes->data() + old_size, 1, want, stream);
    bytes->resize(old_size + got);
    if (got < want) {
      if (std::ferror(stream)) return Status::Error(ErrnoReason(errno));
      break;
    }
  }
  return Status::Ok();
}

// Reads bytes of one input in any format into articles. Holds the options and the sink for
// the duration of one input.
class BufferReader {
 public:
  BufferReader(const ReadOptions& options, const ArticleSink& sink)
      : options_(options), sink_(sink) {}

  // `padded`: at least JsonArticles::kPadding readable bytes follow `bytes` in their buffer.
  void Read(const InputName& name, InputFormat format, std::string_view bytes, bool inside_zip,
            bool padded = false) const {
    if (format == InputFormat::kUnknown) format = SniffFormat(bytes.substr(0, kSniffBytes));
    switch (format) {
      case InputFormat::kZip:
        if (inside_zip) {
          Fail(name.input, "zip archive inside a zip archive is not read");
        } else {
          ReadZip(name, bytes);
        }
        return;
      case InputFormat::kJsonArray:
        JsonArticles(options_).ReadDocument(name, bytes, sink_, padded);
        return;
      case InputFormat::kJsonLines: {
        LineReader lines(bytes, options_.max_article_bytes);
        JsonArticles(options_).ReadLines(name, &lines, sink_);
        return;
      }
      case InputFormat::kHtml:
        ReadHtml(name, bytes);
        return;
      case InputFormat::kText:
        if (options_.unit_line && HasUtf16ByteOrderMark(bytes)) {
          ReadUtf16TextLines(name, bytes);
        } else if (options_.unit_line) {
          LineReader lines(bytes, options_.max_article_bytes);
          ReadTextLines(name, &lines);
        } else {
          ReadText(name, bytes);
        }
        return;
      case InputFormat::kUnknown:
        break;
    }
    auto decoded = DecodeText(bytes);
    Fail(name.input, "unsupported format: " +
                         (decoded.ok() ? std::string("not text") : decoded.status().message()));
  }

  void ReadText(const InputName& name, std::string_view bytes) const {
    if (bytes.size() > options_.max_article_bytes) {
      Fail(name.input, OverLimitReason("article", bytes.size(), options_.max_article_bytes));
      return;
    }
    auto decoded = DecodeText(bytes);
    if (!decoded.ok()) {
      Fail(name.input, decoded.status().message());
      return;
    }
    Emit(NewArticle(name, name.stem, std::move(decoded).value()));
  }

  // Every non-blank line is an article "line:<n>"; offsets are into the line.
  void ReadTextLines(const InputName& name, LineReader* lines,
                     const std::string& warning = "") const {
    LineReader::Line line;
    size_t articles = 0;
    while (lines->Next(&line)) {
      if (line.too_long) {
        ++articles;
        Fail(name.Line(line.number),
             OverLimitReason("article", line.length, options_.max_article_bytes));
        continue;
      }
      if (IsBlank(line.text)) continue;
      ++articles;
      auto decoded = DecodeText(line.text);
      if (!decoded.ok()) {
        Fail(name.Line(line.number), decoded.status().message());
        continue;
      }
      if (decoded->warning.empty()) decoded->warning = warning;
      Emit(NewArticle(name, "line:" + std::to_string(line.number), std::move(decoded).value()));
    }
    if (lines->failed()) {
      Fail(name.input, "read error after line " + std::to_string(line.number));
    } else if (articles == 0) {
      Fail(name.input, "empty file");
    }
  }

  // UTF-16 cannot be split at newline bytes: the whole text is converted first.
  void ReadUtf16TextLines(const InputName& name, std::string_view bytes) const {
    auto decoded = DecodeText(bytes);
    if (!decoded.ok()) {
      Fail(name.input, decoded.status().message());
      return;
    }
    LineReader lines(decoded->text, options_.max_article_bytes);
    ReadTextLines(name, &lines, decoded->warning);
  }

  void ReadHtml(const InputName& name, std::string_view bytes) const {
    auto decoded = DecodeText(bytes);
    if (!decoded.ok()) {
      Fail(name.input, decoded.status().message());
      return;
    }
    auto extracted = ExtractHtml(decoded->text);
    if (!extracted.ok()) {
      Fail(name.input, extracted.status().message());
      return;
    }
    HtmlPage page = std::move(extracted).value();
    if (IsBlank(page.main_text)) {
      Fail(name.input, "HTML page without article text");
      return;
    }
    std::string text = page.title.empty() ? page.main_text : page.title + "\n" + page.main_text;
    if (text.size() > options_.max_article_bytes) {
      Fail(name.input, OverLimitReason("article", text.size(), options_.max_article_bytes));
      return;
    }
    Article article = NewArticle(name, name.stem, DecodedText{std::move(text), decoded->warning});
    article.title = std::move(page.title);
    article.url = std::move(page.url);
    if (!page.published.empty()) article.published = std::move(page.published);
    Emit(std::move(article));
  }

  void ReadZip(const InputName& name, std::string_view bytes) const {
    Status status = ZipMembers(options_.max_input_bytes)
                        .ReadBuffer(bytes, [&](const std::string& member,
                                               const Expected<std::string_view>& data) {
                          ReadMember(name.input, member, data);
                        });
    if (!status.ok()) Fail(name.input, status.message());
  }

  void ReadMember(const std::string& archive, const std::string& member,
                  const Expected<std::string_view>& data) const {
    const InputName name = InputName::Member(archive, member);
    if (!data.ok()) {
      Fail(name.input, data.status().message());
      return;
    }
    static_assert(ZipMembers::kSlackBytes >= JsonArticles::kPadding);
    Read(name, FormatOfName(member), *data, /*inside_zip=*/true, /*padded=*/true);
  }

  void Fail(std::string input, std::string reason) const {
    sink_(ReadFailure{std::move(input), std::move(reason)});
  }

 private:
  Article NewArticle(const InputName& name, std::string id, DecodedText decoded) const {
    Article article;
    article.id = std::move(id);
    article.input = name.input;
    article.text = std::move(decoded.text);
    article.published = options_.published;
    if (!decoded.warning.empty()) article.warnings.push_back(std::move(decoded.warning));
    return article;
  }

  void Emit(Article&& article) const {
    if (article.text.size() > options_.max_article_bytes) {
      Fail(article.input,
           OverLimitReason("article", article.text.size(), options_.max_article_bytes));
      return;
    }
    sink_(std::move(article));
  }

  const ReadOptions& options_;
  const ArticleSink& sink_;
};

}  // namespace

void Reader::ReadPath(const std::string& path, const ArticleSink& sink) const {
  if (path == "-") {
    ReadStream("-", stdin, sink);
    return;
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    sink(ReadFailure{path, ErrnoReason(errno)});
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    ReadFolder(path, sink);
  } else if (S_ISREG(info.st_mode)) {
    ReadFile(path, static_cast<size_t>(info.st_size), sink);
  } else {
    FilePtr stream(std::fopen(path.c_str(), "rb"));
    if (!stream) {
      sink(ReadFailure{path, ErrnoReason(errno)});
      return;
    }
    ReadStream(path, stream.get(), sink);
  }
}

void Reader::ReadFolder(const std::string& path, const ArticleSink& sink) const {
  auto listing = ListFolder(path);
  if (!listing.ok()) {
    sink(ReadFailure{path, listing.status().message()});
    return;
  }
  for (const std::string& file : listing->files) ReadPath(file, sink);
  for (const FolderProblem& problem : listing->problems) {
    sink(ReadFailure{problem.folder, problem.reason});
  }
}

void Reader::ReadFile(const std::string& path, size_t size, const ArticleSink& sink) const {
  BufferReader reader(options_, sink);
  const InputName name = InputName::Of(path);
  InputFormat format = FormatOfName(path);
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    reader.Fail(path, ErrnoReason(errno));
    return;
  }
  if (format == InputFormat::kUnknown) {
    std::string head;
    if (Status status = ReadAll(file.get(), kSniffBytes - 1, &head); !status.ok()) {
      reader.Fail(path, status.message());
      return;
    }
    format = SniffFormat(head);
    if (format == InputFormat::kUnknown) {  // not text: say why from the head alone
      reader.Read(name, format, head, /*inside_zip=*/false);
      return;
    }
    std::rewind(file.get());
  }
  if (format == InputFormat::kZip) {
    file.reset();
    ReadZipFile(path, sink);
    return;
  }
  if (format == InputFormat::kJsonLines || (format == InputFormat::kText && options_.unit_line)) {
    file.reset();
    ReadLinesFile(path, format == InputFormat::kJsonLines, sink);
    return;
  }
  const size_t limit =
      format == InputFormat::kText ? options_.max_article_bytes : options_.max_input_bytes;
  if (size > limit) {
    reader.Fail(path,
                OverLimitReason(format == InputFormat::kText ? "article" : "file", size, limit));
    return;
  }
  std::string bytes;
  bytes.reserve(size + JsonArticles::kPadding);
  if (Status status = ReadAll(file.get(), limit, &bytes); !status.ok()) {
    reader.Fail(path, status.message());
    return;
  }
  reader.Read(name, format, bytes, /*inside_zip=*/false,
              /*padded=*/bytes.capacity() - bytes.size() >= JsonArticles::kPadding);
}

void Reader::ReadZipFile(const std::string& path, const ArticleSink& sink) const {
  BufferReader reader(options_, sink);
  Status status =
      ZipMembers(options_.max_input_bytes)
          .ReadFile(path, [&](const std::string& member, const Expected<std::string_view>& data) {
            reader.ReadMember(path, member, data);
          });
  if (!status.ok()) reader.Fail(path, status.message());
}

void Reader::ReadLinesFile(const std::string& path, bool json, const ArticleSink& sink) const {
  BufferReader reader(options_, sink);
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    reader.Fail(path, ErrnoReason(errno));
    return;
  }
  // A binary file is one failure, not one per "line".
  std::string head;
  if (Status status = ReadAll(file.get(), kSniffBytes - 1, &head); !status.ok()) {
    reader.Fail(path, status.message());
    return;
  }
  if (HasUtf16ByteOrderMark(head)) {  // read whole, converted before it is split
    std::rewind(file.get());
    std::string bytes;
    if (Status status = ReadAll(file.get(), options_.max_input_bytes, &bytes); !status.ok()) {
      reader.Fail(path, status.message());
    } else if (bytes.size() > options_.max_input_bytes) {
      reader.Fail(path, OverLimitReason("file", bytes.size(), options_.max_input_bytes));
    } else {
      reader.Read(InputName::Of(path), json ? InputFormat::kJsonLines : InputFormat::kText, bytes,
                  /*inside_zip=*/false);
    }
    return;
  }
  if (head.find('\0') != std::string::npos) {
    reader.Fail(path, "binary file (NUL bytes), not text");
    return;
  }
  std::rewind(file.get());
  const InputName name = InputName::Of(path);
  LineReader lines(file.get(), options_.max_article_bytes);
  if (json) {
    JsonArticles(options_).ReadLines(name, &lines, sink);
  } else {
    reader.ReadTextLines(name, &lines);
  }
}

void Reader::ReadBuffer(const std::string& name, std::string_view bytes,
                        const ArticleSink& sink) const {
  BufferReader(options_, sink).Read(InputName::Of(name), FormatOfName(name), bytes, false);
}

void Reader::ReadStream(const std::string& name, std::FILE* stream, const ArticleSink& sink) const {
  std::string bytes;
  if (Status status = ReadAll(stream, options_.max_input_bytes, &bytes); !status.ok()) {
    sink(ReadFailure{name, status.message()});
    return;
  }
  if (bytes.size() > options_.max_input_bytes) {
    sink(ReadFailure{name, "input of more than " + std::to_string(options_.max_input_bytes) +
                               " bytes is over the " + DescribeLimit(options_.max_input_bytes) +
                               " limit"});
    return;
  }
  BufferReader(options_, sink).Read(InputName::Of(name), FormatOfName(name), bytes, false);
}

}  // namespace marsad::read
