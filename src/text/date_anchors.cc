#include "text/date_anchors.h"

#include <algorithm>
#include <cstdint>

namespace marsad::text {
namespace {

constexpr size_t kMaxWordBytes = 48;

bool IsAsciiSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The folded code point of the Arabic-block character with UTF-8 bytes (lead, trail), as
// text/date_words.cc folds it; 0 for a dropped mark; '0'…'9' for digits.
char32_t FoldArabic(unsigned char lead, unsigned char trail) {
  const char32_t cp = ((lead & 0x1F) << 6) | (trail & 0x3F);
  switch (cp) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return 0x0627;
    case 0x0649:
    case 0x0626:
      return 0x064A;
    case 0x0629:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    default:
      break;
  }
  if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) return 0;
  if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
  return cp;
}

bool IsLetter(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3);
}

}  // namespace

size_t DateAnchors::Hash::operator()(std::string_view text) const {
  uint64_t hash = 14695981039346656037ull;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<size_t>(hash);
}

size_t DateAnchors::FilterKey(std::string_view folded) {
  const size_t length = folded.size();
  const size_t last = static_cast<unsigned char>(folded[length - 1]) & 0x3F;
  const size_t before = length >= 3 ? static_cast<unsigned char>(folded[length - 3]) & 0x3F : 0;
  return ((length & 0x1F) << 12) | (before << 6) | last;
}

DateAnchors::DateAnchors(const std::vector<std::string>& words)
    : filter_((size_t{1} << 17) / 64, 0) {
  static const std::string kConjunctions[] = {"", "و", "ف"};
  static const std::string kPrepositions[] = {"", "ب", "ل", "ك"};
  for (const std::string& word : words) {
    if (word.empty()) continue;
    for (const std::string& conjunction : kConjunctions) {
      for (const std::string& preposition : kPrepositions) Add(conjunction + preposition + word);
      if (word.starts_with("ال")) Add(conjunction + "لل" + word.substr(std::string("ال").size()));
    }
  }
}

void DateAnchors::Add(const std::string& word) {
  max_length_ = std::max(max_length_, word.size());
  words_.insert(word);
  const size_t key = FilterKey(word);
  filter_[key / 64] |= uint64_t{1} << (key % 64);
}

bool DateAnchors::IsAnchorWord(std::string_view folded) const {
  if (folded.empty() || folded.size() > max_length_) return false;
  const size_t key = FilterKey(folded);
  if ((filter_[key / 64] & (uint64_t{1} << (key % 64))) == 0) return false;
  return words_.find(folded) != words_.end();
}

std::vector<Span> DateAnchors::Windows(std::string_view text, size_t context_words) const {
  std::vector<Span> windows;
  const size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());

  auto add_window = [&](size_t anchor_start, size_t anchor_end) {
    size_t start = anchor_start;
    for (size_t words = 0; start > 0 && words <= context_words;) {
      --start;
      if (IsAsciiSpace(bytes[start]) && start > 0 && !IsAsciiSpace(bytes[start - 1])) ++words;
    }
    if (!windows.empty() && start < windows.back().end) start = windows.back().end;
    size_t end = anchor_end;
    for (size_t words = 0; end < size && words <= context_words; ++end) {
      if (IsAsciiSpace(bytes[end]) && end + 1 < size && !IsAsciiSpace(bytes[end + 1])) ++words;
    }
    if (!windows.empty() && start <= windows.back().end) {
      windows.back().end = static_cast<uint32_t>(std::max<size_t>(windows.back().end, end));
    } else {
      windows.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    }
  };

  char buffer[kMaxWordBytes];
  size_t pos = 0;
  while (pos < size) {
    const unsigned char c = bytes[pos];
    if (c < 0x80) {
      if (c >= '0' && c <= '9') {
        // A digit run: an anchor when it is a four-digit year (1xxx, 2xxx) or continues with a
        // separator and another digit (25/9, 2015-09-25).
        const size_t start = pos;
        while (pos < size && bytes[pos] >= '0' && bytes[pos] <= '9') ++pos;
        const bool year = pos - start == 4 && (bytes[start] == '1' || bytes[start] == '2');
        const bool numbered =
            pos + 1 < size &&
            (bytes[pos] == '/' || bytes[pos] == '-' || bytes[pos] == '.' || bytes[pos] == '\\') &&
            ((bytes[pos + 1] >= '0' && bytes[pos + 1] <= '9') || bytes[pos + 1] == 0xD9 ||
             bytes[pos + 1] == 0xDB);
        if (year || numbered) add_window(start, pos);
        continue;
      }
      ++pos;
      continue;
    }
    if (c < 0xD8 || c > 0xDB || pos + 1 >= size) {
      ++pos;
      continue;
    }
    // A run of Arabic-block characters: fold it into `buffer` and look it up.
    const size_t start = pos;
    size_t length = 0;
    size_t digits = 0;
    bool fits = true;
    while (pos + 1 < size && bytes[pos] >= 0xD8 && bytes[pos] <= 0xDB &&
           (bytes[pos + 1] & 0xC0) == 0x80) {
      const char32_t folded = FoldArabic(bytes[pos], bytes[pos + 1]);
      if (folded == 0) {
        pos += 2;
        continue;
      }
      if (folded < 0x80) {
        if (length > 0) break;  // digits after letters: a word of their own
        ++digits;
        pos += 2;
        continue;
      }
      if (digits > 0 || !IsLetter(folded)) break;
      if (length + 2 > kMaxWordBytes) fits = false;
      if (fits) {
        buffer[length] = static_cast<char>(0xC0 | (folded >> 6));
        buffer[length + 1] = static_cast<char>(0x80 | (folded & 0x3F));
      }
      length += 2;
      pos += 2;
    }
    if (digits > 0) {
      // Arabic-Indic digits: same test as ASCII ones.
      const bool year = digits == 4 && (bytes[start + 1] == 0xA1 || bytes[start + 1] == 0xA2 ||
                                        bytes[start + 1] == 0xB1 || bytes[start + 1] == 0xB2);
      const bool numbered = pos < size && (bytes[pos] == '/' || bytes[pos] == '-' ||
                                           bytes[pos] == '.' || bytes[pos] == '\\');
      if (year || numbered) add_window(start, pos);
      continue;
    }
    if (length == 0) {
      pos = std::max(pos, start + 1);
      continue;
    }
    if (fits && IsAnchorWord(std::string_view(buffer, length))) add_window(start, pos);
  }
  return windows;
}

}  // namespace marsad::text
