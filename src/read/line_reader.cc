#include "read/line_reader.h"

#include <cstring>

namespace marsad::read {
namespace {

constexpr size_t kChunkBytes = 1u << 20;

std::string_view WithoutCarriageReturn(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

LineReader::LineReader(std::FILE* file, size_t max_line_bytes)
    : file_(file), max_line_bytes_(max_line_bytes) {}

LineReader::LineReader(std::string_view bytes, size_t max_line_bytes)
    : memory_(bytes), max_line_bytes_(max_line_bytes) {}

bool LineReader::Next(Line* line) {
  return file_ != nullptr ? NextFromFile(line) : NextFromMemory(line);
}

void LineReader::Emit(std::string_view text, size_t length, bool too_long, Line* line) {
  line->number = ++number_;
  line->too_long = too_long;
  if (too_long) {
    line->text = {};
    line->length = length;
  } else {
    line->text = WithoutCarriageReturn(text);
    line->length = line->text.size();
  }
}

bool LineReader::NextFromMemory(Line* line) {
  if (begin_ >= memory_.size()) return false;
  const size_t end = memory_.find('\n', begin_);
  const size_t stop = end == std::string_view::npos ? memory_.size() : end;
  std::string_view text = memory_.substr(begin_, stop - begin_);
  begin_ = end == std::string_view::npos ? memory_.size() : end + 1;
  const size_t length = WithoutCarriageReturn(text).size();
  Emit(text, length, length > max_line_bytes_, line);
  return true;
}

bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    begin_ = 0;
  }
  const size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunkBytes);
  const size_t got = std::fread(buffer_.data() + old_size, 1, kChunkBytes, file_);
  buffer_.resize(old_size + got);
  if (got < kChunkBytes) {
    eof_ = true;
    failed_ = std::ferror(file_) != 0;
  }
  return got > 0;
}

size_t LineReader::SkipRestOfLine(bool* ended) {
  size_t skipped = 0;
  std::string chunk(kChunkBytes, '\0');
  *ended = false;
  while (!eof_) {
    const size_t got = std::fread(chunk.data(), 1, chunk.size(), file_);
    if (got < chunk.size()) {
      eof_ = true;
      failed_ = std::ferror(file_) != 0;
    }
    const void* newline = std::memchr(chunk.data(), '\n', got);
    if (newline != nullptr) {
      const size_t at = static_cast<const char*>(newline) - chunk.data();
      skipped += at;
      buffer_.assign(chunk.data() + at + 1, got - at - 1);
      begin_ = 0;
      *ended = true;
      return skipped;
    }
    skipped += got;
  }
  return skipped;
}

bool LineReader::NextFromFile(Line* line) {
  size_t scanned = 0;  // bytes after begin_ known to hold no newline
  while (true) {
    const size_t end = buffer_.find('\n', begin_ + scanned);
    if (end != std::string::npos) {
      std::string_view text(buffer_.data() + begin_, end - begin_);
      begin_ = end + 1;
      const size_t length = WithoutCarriageReturn(text).size();
      Emit(text, length, length > max_line_bytes_, line);
      return true;
    }
    const size_t pending = buffer_.size() - begin_;
    if (pending > max_line_bytes_ + 1) {
      bool ended = false;
      buffer_.clear();
      begin_ = 0;
      const size_t length = pending + SkipRestOfLine(&ended);
      Emit({}, length, true, line);
      return true;
    }
    scanned = pending;
    if (!Fill()) {
      if (buffer_.size() == begin_) return false;
      std::string_view text(buffer_.data() + begin_, buffer_.size() - begin_);
      begin_ = buffer_.size();
      const size_t length = WithoutCarriageReturn(text).size();
      Emit(text, length, length > max_line_bytes_, line);
      return true;
    }
  }
}

}  // namespace marsad::read
