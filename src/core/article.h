// An Article is one piece of news as read from its input: the original UTF-8 bytes that all
// offsets refer to, plus whatever metadata the input carried. A ReadFailure is what an input
// that could not be read becomes: it names the input and the reason, and the run goes on.
#ifndef MARSAD_CORE_ARTICLE_H_
#define MARSAD_CORE_ARTICLE_H_

#include <string>
#include <variant>
#include <vector>

namespace marsad {

struct Article {
  std::string id;         // the input's own id, or derived as docs/OUTPUT.md says
  std::string input;      // the path as given ("-" for standard input)
  std::string text;       // UTF-8 text all offsets point into (JSON input: title + "\n" + content)
  std::string url;        // empty when unknown
  std::string outlet;     // from metadata (JSON "source"); empty when unknown
  std::string title;      // from metadata; empty when unknown
  std::string published;  // YYYY-MM-DD from metadata or --published; empty when unknown
  std::string author;     // from metadata; empty when unknown
  std::vector<std::string> warnings;  // e.g. "converted from windows-1256"
};

struct ReadFailure {
  std::string input;   // the path as given, with "#n" or ":line" for an item inside it
  std::string reason;  // a clear sentence: "invalid UTF-8 at byte 1234", "empty file", ...
};

using ReadResult = std::variant<Article, ReadFailure>;

}  // namespace marsad

#endif  // MARSAD_CORE_ARTICLE_H_
