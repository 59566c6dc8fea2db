// Fixtures for the store's tests (header only, used by *_test.cc): hand-made analyses, so
// that the tests exercise the store whatever the state of the analysis stages, and
// temporary database paths.
#ifndef MARSAD_STORE_TEST_FIXTURES_H_
#define MARSAD_STORE_TEST_FIXTURES_H_

#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/analysis.h"

namespace marsad::store::testing {

// An analysis of `text` with the given metadata: one sentence a line, and one event
// (SAUGOV 040 IRN, asserted) with its cue on the first word of the first line.
inline Analysis MakeAnalysis(const std::string& id, const std::string& text, const std::string& url,
                             const std::string& outlet = "sabq",
                             const std::string& published = "2015-07-21") {
  Analysis a;
  a.article.id = id;
  a.article.input = "test/" + id + ".json";
  a.article.text = text;
  a.article.url = url;
  a.url = url;
  a.outlet = outlet;
  a.published = published;
  a.title = text.substr(0, text.find('\n'));
  uint32_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    a.sentences.push_back({Span{start, static_cast<uint32_t>(end)}, false, 0, 0});
    start = static_cast<uint32_t>(end + 1);
  }
  const uint32_t first_space = static_cast<uint32_t>(text.find(' '));
  Entity entity;
  entity.span = Span{0, first_space};
  entity.type = "ORG";
  entity.actor = "SAUGOV";
  a.entities.push_back(entity);
  Event event;
  event.source = {Span{0, first_space}, text.substr(0, first_space), "SAUGOV"};
  event.target = {Span{}, "", "IRN"};
  event.code = "040";
  event.plover = "CONSULT";
  event.quad_class = 1;
  event.goldstein = 1.0;
  event.date = published;
  event.sentence = a.sentences.empty() ? Span{} : a.sentences[0].span;
  event.cue = Span{0, first_space};
  a.events.push_back(event);
  Quote quote;
  quote.speaker = {Span{0, first_space}, text.substr(0, first_space), "SAUGOV"};
  quote.cue = "قال";
  quote.span = a.sentences.empty() ? Span{} : a.sentences[0].span;
  a.quotes.push_back(quote);
  return a;
}

inline std::string TempDbPath(const std::string& name) {
  const char* dir = std::getenv("TMPDIR");
  std::string path =
      std::string(dir ? dir : "/tmp") + "/marsad-" + name + "-" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

inline void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

}  // namespace marsad::store::testing

#endif  // MARSAD_STORE_TEST_FIXTURES_H_
