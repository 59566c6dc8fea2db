#include "events/analysis_builder.h"

#include <algorithm>

#include "events/match_form.h"

namespace marsad::events {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Length of the punctuation mark at text[pos], or 0.
size_t PunctuationAt(std::string_view text, size_t pos) {
  static constexpr std::string_view kMarks[] = {"\u060C", "\u061B", "\u061F", "\u00AB",
                                                "\u00BB", "\u201C", "\u201D", "\u2026"};
  if (std::string_view(".,:;!?\"'()[]").find(text[pos]) != std::string_view::npos) return 1;
  for (std::string_view mark : kMarks) {
    if (text.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

bool IsClitic(std::string_view prefix) {
  // Any run of و ف ب ل ك (two bytes each) before a name.
  if (prefix.empty() || prefix.size() % 2 != 0 || prefix.size() > 6) return false;
  for (size_t i = 0; i < prefix.size(); i += 2) {
    const std::string_view letter = prefix.substr(i, 2);
    if (letter != "\u0648" && letter != "\u0641" && letter != "\u0628" && letter != "\u0644" &&
        letter != "\u0643") {
      return false;
    }
  }
  return true;
}

// Splits a leading preposition (ل ب ك, after an optional و or ف) from a word of three or more
// letters more, as the clitic segmenter does: لوكالة → ل + وكالة.
void SplitPrepositionalClitic(std::string_view text, Token* token, NormStore* norms) {
  const std::string_view word = token->span.of(text);
  size_t at = 0;
  if (word.substr(0, 2) == "\u0648" || word.substr(0, 2) == "\u0641") at = 2;
  const std::string_view letter = word.substr(at, 2);
  if (letter != "\u0644" && letter != "\u0628" && letter != "\u0643") return;
  constexpr size_t kMinStemBytes = 6;
  if (word.size() < at + 2 + kMinStemBytes) return;
  token->segments.clear();
  uint32_t start = token->span.start;
  for (const size_t end : {at, at + 2, word.size()}) {
    if (end == 0) continue;
    const Span part{start, static_cast<uint32_t>(token->span.start + end)};
    token->segments.push_back({part, norms->Keep(MatchForm(part.of(text)))});
    start = part.end;
  }
}

}  // namespace

Analysis BuildAnalysis(std::string text, const std::vector<ActorName>& actors,
                       std::string published) {
  Analysis a;
  a.article.text = std::move(text);
  a.article.published = published;
  a.published = std::move(published);
  const std::string_view t = a.article.text;
  // Tokens and sentences.
  uint32_t line_start = 0;
  uint32_t first_token = 0;
  auto close_sentence = [&](uint32_t end) {
    if (a.tokens.size() > first_token) {
      Sentence s;
      s.span = {line_start, end};
      s.first_token = first_token;
      s.end_token = static_cast<uint32_t>(a.tokens.size());
      for (uint32_t k = first_token; k < s.end_token; ++k) {
        a.tokens[k].sentence = static_cast<uint32_t>(a.sentences.size());
      }
      a.sentences.push_back(s);
    }
    first_token = static_cast<uint32_t>(a.tokens.size());
  };
  size_t pos = 0;
  while (pos < t.size()) {
    if (t[pos] == '\n') {
      close_sentence(static_cast<uint32_t>(pos));
      line_start = static_cast<uint32_t>(pos + 1);
      ++pos;
      continue;
    }
    if (IsSpace(t[pos])) {
      ++pos;
      continue;
    }
    size_t length = PunctuationAt(t, pos);
    Token token;
    if (length > 0) {
      token.kind = TokenKind::kPunct;
    } else {
      length = 0;
      while (pos + length < t.size() && !IsSpace(t[pos + length]) &&
             PunctuationAt(t, pos + length) == 0) {
        ++length;
      }
    }
    token.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + length)};
    token.norm = a.norms.Keep(MatchForm(t.substr(pos, length)));
    token.segments.push_back({token.span, token.norm});
    if (token.kind == TokenKind::kWord) SplitPrepositionalClitic(t, &token, &a.norms);
    a.tokens.push_back(std::move(token));
    pos += length;
  }
  close_sentence(static_cast<uint32_t>(t.size()));
  // Entities: every occurrence that starts a token or follows clitics inside it.
  std::vector<ActorName> longest_first = actors;
  std::stable_sort(
      longest_first.begin(), longest_first.end(),
      [](const ActorName& x, const ActorName& y) { return x.text.size() > y.text.size(); });
  for (const ActorName& name : longest_first) {
    size_t at = t.find(name.text);
    while (at != std::string_view::npos) {
      const Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.text.size())};
      auto token = std::find_if(a.tokens.begin(), a.tokens.end(), [&](const Token& tok) {
        return tok.span.start <= at && at < tok.span.end;
      });
      const bool starts_word = token != a.tokens.end() &&
                               (token->span.start == at ||
                                IsClitic(t.substr(token->span.start, at - token->span.start)));
      const bool overlaps = std::any_of(a.entities.begin(), a.entities.end(),
                                        [&](const Entity& e) { return e.span.overlaps(span); });
      if (starts_word && !overlaps) a.entities.push_back({span, name.type, name.actor, ""});
      at = t.find(name.text, at + name.text.size());
    }
  }
  std::sort(a.entities.begin(), a.entities.end(),
            [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
  return a;
}

}  // namespace marsad::events
