#include "actors/ner_corpus.h"

#include <fstream>
#include <sstream>

namespace marsad::actors {
namespace {

// A sentence with no blank line for this many words is cut after its next full stop, for
// files that mark no sentence boundaries at all.
constexpr size_t kLongSentence = 200;

// Removes the invisible marks some corpora carry: BOM (U+FEFF), LRM/RLM (U+200E/F), CR.
std::string StripMarks(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = line[i];
    if (c == '\r') continue;
    if (c == 0xEF && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xBB &&
        static_cast<unsigned char>(line[i + 2]) == 0xBF) {
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(line[i + 2]) == 0x8E ||
         static_cast<unsigned char>(line[i + 2]) == 0x8F)) {
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

NerClassMap::NerClassMap() {
  for (const char* type : {"PER", "ORG", "LOC", "MISC"}) coarse_[type] = type;
  coarse_["PERS"] = "PER";
}

Expected<NerClassMap> NerClassMap::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot open NER class map " + path);
  NerClassMap map;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string cleaned = StripMarks(line);
    std::string_view view = TrimSpace(cleaned);
    if (view.empty() || view.front() == '#') continue;
    const size_t tab = view.find('\t');
    if (tab == std::string_view::npos) {
      return Status::Error(path + ":" + std::to_string(number) + ": expected fine<TAB>coarse");
    }
    std::string coarse(TrimSpace(view.substr(tab + 1)));
    if (coarse != "PER" && coarse != "ORG" && coarse != "LOC" && coarse != "MISC") {
      return Status::Error(path + ":" + std::to_string(number) + ": unknown type " + coarse);
    }
    map.coarse_[std::string(TrimSpace(view.substr(0, tab)))] = coarse;
  }
  return map;
}

std::string_view NerClassMap::Coarse(std::string_view label) const {
  auto it = coarse_.find(std::string(label));
  return it == coarse_.end() ? std::string_view() : std::string_view(it->second);
}

Expected<std::vector<TaggedSentence>> ParseTaggedSentences(std::string_view content,
                                                           const NerClassMap& classes) {
  std::vector<TaggedSentence> sentences;
  TaggedSentence current;
  auto close = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = TaggedSentence();
  };
  size_t number = 0;
  while (!content.empty()) {
    const size_t newline = content.find('\n');
    std::string raw(content.substr(0, newline));
    content = newline == std::string_view::npos ? std::string_view() : content.substr(newline + 1);
    ++number;
    const std::string cleaned = StripMarks(raw);
    std::string_view line = TrimSpace(cleaned);
    const size_t gap = line.find_last_of(" \t");
    if (line.empty() || gap == std::string_view::npos) {
      // A blank line, a lone tag (NewsFANE's boundary line "<TAB>") or a lone word ends the
      // sentence; a lone word without a tag is not an annotation and is dropped.
      close();
      continue;
    }
    std::string_view word = TrimSpace(line.substr(0, gap));
    std::string_view tag = line.substr(gap + 1);
    std::string bio = "O";
    if (tag != "O") {
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
        return Status::Error("line " + std::to_string(number) + ": bad tag " + std::string(tag));
      }
      std::string_view coarse = classes.Coarse(tag.substr(2));
      if (coarse.empty()) {
        return Status::Error("line " + std::to_string(number) + ": unknown class " +
                             std::string(tag.substr(2)));
      }
      bio = std::string(1, tag[0]) + "-" + std::string(coarse);
    }
    current.words.emplace_back(word);
    current.tags.push_back(std::move(bio));
    if (current.words.size() >= kLongSentence && word == ".") close();
  }
  close();
  return sentences;
}

Expected<std::vector<TaggedSentence>> ReadTaggedFile(const std::string& path,
                                                     const NerClassMap& classes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  auto parsed = ParseTaggedSentences(buffer.str(), classes);
  if (!parsed.ok()) return Status::Error(path + ": " + parsed.status().message());
  return parsed;
}

std::string FormatAnercorp(const std::vector<TaggedSentence>& sentences) {
  std::string out;
  for (const TaggedSentence& sentence : sentences) {
    for (size_t i = 0; i < sentence.words.size(); ++i) {
      out.append(sentence.words[i]).push_back(' ');
      const std::string& tag = sentence.tags[i];
      out.append(tag);
      if (tag.size() == 5 && tag.compare(2, 3, "PER") == 0) out.push_back('S');
      out.push_back('\n');
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace marsad::actors
