#include "text/date_anchors.h"

#include <algorithm>

#include "core/utf8.h"
#include "text/normalizer.h"

namespace marsad::text {
namespace {

// The key of a word from the folded codes of its letters (see DateAnchors::pair_code_): the first
// sixteen are packed a byte each, with a short dependency chain per letter, and any further ones
// are hashed.
class WordKey {
 public:
  void Add(uint8_t code) {
    if (letters_ < 8) {
      first_ = first_ << 8 | code;
    } else if (letters_ < 16) {
      second_ = second_ << 8 | code;
    } else {
      rest_ = (rest_ ^ code) * 1099511628211ull;
    }
    ++letters_;
  }
  uint64_t Hash() const {
    const uint64_t hash = first_ * 0x9E3779B97F4A7C15ull ^ second_ * 0xC2B2AE3D27D4EB4Full ^ rest_;
    return hash ^ (hash >> 29);
  }

 private:
  uint64_t first_ = 0;
  uint64_t second_ = 0;
  uint64_t rest_ = 0;
  size_t letters_ = 0;
};

bool IsAsciiSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool IsLetter(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3);
}

// Whether a clause ends at `pos`: after spaces, the end of the text, a newline, or a mark that
// closes a clause (. ! ? , ; and their Arabic forms ، ؛ ؟).
bool ClauseEndsAt(const unsigned char* bytes, size_t size, size_t pos) {
  while (pos < size && (bytes[pos] == ' ' || bytes[pos] == '\t')) ++pos;
  if (pos >= size) return true;
  const unsigned char c = bytes[pos];
  if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ',' || c == ';') {
    return true;
  }
  if (c == 0xD8 && pos + 1 < size) {
    const unsigned char trail = bytes[pos + 1];
    return trail == 0x8C || trail == 0x9B || trail == 0x9F;  // ، ؛ ؟
  }
  return false;
}

}  // namespace

DateAnchors::DateAnchors(const std::vector<std::string>& words,
                         const std::vector<std::string>& clause_end_words) {
  const Normalizer normalizer;
  pair_code_.assign(size_t{1} << 16, kOther);
  for (char32_t cp = 0x0600; cp < 0x0700; ++cp) {
    std::string one;
    utf8::Append(cp, &one);
    const std::string folded = normalizer.NormalizeString(one);
    size_t length = 0;
    const char32_t first = folded.empty() ? 0 : utf8::Decode(folded, 0, &length);
    uint8_t& code =
        pair_code_[static_cast<unsigned char>(one[0]) << 8 | static_cast<unsigned char>(one[1])];
    if (first == 0) {
      code = kDropped;
    } else if (first >= '0' && first <= '9') {
      code = kDigit0 + (first - '0');
    } else if (first >= 0x0600 && first < 0x0700 && IsLetter(first)) {
      code = static_cast<uint8_t>(first - 0x0600);
    } else {
      code = kOther;
    }
  }
  for (const std::string& word : words) AddWithClitics(word, &words_);
  for (const std::string& word : clause_end_words) AddWithClitics(word, &clause_end_words_);
}

void DateAnchors::AddWithClitics(const std::string& word, DateWordSet* set) {
  static const std::string kConjunctions[] = {"", "و", "ف"};
  static const std::string kPrepositions[] = {"", "ب", "ل", "ك"};
  static const std::string kAl = "ال";
  if (word.empty()) return;
  auto add = [&](const std::string& form) {
    max_length_ = std::max(max_length_, form.size());
    set->Insert(HashOf(form));
  };
  for (const std::string& conjunction : kConjunctions) {
    for (const std::string& preposition : kPrepositions) {
      std::string form = conjunction;
      form += preposition;
      form += word;
      add(form);
    }
    if (word.starts_with(kAl)) add(conjunction + "لل" + word.substr(kAl.size()));
  }
}

uint64_t DateAnchors::HashOf(std::string_view folded) {
  WordKey key;
  for (size_t pos = 0; pos < folded.size();) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(folded, pos, &length);
    pos += length;
    const bool letter = cp >= 0x0600 && cp < 0x0700 && IsLetter(cp);
    key.Add(letter ? static_cast<uint8_t>(cp - 0x0600) : kOther);
  }
  return key.Hash();
}

bool DateAnchors::IsAnchorWord(std::string_view folded) const {
  if (folded.empty() || folded.size() > max_length_) return false;
  return words_.Contains(HashOf(folded));
}

std::vector<Span> DateAnchors::Windows(std::string_view text, size_t words_before,
                                       size_t words_after) const {
  std::vector<Span> windows;
  const size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());

  auto add_window = [&](size_t anchor_start, size_t anchor_end) {
    size_t start = anchor_start;
    // Not back into the last window: the window would start at its end anyway.
    const size_t floor = windows.empty() ? 0 : windows.back().end;
    for (size_t words = 0; start > floor && words <= words_before;) {
      --start;
      if (IsAsciiSpace(bytes[start]) && start > 0 && !IsAsciiSpace(bytes[start - 1])) ++words;
    }
    if (!windows.empty() && start < windows.back().end) start = windows.back().end;
    size_t end = anchor_end;
    for (size_t words = 0; end < size && words <= words_after; ++end) {
      if (IsAsciiSpace(bytes[end]) && end + 1 < size && !IsAsciiSpace(bytes[end + 1])) ++words;
    }
    if (!windows.empty() && start <= windows.back().end) {
      windows.back().end = static_cast<uint32_t>(std::max<size_t>(windows.back().end, end));
    } else {
      windows.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    }
  };
  auto is_separator = [&](size_t at) {
    return at < size &&
           (bytes[at] == '/' || bytes[at] == '-' || bytes[at] == '.' || bytes[at] == '\\');
  };
  // A digit run [start, end) of `digits` digits whose first is `lead`: an anchor when it is a
  // year (1xxx, 2xxx), continues with a separator and another digit (25/9, 2015-09-25), or is
  // a day number that closes a clause.
  auto digit_run = [&](size_t start, size_t end, size_t digits, int lead) {
    const bool year = digits == 4 && (lead == 1 || lead == 2);
    const bool numbered =
        is_separator(end) && end + 1 < size &&
        (IsAsciiDigit(bytes[end + 1]) || bytes[end + 1] == 0xD9 || bytes[end + 1] == 0xDB);
    const bool day = digits <= 2 && ClauseEndsAt(bytes, size, end);
    if (year || numbered || day) add_window(start, end);
  };

  size_t pos = 0;
  while (pos < size) {
    const unsigned char c = bytes[pos];
    if (c < 0x80) {
      if (IsAsciiDigit(c)) {
        const size_t start = pos;
        while (pos < size && IsAsciiDigit(bytes[pos])) ++pos;
        digit_run(start, pos, pos - start, c - '0');
        continue;
      }
      ++pos;
      continue;
    }
    if (c < 0xD8 || c > 0xDB || pos + 1 >= size) {
      ++pos;
      continue;
    }
    // A run of Arabic-block characters, letters or digits (with the marks the fold drops):
    // letters are folded and hashed on the way.
    const size_t start = pos;
    size_t length = 0;
    WordKey key;
    while (pos + 1 < size) {
      const uint8_t code = pair_code_[bytes[pos] << 8 | bytes[pos + 1]];
      if (code == kDropped) {
        pos += 2;
        continue;
      }
      if (code >= kDigit0) break;  // digits after letters, a mark
      key.Add(code);
      length += 2;
      pos += 2;
    }
    size_t digits = 0;
    int lead_digit = -1;
    while (length == 0 && pos + 1 < size) {
      const uint8_t code = pair_code_[bytes[pos] << 8 | bytes[pos + 1]];
      if (code == kDropped) {
        pos += 2;
        continue;
      }
      if (code < kDigit0 || code == kOther) break;  // letters after digits, a mark
      if (lead_digit < 0) lead_digit = code - kDigit0;
      ++digits;
      pos += 2;
    }
    if (digits > 0) {
      digit_run(start, pos, digits, lead_digit);
      continue;
    }
    if (length == 0) {
      pos = std::max(pos, start + 1);
      continue;
    }
    if (length > max_length_) continue;
    const uint64_t word = key.Hash();
    if (words_.Contains(word) ||
        (clause_end_words_.Contains(word) && ClauseEndsAt(bytes, size, pos))) {
      add_window(start, pos);
    }
  }
  return windows;
}

}  // namespace marsad::text
