#include "read/input_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace marsad::read {
namespace {

std::string LowerExtension(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "";
  }
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Skips a UTF-8 byte order mark and ASCII white space.
std::string_view SkipLeadingSpace(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' ||
                              bytes[i] == '\r' || bytes[i] == '\f' || bytes[i] == '\v')) {
    ++i;
  }
  return bytes.substr(i);
}

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

bool LooksLikeHtml(std::string_view text) {
  static constexpr std::string_view kOpenings[] = {
      "<!doctype html", "<html", "<head", "<body", "<meta",
      "<title",         "<!--",  "<div",  "<p>",   "<article"};
  for (std::string_view opening : kOpenings) {
    if (StartsWithIgnoringCase(text, opening)) return true;
  }
  return false;
}

}  // namespace

InputFormat FormatOfName(std::string_view name) {
  const std::string ext = LowerExtension(name);
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "json") return InputFormat::kJsonArray;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonLines;
  if (ext == "zip") return InputFormat::kZip;
  return InputFormat::kUnknown;
}

InputFormat SniffFormat(std::string_view head) {
  if (head.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      head.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    return InputFormat::kZip;
  }
  if (head.find('\0') != std::string_view::npos) return InputFormat::kUnknown;
  const std::string_view text = SkipLeadingSpace(head);
  if (text.empty()) return InputFormat::kText;
  if (text.front() == '[') return InputFormat::kJsonArray;
  if (text.front() == '{') return InputFormat::kJsonLines;
  if (LooksLikeHtml(text)) return InputFormat::kHtml;
  return InputFormat::kText;
}

std::string_view FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kHtml:
      return "HTML";
    case InputFormat::kJsonArray:
      return "JSON";
    case InputFormat::kJsonLines:
      return "JSON Lines";
    case InputFormat::kZip:
      return "zip";
    case InputFormat::kUnknown:
      break;
  }
  return "unknown";
}

}  // namespace marsad::read
