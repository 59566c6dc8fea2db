#include "events/sentence_view.h"

#include <algorithm>

#include "events/match_form.h"

namespace marsad::events {
namespace {

// Whether `mark` stands in `s` at `pos` (≤ s.size()). Byte by byte: the marks are one to three
// bytes and most words differ from them at the first or second byte, where a library
// comparison would cost a call.
bool HasAt(std::string_view s, size_t pos, std::string_view mark) {
  if (s.size() - pos < mark.size()) return false;
  for (size_t i = 0; i < mark.size(); ++i) {
    if (s[pos + i] != mark[i]) return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view mark) {
  return s.size() >= mark.size() && HasAt(s, s.size() - mark.size(), mark);
}

// Punctuation that may cling to a word when the tokenizer leaves it attached, and the bullets
// (*, •) that open the lines of a list or a timeline.
bool IsPunctuation(std::string_view s, size_t pos, size_t* length) {
  static constexpr std::string_view kMarks[] = {"\u060C", "\u061B", "\u061F", "\u00AB",
                                                "\u00BB", "\u201C", "\u201D", "\u2018",
                                                "\u2019", "\u2026", "\u2022"};
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *length = 1;
    return std::string_view(".,:;!?\"'()[]-/*").find(static_cast<char>(c)) !=
           std::string_view::npos;
  }
  // Every mark below starts with one of these lead bytes; any other byte (most Arabic letters,
  // continuation bytes) is rejected before a comparison. After D8 only 8C 9B 9F (، ؛ ؟) are
  // marks: the letters ء to غ, which share that lead byte, are rejected here too.
  if (c != 0xC2 && c != 0xD8 && c != 0xE2) return false;
  if (c == 0xD8 && pos + 1 < s.size()) {
    const unsigned char next = static_cast<unsigned char>(s[pos + 1]);
    if (next != 0x8C && next != 0x9B && next != 0x9F) return false;
  }
  for (std::string_view mark : kMarks) {
    if (HasAt(s, pos, mark)) {
      *length = mark.size();
      return true;
    }
  }
  return false;
}

bool EndsWithPhraseMark(std::string_view s) {
  static constexpr std::string_view kMarks[] = {",",      ":",      ";",      ".", "\"", "\u060C",
                                                "\u061B", "\u00BB", "\u201D", "!", "?",  "\u061F"};
  if (s.empty()) return false;
  // The last byte of every mark: the ASCII ones, or 8C 9B 9F (، ؛ ؟), BB (»), 9D (”).
  const unsigned char last = static_cast<unsigned char>(s.back());
  if (last >= 0x80 && last != 0x8C && last != 0x9B && last != 0x9F && last != 0xBB &&
      last != 0x9D) {
    return false;
  }
  for (std::string_view mark : kMarks) {
    if (EndsWith(s, mark)) return true;
  }
  return false;
}

// Whether the raw token opens a quotation: « or “ (or a straight " before a letter).
bool StartsWithOpeningQuote(std::string_view s) {
  static constexpr std::string_view kMarks[] = {"\u00AB", "\u201C"};
  for (std::string_view mark : kMarks) {
    if (HasAt(s, 0, mark)) return true;
  }
  return s.size() > 1 && s.front() == '"';
}

// Whether the raw token ends with a question mark (؟ or ?), maybe before closing quotes.
bool EndsWithQuestionMark(std::string_view s) {
  static constexpr std::string_view kClosers[] = {"\u00BB", "\u201D", "\"", ")"};
  bool trimmed = true;
  while (trimmed && !s.empty()) {
    trimmed = false;
    for (std::string_view closer : kClosers) {
      if (EndsWith(s, closer)) {
        s.remove_suffix(closer.size());
        trimmed = true;
      }
    }
  }
  constexpr std::string_view kArabicQuestionMark = "\u061F";
  return (!s.empty() && s.back() == '?') || EndsWith(s, kArabicQuestionMark);
}

// Whether the raw token ends a clause a question does not reach back over: . : ! ؛ ;
bool EndsClause(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == ' ')) s.remove_suffix(1);
  if (s.empty()) return false;
  constexpr std::string_view kArabicSemicolon = "\u061B";
  return std::string_view(".:!;").find(s.back()) != std::string_view::npos ||
         EndsWith(s, kArabicSemicolon);
}

// Removes punctuation at both ends.
std::string_view TrimPunctuation(std::string_view s) {
  size_t length = 0;
  while (!s.empty() && IsPunctuation(s, 0, &length)) s.remove_prefix(length);
  bool trimmed = true;
  while (!s.empty() && trimmed) {
    trimmed = false;
    for (size_t back = 1; back <= 3 && back <= s.size(); ++back) {
      if (IsPunctuation(s, s.size() - back, &length) && length == back) {
        s.remove_suffix(back);
        trimmed = true;
        break;
      }
    }
  }
  return s;
}

// Whether the token's segments open with ل or ب (after و/ف) before a stem of three letters
// or more: لوكالة (ل + وكالة), not لقد or بيد.
bool HasPrepositionalClitic(const Token& token, std::string_view text) {
  const auto& segments = token.segments;
  size_t k = 0;
  if (segments.size() > 1) {
    const std::string_view first = segments[0].span.of(text);
    if (first == "\u0648" || first == "\u0641") ++k;
  }
  if (segments.size() < k + 2) return false;
  const std::string_view clitic = segments[k].span.of(text);
  if (clitic != "\u0644" && clitic != "\u0628") return false;
  constexpr size_t kMinStemBytes = 6;  // three Arabic letters
  const std::string_view stem = segments[k + 1].span.of(text);
  // A demonstrative takes no genitive: لذلك، بهذه.
  static constexpr std::string_view kDemonstratives[] = {
      "\u0630\u0644\u0643", "\u0647\u0630\u0627", "\u0647\u0630\u0647", "\u062A\u0644\u0643"};
  for (std::string_view demonstrative : kDemonstratives) {
    if (stem == demonstrative) return false;
  }
  return stem.size() >= kMinStemBytes;
}

}  // namespace

SentenceView SentenceView::Build(const Analysis& analysis, uint32_t index) {
  SentenceView view = WordsOf(analysis, index);
  view.Complete(analysis);
  return view;
}

SentenceView SentenceView::WordsOf(const Analysis& analysis, uint32_t index) {
  SentenceView view;
  const Sentence& sentence = analysis.sentences[index];
  const std::string_view text = analysis.text();
  view.sentence = index;
  view.first_token = sentence.first_token;
  const uint32_t count = sentence.end_token - sentence.first_token;
  view.words.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    const Token& token = analysis.tokens[sentence.first_token + i];
    const std::string_view raw = token.span.of(text);
    const std::string_view trimmed = TrimPunctuation(raw);
    // The text stage's norm is the same fold of the whole token: with nothing trimmed it is
    // the word's match form already, and is not folded again.
    if (trimmed.size() == raw.size() && !token.norm.empty()) {
      view.words.emplace_back(token.norm);
    } else {
      view.words.push_back(MatchForm(trimmed));
    }
  }
  return view;
}

void SentenceView::Complete(const Analysis& analysis) {
  const Sentence& current = analysis.sentences[sentence];
  const std::string_view text = analysis.text();
  const auto count = static_cast<uint32_t>(words.size());
  closes_phrase.resize(count);
  opens_quote.resize(count);
  prepositional.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    const Token& token = analysis.tokens[current.first_token + i];
    const std::string_view raw = token.span.of(text);
    closes_phrase[i] = EndsWithPhraseMark(raw);
    opens_quote[i] = StartsWithOpeningQuote(raw);
    prepositional[i] = HasPrepositionalClitic(token, text);
  }
  // Questions: back from each word ending with ؟ to the last clause break before it.
  asked.assign(count, false);
  for (uint32_t i = 0; i < count; ++i) {
    if (!EndsWithQuestionMark(analysis.tokens[current.first_token + i].span.of(text))) continue;
    is_question = true;
    for (uint32_t k = i + 1; k-- > 0;) {
      if (k < i && EndsClause(analysis.tokens[current.first_token + k].span.of(text))) break;
      asked[k] = true;
      if (opens_quote[k]) break;
    }
  }
  // A word that is only punctuation closes the phrase before it.
  for (uint32_t i = 1; i < count; ++i) {
    if (words[i].empty() && closes_phrase[i]) closes_phrase[i - 1] = true;
  }
  entity_at.assign(count, -1);
  if (count == 0) return;
  const auto& tokens = analysis.tokens;
  const Token* const sentence_tokens = tokens.data() + current.first_token;
  auto first_entity =
      std::lower_bound(analysis.entities.begin(), analysis.entities.end(), current.span.start,
                       [](const Entity& e, uint32_t start) { return e.span.end <= start; });
  auto end_entity = first_entity;
  while (end_entity != analysis.entities.end() && end_entity->span.start < current.span.end) {
    ++end_entity;
  }
  entities.reserve(static_cast<size_t>(end_entity - first_entity));
  for (auto it = first_entity; it != end_entity; ++it) {
    EntityInSentence in;
    in.entity = static_cast<uint32_t>(it - analysis.entities.begin());
    in.actor = it->actor;
    in.place = it->type == "LOC";
    bool found = false;
    // The tokens it overlaps, from the first that ends after its start: tokens are disjoint and
    // in text order, so their ends rise with their starts.
    const auto overlapped =
        std::partition_point(sentence_tokens, sentence_tokens + count,
                             [&](const Token& token) { return token.span.end <= it->span.start; });
    for (auto i = static_cast<uint32_t>(overlapped - sentence_tokens); i < count; ++i) {
      const Span& span = tokens[current.first_token + i].span;
      if (span.start >= it->span.end) break;
      if (span.end <= it->span.start) continue;
      if (!found) {
        in.first = i;
        found = true;
        if (it->span.start > span.start) {
          in.clitic = MatchForm(text.substr(span.start, it->span.start - span.start));
        }
      }
      in.end = i + 1;
    }
    if (!found) continue;
    const int id = static_cast<int>(entities.size());
    for (uint32_t i = in.first; i < in.end; ++i) {
      if (entity_at[i] < 0) entity_at[i] = id;
    }
    entities.push_back(std::move(in));
  }
}

}  // namespace marsad::events
