#include "text/conllu_reader.h"

#include <fstream>
#include <sstream>

namespace marsad::text {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> columns;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return columns;
}

}  // namespace

Expected<std::vector<ConlluSentence>> ParseConllu(std::string_view content) {
  std::vector<ConlluSentence> sentences;
  bool open = false;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      open = false;
      continue;
    }
    if (!open) {
      sentences.emplace_back();
      open = true;
    }
    ConlluSentence& sentence = sentences.back();
    if (line[0] == '#') {
      if (line.starts_with("# text = ")) sentence.text = std::string(line.substr(9));
      if (line.starts_with("# sent_id = ")) sentence.id = std::string(line.substr(12));
      continue;
    }
    std::vector<std::string_view> columns = SplitTabs(line);
    if (columns.size() < 10) {
      return Status::Error("CoNLL-U line " + std::to_string(line_number) + " has " +
                           std::to_string(columns.size()) + " columns, expected 10");
    }
    const std::string_view id = columns[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) {
      continue;  // multi-word token or empty node
    }
    ConlluWord word;
    word.form = std::string(columns[1]);
    word.upos = std::string(columns[3]);
    word.space_after = columns[9].find("SpaceAfter=No") == std::string_view::npos;
    sentence.words.push_back(std::move(word));
  }
  return sentences;
}

Expected<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return ParseConllu(content.str());
}

}  // namespace marsad::text
