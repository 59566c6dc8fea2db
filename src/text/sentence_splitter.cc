#include "text/sentence_splitter.h"

#include <cstdint>

namespace marsad::text {
namespace {

bool IsLineBreak(std::string_view gap) {
  for (size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '\n' || c == '\r') return true;
    if (c == '\xE2' && i + 2 < gap.size() && gap[i + 1] == '\x80' &&
        (gap[i + 2] == '\xA8' || gap[i + 2] == '\xA9')) {
      return true;  // U+2028, U+2029
    }
    if (c == '\xC2' && i + 1 < gap.size() && gap[i + 1] == '\x85') return true;  // U+0085
  }
  return false;
}

bool IsTerminator(std::string_view mark) {
  if (!mark.empty() && mark.find_first_not_of('.') == std::string_view::npos) return true;
  return mark == "!" || mark == "?" || mark == "؟" || mark == "…" || mark == "۔";
}

// Related headlines glued to a body line are a few words long.
constexpr size_t kMinGluedHeadlineWords = 3;
constexpr size_t kMaxGluedHeadlineWords = 20;

bool IsPause(std::string_view mark) {
  return mark == "," || mark == "،" || mark == ":" || mark == ";" || mark == "؛";
}

bool IsCloser(std::string_view mark) {
  return mark == "\"" || mark == "»" || mark == "”" || mark == "’" || mark == "'" || mark == ")" ||
         mark == "]" || mark == "}" || mark == "›";
}

// The closing mark that pairs with an opening quote, or empty when mark opens none.
std::string_view PairedCloser(std::string_view mark) {
  if (mark == "«") return "»";
  if (mark == "“") return "”";
  if (mark == "”") return "“";  // quotes written the other way round
  if (mark == "\"") return "\"";
  return {};
}

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Token>* tokens) : text_(text), tokens_(*tokens) {
    breaks_after_.resize(tokens_.size(), 0);
    for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
      breaks_after_[i] = IsLineBreak(
          text_.substr(tokens_[i].span.end, tokens_[i + 1].span.start - tokens_[i].span.end));
    }
    if (!tokens_.empty()) breaks_after_.back() = 1;
    FindQuotes();
  }

  std::vector<Sentence> Split() {
    std::vector<Sentence> sentences;
    size_t first = 0;
    size_t i = 0;
    while (i < tokens_.size()) {
      size_t last = i;
      bool end = breaks_after_[i];
      if (!end && quote_end_[i] > i) {
        // Skip over a quotation that closes on this line; nothing inside ends the sentence,
        // but a quotation whose last word ends a sentence («…حدث.») ends it too.
        last = quote_end_[i];
        end = breaks_after_[last] || (last > i + 1 && EndsSentence(last - 1)) ||
              EndsGluedHeadlines(last);
      } else if (!end) {
        end = EndsSentence(i);
      }
      if (end) last = AbsorbTrailingMarks(last);
      if (end) {
        Add(first, last + 1, &sentences);
        first = last + 1;
      }
      i = last + 1;
    }
    if (first < tokens_.size()) Add(first, tokens_.size(), &sentences);
    return sentences;
  }

 private:
  std::string_view Text(size_t i) const { return tokens_[i].span.of(text_); }
  bool IsPunct(size_t i) const { return tokens_[i].kind == TokenKind::kPunct; }

  // For every opening quote that closes on the same line, quote_end_[i] is its closer.
  void FindQuotes() {
    quote_end_.assign(tokens_.size(), 0);
    size_t i = 0;
    while (i < tokens_.size()) {
      std::string_view closer = IsPunct(i) ? PairedCloser(Text(i)) : std::string_view();
      if (closer.empty() || breaks_after_[i]) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      for (; j < tokens_.size(); ++j) {
        if (IsPunct(j) && Text(j) == closer) break;
        if (breaks_after_[j]) {
          j = tokens_.size();
          break;
        }
      }
      if (j < tokens_.size()) {
        quote_end_[i] = static_cast<uint32_t>(j);
        i = j + 1;
      } else {
        ++i;
      }
    }
  }

  // Following terminators and closing quotes/brackets written right after stay in the sentence.
  size_t AbsorbTrailingMarks(size_t last) const {
    while (!breaks_after_[last] && last + 1 < tokens_.size() && IsPunct(last + 1) &&
           tokens_[last + 1].span.start == tokens_[last].span.end &&
           (IsTerminator(Text(last + 1)) || IsCloser(Text(last + 1)))) {
      ++last;
    }
    return last;
  }

  // Related headlines run into a body line: «... تنظيم "داعش"وأشار بيسكوف ...». The closing
  // quote at `closer` is written right before a word starting with و/ف (not «وال...», a noun),
  // and the line up to it is a few words with no sentence punctuation.
  bool EndsGluedHeadlines(size_t closer) const {
    if (closer + 1 >= tokens_.size() || breaks_after_[closer]) return false;
    const Token& next = tokens_[closer + 1];
    if (next.kind != TokenKind::kWord || next.span.start != tokens_[closer].span.end) return false;
    const std::string_view word = Text(closer + 1);
    if (!word.starts_with("و") && !word.starts_with("ف")) return false;
    if (word.size() < 8 || word.substr(2).starts_with("ال")) return false;  // 3+ letters
    size_t words = 0;
    for (size_t t = closer + 1; t-- > 0;) {
      if (t < closer && breaks_after_[t]) break;
      if (IsPunct(t)) {
        if (IsTerminator(Text(t)) || IsPause(Text(t))) return false;
      } else if (++words > kMaxGluedHeadlineWords) {
        return false;
      }
    }
    return words >= kMinGluedHeadlineWords;
  }

  // Only punctuation ends a sentence: most tokens are answered here, without a call.
  bool EndsSentence(size_t i) const { return IsPunct(i) && PunctEndsSentence(i); }

  bool PunctEndsSentence(size_t i) const {
    if (!IsTerminator(Text(i))) return false;
    if (Text(i) != ".") return true;
    if (i == 0) return true;
    const Token& before = tokens_[i - 1];
    if (before.span.end == tokens_[i].span.start) {
      // Initials and abbreviations: a single letter right before the dot (د. or J.).
      std::string_view word = before.span.of(text_);
      const bool single_ascii = word.size() == 1 && before.kind == TokenKind::kLatin;
      const bool single_arabic = word.size() == 2 && before.kind == TokenKind::kWord;
      if (single_ascii || single_arabic) return false;
    }
    // A dot followed by a lowercase Latin word is inside a sentence (e.g. "etc. and").
    if (i + 1 < tokens_.size()) {
      std::string_view next = Text(i + 1);
      if (tokens_[i + 1].kind == TokenKind::kLatin && next[0] >= 'a' && next[0] <= 'z') {
        return false;
      }
    }
    return true;
  }

  void Add(size_t first, size_t end, std::vector<Sentence>* sentences) {
    Sentence sentence;
    sentence.span = {tokens_[first].span.start, tokens_[end - 1].span.end};
    sentence.first_token = static_cast<uint32_t>(first);
    sentence.end_token = static_cast<uint32_t>(end);
    const auto index = static_cast<uint32_t>(sentences->size());
    for (size_t t = first; t < end; ++t) tokens_[t].sentence = index;
    sentences->push_back(sentence);
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  // A byte a token rather than std::vector<bool>: read for nearly every token, and a byte reads
  // without the bit arithmetic.
  std::vector<uint8_t> breaks_after_;
  std::vector<uint32_t> quote_end_;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token>* tokens) {
  if (tokens->empty()) return {};
  return Splitter(text, tokens).Split();
}

}  // namespace marsad::text
