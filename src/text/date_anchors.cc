#include "text/date_anchors.h"

#include <algorithm>

#include "core/utf8.h"
#include "text/normalizer.h"

namespace marsad::text {
namespace {

constexpr uint64_t kHashSeed = 14695981039346656037ull;
constexpr uint64_t kHashPrime = 1099511628211ull;

uint64_t HashByte(uint64_t hash, unsigned char byte) { return (hash ^ byte) * kHashPrime; }

// 0 marks an empty slot, so no word hashes to it.
uint64_t Finish(uint64_t hash) {
  hash ^= hash >> 29;
  return hash == 0 ? 1 : hash;
}

uint64_t HashOf(std::string_view folded) {
  uint64_t hash = kHashSeed;
  for (const char c : folded) hash = HashByte(hash, static_cast<unsigned char>(c));
  return Finish(hash);
}

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

void DateAnchors::HashSet::Insert(uint64_t hash) {
  if (2 * (used_ + 1) > slots_.size()) {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), 0);
    used_ = 0;
    for (const uint64_t kept : old) {
      if (kept != 0) Insert(kept);
    }
  }
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == hash) return;
    if (slots_[slot] == 0) {
      slots_[slot] = hash;
      ++used_;
      return;
    }
  }
}

bool DateAnchors::HashSet::Contains(uint64_t hash) const {
  if (slots_.empty()) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == hash) return true;
    if (slots_[slot] == 0) return false;
  }
}

DateAnchors::DateAnchors(const std::vector<std::string>& words,
                         const std::vector<std::string>& clause_end_words) {
  const Normalizer normalizer;
  for (char32_t cp = 0x0600; cp < 0x0700; ++cp) {
    std::string one;
    utf8::Append(cp, &one);
    const std::string folded = normalizer.NormalizeString(one);
    size_t length = 0;
    fold_[cp - 0x0600] =
        folded.empty() ? 0 : static_cast<char16_t>(utf8::Decode(folded, 0, &length));
  }
  for (const std::string& word : words) AddWithClitics(word, &words_);
  for (const std::string& word : clause_end_words) AddWithClitics(word, &clause_end_words_);
}

void DateAnchors::AddWithClitics(const std::string& word, HashSet* set) {
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
    for (size_t words = 0; start > 0 && words <= words_before;) {
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
    // A run of Arabic-block characters: fold and hash it on the way.
    const size_t start = pos;
    size_t length = 0;
    size_t digits = 0;
    int lead_digit = -1;
    uint64_t hash = kHashSeed;
    while (pos + 1 < size && bytes[pos] >= 0xD8 && bytes[pos] <= 0xDB &&
           (bytes[pos + 1] & 0xC0) == 0x80) {
      const char16_t folded = FoldArabic(((bytes[pos] & 0x1F) << 6) | (bytes[pos + 1] & 0x3F));
      if (folded == 0) {
        pos += 2;
        continue;
      }
      if (folded < 0x80) {
        if (length > 0 || !IsAsciiDigit(folded)) break;  // digits after letters, a mark
        if (lead_digit < 0) lead_digit = folded - '0';
        ++digits;
        pos += 2;
        continue;
      }
      if (digits > 0 || !IsLetter(folded)) break;
      hash = HashByte(HashByte(hash, 0xC0 | (folded >> 6)), 0x80 | (folded & 0x3F));
      length += 2;
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
    const uint64_t word = Finish(hash);
    if (words_.Contains(word) ||
        (ClauseEndsAt(bytes, size, pos) && clause_end_words_.Contains(word))) {
      add_window(start, pos);
    }
  }
  return windows;
}

}  // namespace marsad::text
