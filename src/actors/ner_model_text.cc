#include "actors/ner_model_text.h"

#include <charconv>
#include <string>

namespace marsad::actors {

std::string_view TakeLine(std::string_view* text) {
  const size_t newline = text->find('\n');
  const std::string_view line = text->substr(0, newline);
  *text = newline == std::string_view::npos ? std::string_view() : text->substr(newline + 1);
  return line;
}

Expected<size_t> TakeSectionHeader(std::string_view name, std::string_view* text) {
  const std::string_view line = TakeLine(text);
  size_t count = 0;
  const size_t prefix = name.size() + 1;
  if (line.size() <= prefix || line.substr(0, name.size()) != name || line[name.size()] != ' ' ||
      std::from_chars(line.data() + prefix, line.data() + line.size(), count).ec != std::errc()) {
    return Status::Error("NER " + std::string(name) + ": bad header line");
  }
  return count;
}

}  // namespace marsad::actors
