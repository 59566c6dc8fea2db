#include "store/fts_snippet.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "store/fts_tokenizer.h"

namespace marsad::store {
namespace {

// A query phrase found in the column: its first term position and its length in terms.
struct Match {
  int phrase;
  int position;
  int length;
};

// The first term position of the window of `size` positions that holds the most distinct
// phrases (then the most matches; then the earliest), starting a little before its first
// match so the reader sees some context.
int BestWindowStart(const std::vector<Match>& matches, int size) {
  int best_start = 0;
  int best_phrases = 0;
  int best_count = 0;
  for (size_t i = 0; i < matches.size(); ++i) {
    const int end = matches[i].position + size;
    std::vector<int> phrases;
    int count = 0;
    for (size_t k = i; k < matches.size() && matches[k].position < end; ++k) {
      ++count;
      if (std::find(phrases.begin(), phrases.end(), matches[k].phrase) == phrases.end()) {
        phrases.push_back(matches[k].phrase);
      }
    }
    const int distinct = static_cast<int>(phrases.size());
    if (distinct > best_phrases || (distinct == best_phrases && count > best_count)) {
      best_phrases = distinct;
      best_count = count;
      best_start = matches[i].position;
    }
  }
  return std::max(0, best_start - size / 4);
}

// Walks the column's words (one a term position) and copies the window's text, marking the
// matched words.
struct SnippetBuilder {
  std::string_view text;
  std::vector<char> highlighted;  // by position - window_start
  int window_start = 0;
  int window_size = 0;
  std::string_view open, close;

  int position = -1;
  uint32_t end_byte = 0;  // end of the last word copied
  bool started = false;
  bool in_mark = false;
  bool truncated = false;  // words follow the window
  std::string out;

  // Returns false to stop once past the window.
  bool Add(Span word) {
    ++position;
    if (position < window_start) return true;
    if (position >= window_start + window_size) {
      truncated = true;
      return false;
    }
    const bool marked = highlighted[static_cast<size_t>(position - window_start)] != 0;
    if (started) {
      // The text between two words, with the mark closed unless both words are marked.
      if (in_mark && !marked) {
        out.append(close);
        in_mark = false;
      }
      out.append(text.substr(end_byte, word.start - end_byte));
    }
    started = true;
    if (marked && !in_mark) {
      out.append(open);
      in_mark = true;
    }
    out.append(word.of(text));
    end_byte = word.end;
    return true;
  }
};

std::string_view TextArgument(sqlite3_value* value) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
  if (text == nullptr) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(value)));
}

void Snippet(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int argc,
             sqlite3_value** argv) {
  if (argc != 5) {
    sqlite3_result_error(result, "marsad_snippet(table, column, open, close, ellipsis, tokens)",
                         -1);
    return;
  }
  const int column = sqlite3_value_int(argv[0]);
  const int window = std::clamp(sqlite3_value_int(argv[4]), 1, 64);
  int instances = 0;
  if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
    sqlite3_result_error_code(result, rc);
    return;
  }
  std::vector<Match> matches;
  for (int i = 0; i < instances; ++i) {
    int phrase = 0, in_column = 0, position = 0;
    if (api->xInst(fts, i, &phrase, &in_column, &position) != SQLITE_OK) continue;
    if (in_column == column) {
      matches.push_back({phrase, position, std::max(1, api->xPhraseSize(fts, phrase))});
    }
  }
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.position < b.position; });
  SnippetBuilder builder;
  builder.window_start = BestWindowStart(matches, window);
  int length = 0;  // the column's length in terms: a window need not start past its end
  if (api->xColumnSize(fts, column, &length) == SQLITE_OK) {
    builder.window_start = std::min(builder.window_start, std::max(0, length - window));
  }
  builder.window_size = window;
  builder.highlighted.assign(static_cast<size_t>(window), 0);
  for (const Match& match : matches) {
    for (int p = match.position; p < match.position + match.length; ++p) {
      if (p >= builder.window_start && p < builder.window_start + window) {
        builder.highlighted[static_cast<size_t>(p - builder.window_start)] = 1;
      }
    }
  }
  builder.open = TextArgument(argv[1]);
  builder.close = TextArgument(argv[2]);
  const char* text = nullptr;
  int size = 0;
  if (int rc = api->xColumnText(fts, column, &text, &size); rc != SQLITE_OK) {
    sqlite3_result_error_code(result, rc);
    return;
  }
  if (text == nullptr || size <= 0) {
    sqlite3_result_text(result, "", 0, SQLITE_STATIC);
    return;
  }
  builder.text = std::string_view(text, static_cast<size_t>(size));
  const auto* terms = static_cast<const IndexTerms*>(api->xUserData(fts));
  terms->Positions(builder.text, [&](Span word) { return builder.Add(word); });
  if (builder.in_mark) builder.out.append(builder.close);
  const std::string_view ellipsis = TextArgument(argv[3]);
  std::string snippet;
  if (builder.window_start > 0) snippet.append(ellipsis);
  snippet += builder.out;
  if (builder.truncated) snippet.append(ellipsis);
  sqlite3_result_text(result, snippet.data(), static_cast<int>(snippet.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterSnippetFunction(sqlite3* db, const IndexTerms* terms) {
  fts5_api* api = FindFts5Api(db);
  if (api == nullptr) return Status::Error("this SQLite has no FTS5");
  if (api->xCreateFunction(api, kSnippetFunctionName, const_cast<IndexTerms*>(terms), Snippet,
                           nullptr) != SQLITE_OK) {
    return Status::Error("cannot register the FTS5 snippet function");
  }
  return Status::Ok();
}

}  // namespace marsad::store
