#include "clean/cleaner.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "clean/clean_rules.h"
#include "clean/glued_headlines.h"
#include "clean/match_fold.h"
#include "clean/text_lines.h"
#include "core/utf8.h"

namespace marsad::clean {

struct Cleaner::Rules : CleanRules {
  explicit Rules(CleanRules rules) : CleanRules(std::move(rules)) {
    for (const auto* set : {&exact_lines, &pair_markers, &rest_markers}) {
      for (const std::string& pattern : *set) {
        longest_line_rule = std::max(longest_line_rule, pattern.size());
      }
    }
    for (const std::string& prefix : prefixes)
      longest_prefix = std::max(longest_prefix, prefix.size());
  }
  // The longest whole-line pattern: a longer line needs no hash lookup.
  size_t longest_line_rule = 0;
  size_t longest_prefix = 0;
};

namespace {

// A headline (title, sub-heading or link to another article) is short and does not end
// like a sentence.
constexpr size_t kMaxHeadlineWords = 20;
constexpr size_t kMaxHeadlineChars = 160;
// Related-article headlines at the end of the text are marked when at least this many run
// together (one short closing line is more likely the article's own).
constexpr size_t kMinTrailingHeadlines = 2;
// A Latin-script paragraph (an English photo caption) in an Arabic article.
constexpr size_t kMinLatinLetters = 20;

struct LetterCounts {
  size_t arabic = 0;
  size_t latin = 0;
  size_t chars = 0;
  size_t words = 0;
};

// The code point at text[*pos], advancing *pos past it.
char32_t NextCodePoint(std::string_view text, size_t* pos) {
  size_t length = 0;
  const char32_t cp = utf8::Decode(text, *pos, &length);
  *pos += length;
  return cp;
}

// Works on bytes: a character is counted at its lead byte (the text is valid UTF-8), and
// Arabic letters are told by their two-byte encoding.
LetterCounts CountLetters(std::string_view text) {
  LetterCounts counts;
  bool in_word = false;
  const size_t size = text.size();
  for (size_t pos = 0; pos < size; ++pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (utf8::IsContinuation(c)) continue;
    ++counts.chars;
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++counts.latin;
      const bool space = c == ' ' || c == '\t';
      if (!space && !in_word) ++counts.words;
      in_word = !space;
      continue;
    }
    if (c >= 0xD8 && c <= 0xDB && pos + 1 < size) {
      const char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3F);
      if ((cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3)) ++counts.arabic;
    }
    if (!in_word) ++counts.words;
    in_word = true;
  }
  return counts;
}

bool IsAsciiLetter(char c) {
  return static_cast<unsigned char>((static_cast<unsigned char>(c) | 0x20) - 'a') < 26;
}

// The number of ASCII letters in text: the first test of the Latin-caption rule, which every
// line meets. Eight bytes at a time: in each byte's high bit, whether it is ASCII, at least 'a'
// and at most 'z' once lowercased (the sums stay within their byte), then one bit a letter is
// summed across the bytes.
size_t CountAsciiLetters(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = kOnes * 0x80;
  size_t letters = 0;
  size_t pos = 0;
  for (; pos + 8 <= text.size(); pos += 8) {
    uint64_t block = 0;
    std::memcpy(&block, text.data() + pos, 8);
    const uint64_t ascii = ~block & kHighs;
    const uint64_t lower = (block | kOnes * 0x20) & kOnes * 0x7F;
    const uint64_t from_a = (lower + kOnes * (0x80 - 'a')) & kHighs;
    const uint64_t past_z = (lower + kOnes * (0x7F - 'z')) & kHighs;
    letters += (((ascii & from_a & ~past_z) >> 7) * kOnes) >> 56;
  }
  for (; pos < text.size(); ++pos) letters += IsAsciiLetter(text[pos]);
  return letters;
}

// The last code point of a folded line, ignoring closing quotes and brackets (read from the
// end: the line is valid UTF-8).
char32_t LastMeaningful(std::string_view folded) {
  size_t end = folded.size();
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && utf8::IsContinuation(static_cast<unsigned char>(folded[start]))) --start;
    size_t pos = start;
    const char32_t cp = NextCodePoint(folded, &pos);
    end = start;
    if (cp == '"' || cp == 0x201D || cp == 0x201C || cp == 0xBB || cp == 0xAB || cp == '\'' ||
        cp == ')' || cp == ' ') {
      continue;
    }
    return cp;
  }
  return 0;
}

// Reads the end of the line; all of it only when that end is nothing but closing marks.
bool EndsLikeSentence(const TextLine& line) {
  char32_t last = LastMeaningful(line.FoldedTail(1));
  if (last == 0) last = LastMeaningful(line.folded());
  return last == '.' || last == '!' || last == '?' || last == 0x061F || last == ':' ||
         last == 0x2026 || last == 0x06D4 || last == ',' || last == 0x060C || last == ';' ||
         last == 0x061B;
}

bool IsHeadlineLike(const TextLine& line) {
  if (line.blank() || EndsLikeSentence(line)) return false;
  // A character is at most four bytes: a longer line has too many characters, uncounted.
  if (line.FoldedLongerThan(4 * kMaxHeadlineChars)) return false;
  const LetterCounts counts = CountLetters(line.folded());
  return counts.words <= kMaxHeadlineWords && counts.chars <= kMaxHeadlineChars &&
         counts.arabic > 0;
}

bool StartsWithWord(std::string_view folded, std::string_view prefix) {
  // Most lines differ from a prefix in its first four bytes: told by one comparison, inline.
  if (folded.size() < prefix.size()) return false;
  if (prefix.size() >= 4 && std::memcmp(folded.data(), prefix.data(), 4) != 0) return false;
  if (!folded.starts_with(prefix)) return false;
  if (folded.size() == prefix.size()) return true;
  const unsigned char next = static_cast<unsigned char>(folded[prefix.size()]);
  // Ends at a space, ASCII punctuation, or a non-letter such as «:» or «،».
  if (next == ' ' || (next < 0x80 && !std::isalnum(next))) return true;
  size_t length = 0;
  const char32_t cp = utf8::Decode(folded, prefix.size(), &length);
  return cp == 0x060C || cp == 0x061B || cp == 0xAB || cp == 0xBB || cp == 0x2013 || cp == 0x2014 ||
         (prefix.back() == ':' || prefix.back() == ' ');
}

// A line that is a link and nothing else; told first by its start.
bool IsBareUrl(const TextLine& line) {
  static constexpr std::string_view kStarts[] = {"http://", "https://", "www.", "t.me/",
                                                 "telegram.me/"};
  const std::string_view head = line.FoldedHead(std::string_view("telegram.me/").size());
  if (std::none_of(std::begin(kStarts), std::end(kStarts),
                   [&](std::string_view start) { return head.starts_with(start); })) {
    return false;
  }
  return line.folded().find(' ') == std::string_view::npos;
}

// Editor's initials are at most this many letters (four without parentheses).
constexpr size_t kMaxInitials = 6;

// Whether `text` holds nothing but what initials are written with (letters, separators and
// brackets) and at most kMaxInitials letters: true of every start of a line of initials.
bool MayBeInitials(std::string_view text) {
  size_t letters = 0;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = NextCodePoint(text, &pos);
    if (cp >= 0x0621 && cp <= 0x064A) {
      if (++letters > kMaxInitials) return false;
    } else if (cp != '.' && cp != '/' && cp != '-' && cp != ' ' && cp != '(' && cp != ')') {
      return false;
    }
  }
  return true;
}

// «(ن.ح)», «ن.ح», «(أ.ب/ع.م)»: the initials of the editor who prepared the text. A line of
// words is told from its start.
bool IsEditorInitials(const TextLine& line) {
  if (!MayBeInitials(line.FoldedHead(1))) return false;
  const std::string_view folded = line.folded();
  std::string_view inner = folded;
  const bool parenthesised = inner.starts_with("(") && inner.ends_with(")");
  if (parenthesised) inner = inner.substr(1, inner.size() - 2);
  size_t letters = 0;
  size_t separators = 0;
  for (size_t pos = 0; pos < inner.size();) {
    const char32_t cp = NextCodePoint(inner, &pos);
    if (cp >= 0x0621 && cp <= 0x064A) {
      if (++letters > kMaxInitials) return false;  // a line of words: no need to read on
    } else if (cp == '.' || cp == '/' || cp == '-' || cp == ' ') {
      ++separators;
    } else {
      return false;
    }
  }
  return letters > 0 && (separators > 0 || parenthesised) && (parenthesised || letters <= 4);
}

// A caption ends with the photo agency in parentheses: «... (الأوروبية)». Read from the end of
// the line, and from further back only when the parenthesis opens before that end.
bool EndsWithPhotoCredit(const TextLine& line, const CleanRules& rules) {
  std::string_view folded = line.FoldedTail(1);
  if (!folded.ends_with(")")) return false;
  if (folded.find('(') == std::string_view::npos) folded = line.folded();
  const size_t open = folded.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string credit = MatchFold(folded.substr(open + 1, folded.size() - open - 2));
  return rules.photo_credits.contains(credit);
}

// Whether two lines fold alike; most lines differ in their first characters.
bool SameFold(const TextLine& a, const TextLine& b) {
  constexpr size_t kCompared = 32;
  if (a.FoldedHead(kCompared).substr(0, kCompared) !=
      b.FoldedHead(kCompared).substr(0, kCompared)) {
    return false;
  }
  return a.folded() == b.folded();
}

class LineMarker {
 public:
  LineMarker(const std::vector<TextLine>& lines, const Cleaner::Rules& rules, size_t title_line,
             std::string_view article_text)
      : lines_(lines),
        rules_(rules),
        title_line_(title_line),
        article_text_(article_text),
        marked_(lines.size(), false) {}

  std::vector<bool> Mark() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      const TextLine& line = lines_[i];
      if (line.blank() || i == title_line_) continue;
      if (IsRestMarker(line)) {
        for (size_t j = i; j < lines_.size(); ++j) marked_[j] = !lines_[j].blank();
        break;
      }
      if (MayBeWholeLineRule(line) && rules_.pair_markers.contains(line.folded())) {
        marked_[i] = true;
        if (const size_t next = NextNonBlank(i); next < lines_.size()) marked_[next] = true;
        continue;
      }
      if (MatchesLineRule(line)) marked_[i] = true;
      MarkDuplicate(i);
    }
    MarkTrailingHeadlines();
    return marked_;
  }

 private:
  bool MayBeWholeLineRule(const TextLine& line) const {
    return !line.FoldedLongerThan(rules_.longest_line_rule);
  }

  bool IsRestMarker(const TextLine& line) const {
    // The marker may be followed by " :" (a folded line holds no two spaces in a row).
    if (line.FoldedLongerThan(rules_.longest_line_rule + 2)) return false;
    std::string_view marker = line.folded();
    if (marker.ends_with(":")) marker.remove_suffix(1);
    while (marker.ends_with(" ")) marker.remove_suffix(1);
    return marker.size() <= rules_.longest_line_rule &&
           rules_.rest_markers.contains(std::string(marker));
  }

  bool MatchesLineRule(const TextLine& line) {
    if (MayBeWholeLineRule(line) && rules_.exact_lines.contains(line.folded())) return true;
    // The byte after a prefix tells whether a word ends there.
    const std::string_view head = line.FoldedHead(rules_.longest_prefix + 1);
    for (const std::string& prefix : rules_.prefixes) {
      if (StartsWithWord(head, prefix)) return true;
    }
    if (IsBareUrl(line) || IsEditorInitials(line)) return true;
    if (EndsWithPhotoCredit(line, rules_) && !EndsLikeSentence(line)) return true;
    // Folding makes no ASCII letter and drops none (MatchFoldTest): the raw line has as many.
    if (CountAsciiLetters(line.raw()) < kMinLatinLetters) return false;
    const LetterCounts counts = CountLetters(line.folded());
    return counts.latin >= kMinLatinLetters && counts.latin > 3 * counts.arabic && ArabicArticle();
  }

  // Whether the article has more Arabic than Latin letters; counted once, when first asked.
  bool ArabicArticle() {
    if (!arabic_article_.has_value()) {
      const LetterCounts counts = CountLetters(article_text_);
      arabic_article_ = counts.arabic > counts.latin;
    }
    return *arabic_article_;
  }

  // A line repeated right after itself: the second copy is boilerplate, and a short pair
  // (a photo caption printed twice) goes entirely.
  void MarkDuplicate(size_t i) {
    const size_t previous = PreviousNonBlank(i);
    if (previous >= lines_.size() || !SameFold(lines_[previous], lines_[i])) return;
    marked_[i] = true;
    if (IsHeadlineLike(lines_[i]) && previous != title_line_) marked_[previous] = true;
  }

  // Links to other articles left at the end of the text: a run of headline-like lines
  // after the last body paragraph.
  void MarkTrailingHeadlines() {
    std::vector<size_t> run;
    for (size_t i = lines_.size(); i-- > 0;) {
      if (lines_[i].blank() || marked_[i]) continue;
      if (i == title_line_ || !IsHeadlineLike(lines_[i])) break;
      run.push_back(i);
    }
    if (run.size() < kMinTrailingHeadlines) return;
    for (size_t i : run) marked_[i] = true;
  }

  size_t NextNonBlank(size_t i) const {
    for (size_t j = i + 1; j < lines_.size(); ++j) {
      if (!lines_[j].blank()) return j;
    }
    return lines_.size();
  }

  size_t PreviousNonBlank(size_t i) const {
    for (size_t j = i; j-- > 0;) {
      if (!lines_[j].blank()) return j;
    }
    return lines_.size();
  }

  const std::vector<TextLine>& lines_;
  const Cleaner::Rules& rules_;
  size_t title_line_;
  std::string_view article_text_;
  std::optional<bool> arabic_article_;
  std::vector<bool> marked_;
};

// The first non-blank line is the title when it reads like a headline and body follows.
size_t FindTitleLine(const std::vector<TextLine>& lines) {
  size_t first = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank()) {
      first = i;
      break;
    }
  }
  if (first == lines.size() || !IsHeadlineLike(lines[first])) return lines.size();
  for (size_t i = first + 1; i < lines.size(); ++i) {
    if (!lines[i].blank()) return first;
  }
  return lines.size();
}

// «المصدر : الجزيرة + وكالات» → the outlet of «الجزيرة».
std::string OutletFromSourceLine(std::string_view folded, const CleanRules& rules) {
  static constexpr std::string_view kSource = "المصدر";
  if (!folded.starts_with(kSource)) return "";
  std::string_view rest = folded.substr(kSource.size());
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
  if (rest.size() == folded.size() - kSource.size()) return "";  // no separator
  const size_t end = rest.find_first_of("+-/|,");
  std::string name(rest.substr(0, end));
  const std::string comma = "،";
  if (const size_t arabic_comma = name.find(comma); arabic_comma != std::string::npos) {
    name.resize(arabic_comma);
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  const auto it = rules.source_names.find(name);
  return it == rules.source_names.end() ? "" : it->second;
}

// A line that is, or ends with, a link that signs the text: telegram.me/buratha.
std::string OutletFromLinkLine(std::string_view folded, const CleanRules& rules) {
  for (const auto& [link, outlet] : rules.link_signatures) {
    if (folded.ends_with(link)) return outlet;
  }
  for (std::string_view channel_prefix : {"telegram.me/", "t.me/"}) {
    const size_t at = folded.rfind(channel_prefix);
    if (at == std::string_view::npos || folded.find(' ', at) != std::string_view::npos) continue;
    if (at > 0 && folded[at - 1] != '/' && folded[at - 1] != ' ') continue;
    std::string_view name = folded.substr(at + channel_prefix.size());
    if (!name.empty() && name.find('/') == std::string_view::npos) return std::string(name);
  }
  return "";
}

std::string FindOutlet(const Article& article, const std::vector<TextLine>& lines,
                       const CleanRules& rules) {
  if (!article.url.empty()) {
    if (std::string outlet = rules.OutletForUrl(article.url); !outlet.empty()) return outlet;
  }
  for (size_t i = lines.size(); i-- > 0;) {
    if (lines[i].blank()) continue;
    if (std::string outlet = OutletFromLinkLine(lines[i].folded(), rules); !outlet.empty()) {
      return outlet;
    }
    if (std::string outlet = OutletFromSourceLine(lines[i].folded(), rules); !outlet.empty()) {
      return outlet;
    }
  }
  return article.outlet;
}

}  // namespace

Expected<Cleaner> Cleaner::Load(const std::string& data_dir) {
  auto rules = CleanRules::Load(data_dir + "/clean");
  if (!rules.ok()) return rules.status();
  return Cleaner(std::make_shared<const Rules>(std::move(rules.value())));
}

void Cleaner::Apply(Analysis* analysis) const {
  const Article& article = analysis->article;
  const std::vector<TextLine> lines = SplitLines(article.text);
  const size_t title_line = FindTitleLine(lines);

  analysis->url = article.url;
  analysis->published = article.published;
  analysis->title = title_line < lines.size()
                        ? std::string(lines[title_line].span().of(article.text))
                        : article.title;
  analysis->outlet = FindOutlet(article, lines, *rules_);

  LineMarker marker(lines, *rules_, title_line, article.text);
  const std::vector<bool> marked = marker.Mark();
  analysis->boilerplate.clear();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (marked[i]) {
      analysis->boilerplate.push_back(lines[i].span());
    } else if (!lines[i].blank() && i != title_line) {
      // Related headlines run into the start of a body line: only that part is boilerplate.
      const Span& line = lines[i].span();
      const size_t glued = GluedHeadlineLength(line.of(article.text), rules_->glued_openers);
      if (glued > 0) {
        analysis->boilerplate.push_back({line.start, static_cast<uint32_t>(line.start + glued)});
      }
    }
  }
}

}  // namespace marsad::clean
