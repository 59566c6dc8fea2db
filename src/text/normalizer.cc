#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>
#include <string>

#include "core/utf8.h"

namespace marsad::text {
namespace {

std::string EncodeOne(char32_t cp) {
  std::string out;
  utf8::Append(cp, &out);
  return out;
}

// What happens to one code point. The kFold* kinds apply only when their option is on.
enum class Action : uint8_t {
  kCopy,
  kDrop,
  kMap,
  kFoldHamza,
  kFoldMaqsura,
  kFoldMarbuta,
  kLowercase,
  kExpand,  // presentation form: normalise its compatibility decomposition
};

struct Rule {
  Action action = Action::kCopy;
  std::string out;  // replacement (kMap, kFold*, kLowercase) or decomposition (kExpand)
};

// The bits of Normalizer::Options that a replacement may depend on.
enum OptionBit : uint8_t {
  kHamzaBit = 1,
  kMaqsuraBit = 2,
  kMarbutaBit = 4,
  kLowercaseBit = 8,
};

uint8_t OptionBits(const Normalizer::Options& options) {
  return (options.fold_hamza ? kHamzaBit : 0) | (options.fold_alef_maqsura ? kMaqsuraBit : 0) |
         (options.fold_ta_marbuta ? kMarbutaBit : 0) |
         (options.lowercase_latin ? kLowercaseBit : 0);
}

// The option a replacement needs (kFold*, kLowercase); 0 for the actions that need none.
uint8_t OptionBitOf(Action action) {
  switch (action) {
    case Action::kFoldHamza:
      return kHamzaBit;
    case Action::kFoldMaqsura:
      return kMaqsuraBit;
    case Action::kFoldMarbuta:
      return kMarbutaBit;
    case Action::kLowercase:
      return kLowercaseBit;
    default:
      return 0;
  }
}

constexpr size_t kOptionSets = 16;  // every combination of the OptionBits

// What one code point below U+0800 (ASCII, Latin-1, Arabic) becomes under one set of options,
// in a compact form for the hot loop: at most two bytes (no such character lengthens).
// Four bytes, so that the hot loop indexes the table with a shift.
struct alignas(4) ShortRule {
  char out[2] = {0, 0};
  uint8_t length = 0;  // bytes of out; 0 drops the character (an ASCII character is never dropped)
};

// Immutable lookup tables, built once on first use: one entry per code point below U+0800
// (ASCII, Latin-1, Arabic), and sparse ranges for general punctuation and presentation forms.
class RuleTable {
 public:
  static const RuleTable& Get() {
    static const RuleTable table;
    return table;
  }

  const Rule& TwoByte(char32_t cp) const { return two_byte_[cp]; }
  // The compact rules of the code points below U+0800 under the options `option_bits`.
  const ShortRule* Short(uint8_t option_bits) const { return short_[option_bits].data(); }
  const Rule* ThreeByte(char32_t cp) const {
    if (cp >= 0x2000 && cp < 0x2070) return &punctuation_[cp - 0x2000];
    if (cp >= 0xFB50 && cp < 0x10000) return &presentation_[cp - 0xFB50];
    return nullptr;
  }

 private:
  RuleTable() {
    for (char32_t c = 'A'; c <= 'Z'; ++c) Set(c, Action::kLowercase, c + 32);
    for (char32_t c = 0xC0; c <= 0xDE; ++c) {
      if (c != 0xD7) Set(c, Action::kLowercase, c + 32);
    }
    Set(0xA0, Action::kMap, ' ');                                          // no-break space
    Set(0xAD, Action::kDrop, 0);                                           // soft hyphen
    Set(0xAB, Action::kMap, '"');                                          // «
    Set(0xBB, Action::kMap, '"');                                          // »
    for (char32_t c = 0x064B; c <= 0x065F; ++c) Set(c, Action::kDrop, 0);  // harakat
    Set(0x0670, Action::kDrop, 0);                                         // superscript alef
    Set(0x0640, Action::kDrop, 0);                                         // tatweel
    Set(0x061C, Action::kDrop, 0);                                         // Arabic letter mark
    for (char32_t c : {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}) {
      Set(c, Action::kFoldHamza, 0x0627);
    }
    Set(0x0624, Action::kFoldHamza, 0x0648);
    Set(0x0626, Action::kFoldHamza, 0x064A);
    Set(0x0649, Action::kFoldMaqsura, 0x064A);
    Set(0x06CC, Action::kFoldMaqsura, 0x064A);  // Farsi yeh
    Set(0x0629, Action::kFoldMarbuta, 0x0647);
    Set(0x06C0, Action::kFoldMarbuta, 0x0647);  // heh with yeh above
    Set(0x06A9, Action::kMap, 0x0643);          // keheh → kaf
    Set(0x06C1, Action::kMap, 0x0647);          // heh goal
    for (char32_t c = 0; c < 10; ++c) {
      Set(0x0660 + c, Action::kMap, '0' + c);
      Set(0x06F0 + c, Action::kMap, '0' + c);
    }
    Set(0x060C, Action::kMap, ',');
    Set(0x061B, Action::kMap, ';');
    Set(0x061F, Action::kMap, '?');
    Set(0x066A, Action::kMap, '%');
    Set(0x066B, Action::kMap, '.');
    Set(0x066C, Action::kMap, ',');
    Set(0x06D4, Action::kMap, '.');

    for (char32_t c : {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
                       0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069}) {
      SetPunctuation(c, Action::kDrop, "");
    }
    for (char32_t c = 0x2000; c <= 0x200A; ++c) SetPunctuation(c, Action::kMap, " ");
    SetPunctuation(0x202F, Action::kMap, " ");
    for (char32_t c = 0x2010; c <= 0x2015; ++c) SetPunctuation(c, Action::kMap, "-");
    for (char32_t c = 0x2018; c <= 0x201B; ++c) SetPunctuation(c, Action::kMap, "'");
    for (char32_t c = 0x201C; c <= 0x201F; ++c) SetPunctuation(c, Action::kMap, "\"");
    SetPunctuation(0x2039, Action::kMap, "'");
    SetPunctuation(0x203A, Action::kMap, "'");
    SetPunctuation(0x2026, Action::kMap, "...");
    for (char32_t c = 0; c < two_byte_.size(); ++c) {
      for (uint8_t bits = 0; bits < kOptionSets; ++bits) {
        short_[bits][c] = MakeShortRule(c, two_byte_[c], bits);
      }
    }

    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
    for (char32_t c = 0xFB50; c < 0x10000; ++c) {
      Rule& rule = presentation_[c - 0xFB50];
      const bool arabic = c <= 0xFDFF || (c >= 0xFE70 && c <= 0xFEFC);
      if (c == 0xFEFF) {
        rule.action = Action::kDrop;
      } else if (arabic && U_SUCCESS(error)) {
        icu::UnicodeString decomposed;
        UErrorCode step = U_ZERO_ERROR;
        nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(c)), decomposed, step);
        std::string bytes;
        decomposed.toUTF8String(bytes);
        std::string trimmed;
        for (char b : bytes) {
          if (b != ' ') trimmed.push_back(b);  // isolated harakat decompose to space + mark
        }
        if (U_SUCCESS(step) && trimmed != EncodeOne(c)) {
          rule.action = Action::kExpand;
          rule.out = trimmed;
        }
      }
    }
  }

  void Set(char32_t cp, Action action, char32_t replacement) {
    Rule& rule = two_byte_[cp];
    rule.action = action;
    rule.out.clear();
    if (action != Action::kDrop) utf8::Append(replacement, &rule.out);
  }
  static ShortRule MakeShortRule(char32_t cp, const Rule& rule, uint8_t option_bits) {
    const uint8_t option = OptionBitOf(rule.action);
    std::string out;
    if (rule.action == Action::kCopy || rule.action == Action::kExpand) {  // none below U+0800
      utf8::Append(cp, &out);
    } else if (rule.action != Action::kDrop) {
      out = rule.out;  // kMap, kFold*, kLowercase
    }
    if (option != 0 && (option & option_bits) == 0) {
      out.clear();  // the option is off: the character stays
      utf8::Append(cp, &out);
    }
    ShortRule short_rule;
    short_rule.length = static_cast<uint8_t>(out.size());
    for (size_t i = 0; i < out.size() && i < 2; ++i) short_rule.out[i] = out[i];
    return short_rule;
  }

  void SetPunctuation(char32_t cp, Action action, std::string out) {
    punctuation_[cp - 0x2000] = Rule{action, std::move(out)};
  }

  std::array<Rule, 0x800> two_byte_;
  // two_byte_ in the compact form, for every set of options.
  std::array<std::array<ShortRule, 0x800>, kOptionSets> short_;
  std::array<Rule, 0x70> punctuation_;
  std::array<Rule, 0x10000 - 0xFB50> presentation_;
};

// Normalises original with offsets (or without, when offsets is null), one character at a
// time: any input. AppendShort is the fast path; this handles what it does not.
void AppendGeneral(const Normalizer::Options& options, std::string_view original, uint32_t base,
                   std::string* out, std::vector<uint32_t>* offsets) {
  const RuleTable& table = RuleTable::Get();
  const uint8_t option_bits = OptionBits(options);
  out->reserve(out->size() + original.size());
  if (offsets != nullptr) offsets->reserve(offsets->size() + original.size());
  auto emit = [&](std::string_view bytes, uint32_t at) {
    out->append(bytes);
    if (offsets != nullptr) offsets->insert(offsets->end(), bytes.size(), base + at);
  };
  auto apply = [&](const Rule& rule, std::string_view source, uint32_t at) -> bool {
    switch (rule.action) {
      case Action::kCopy:
        return false;
      case Action::kDrop:
        return true;
      case Action::kMap:
        emit(rule.out, at);
        return true;
      case Action::kFoldHamza:
      case Action::kFoldMaqsura:
      case Action::kFoldMarbuta:
      case Action::kLowercase:
        emit((OptionBitOf(rule.action) & option_bits) != 0 ? std::string_view(rule.out) : source,
             at);
        return true;
      case Action::kExpand: {
        // A presentation form: normalise its decomposition, every byte mapping to `at`.
        std::string expanded;
        AppendGeneral(options, rule.out, 0, &expanded, nullptr);
        emit(expanded, at);
        return true;
      }
    }
    return false;
  };

  const size_t size = original.size();
  size_t i = 0;
  while (i < size) {
    const auto c = static_cast<unsigned char>(original[i]);
    const auto at = static_cast<uint32_t>(i);
    if (c < 0x80) {
      char ascii = static_cast<char>(c);
      if (options.lowercase_latin && c >= 'A' && c <= 'Z') ascii = static_cast<char>(c + 32);
      out->push_back(ascii);
      if (offsets != nullptr) offsets->push_back(base + at);
      ++i;
      continue;
    }
    if (c >= 0xC2 && c < 0xE0 && i + 1 < size && utf8::IsContinuation(original[i + 1])) {
      const char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(original[i + 1]) & 0x3F);
      std::string_view source = original.substr(i, 2);
      if (!apply(table.TwoByte(cp), source, at)) emit(source, at);
      i += 2;
      continue;
    }
    size_t length = 1;
    const char32_t cp = utf8::Decode(original, i, &length);
    std::string_view source = original.substr(i, length);
    const Rule* rule = length == 3 ? table.ThreeByte(cp) : nullptr;
    if (rule == nullptr || !apply(*rule, source, at)) emit(source, at);
    i += length;
  }
}

// Where a run of ASCII and two-byte characters has got to: the next byte of the original, the
// next byte of the output and the next offset.
struct ShortCursor {
  size_t in = 0;
  size_t out = 0;
  size_t offsets = 0;
};

// Normalises original from cursor->in on into `to` (and, when kWithOffsets, the original offset
// plus base of every written byte into `to_offsets`) while its characters are ASCII or two-byte
// (all of Arabic) and valid; stops at the end or before any other character. These never
// lengthen (an ASCII one stays one byte): the output grows by at most the bytes read, so `to`
// needs no more room than the rest of the original. Always inlined: NormalizeShort runs it once
// for every segment of a text, and as a call its cursor would go through memory.
template <bool kWithOffsets>
[[gnu::always_inline]] inline void AppendShortRun(const ShortRule* rules, std::string_view original,
                                                  uint32_t base, char* to, uint32_t* to_offsets,
                                                  ShortCursor* cursor) {
  const auto* in = reinterpret_cast<const unsigned char*>(original.data());
  const size_t size = original.size();
  size_t i = cursor->in;
  size_t written = cursor->out;
  size_t offsets_written = cursor->offsets;
  // A two-byte character is C2..DF then 80..BF, and its code point is (lead << 6) + trail -
  // 0x3080. The last byte is looked at after the loop, so that the loop need not test that a
  // trail byte follows.
  auto ascii = [&](unsigned c) {
    const ShortRule rule = rules[c];
    to[written] = rule.out[0];
    written += rule.length;
    if constexpr (kWithOffsets) {
      to_offsets[offsets_written] = base + static_cast<uint32_t>(i);
      offsets_written += rule.length;
    }
    i += 1;
  };
  while (i + 1 < size) {
    const unsigned c = in[i];
    if (c < 0x80) {
      ascii(c);
      continue;
    }
    const unsigned trail = in[i + 1];
    if (c - 0xC2u >= 0x1Eu || static_cast<signed char>(trail) >= -0x40) break;
    const ShortRule rule = rules[(c << 6) + trail - 0x3080u];
    std::memcpy(to + written, rule.out, 2);
    written += rule.length;
    if constexpr (kWithOffsets) {
      const auto at = base + static_cast<uint32_t>(i);
      to_offsets[offsets_written] = at;
      to_offsets[offsets_written + 1] = at;
      offsets_written += rule.length;
    }
    i += 2;
  }
  if (i + 1 == size && in[i] < 0x80) ascii(in[i]);
  *cursor = {i, written, offsets_written};
}

// Appends the normalised form of original to *out and, when kWithOffsets, the original offset
// (plus base) of every appended byte to *offsets. Runs of ASCII and two-byte characters are
// written by AppendShortRun straight into room made for them up front (a buffer to copy from
// would cost more: its small stores stall the larger loads of the copy); anything else goes
// through AppendGeneral one character at a time. Every byte a character becomes maps to the
// character's first byte, as in AppendGeneral.
template <bool kWithOffsets>
void AppendShort(const Normalizer::Options& options, uint8_t option_bits, std::string_view original,
                 uint32_t base, std::string* out, std::vector<uint32_t>* offsets) {
  const ShortRule* rules = RuleTable::Get().Short(option_bits);
  const size_t size = original.size();
  ShortCursor cursor{0, out->size(), kWithOffsets ? offsets->size() : 0};
  auto make_room = [&](size_t left) {
    out->resize(cursor.out + left);
    if constexpr (kWithOffsets) offsets->resize(cursor.offsets + left);
  };
  make_room(size);
  while (true) {
    AppendShortRun<kWithOffsets>(rules, original, base, out->data(),
                                 kWithOffsets ? offsets->data() : nullptr, &cursor);
    if (cursor.in >= size) break;
    size_t length = 1;
    utf8::Decode(original, cursor.in, &length);
    out->resize(cursor.out);
    if constexpr (kWithOffsets) offsets->resize(cursor.offsets);
    AppendGeneral(options, original.substr(cursor.in, length),
                  base + static_cast<uint32_t>(cursor.in), out, offsets);
    cursor.in += length;
    cursor.out = out->size();
    if constexpr (kWithOffsets) cursor.offsets = offsets->size();
    make_room(size - cursor.in);
  }
  out->resize(cursor.out);
  if constexpr (kWithOffsets) offsets->resize(cursor.offsets);
}

}  // namespace

Normalizer::Normalizer(Options options) : options_(options), option_bits_(OptionBits(options)) {}

void Normalizer::NormalizeAppend(std::string_view original, uint32_t base, std::string* out,
                                 std::vector<uint32_t>* offsets) const {
  if (offsets != nullptr) {
    AppendShort<true>(options_, option_bits_, original, base, out, offsets);
  } else {
    AppendShort<false>(options_, option_bits_, original, base, out, nullptr);
  }
}

size_t Normalizer::NormalizeShort(std::string_view original, char* out) const {
  ShortCursor cursor;
  AppendShortRun<false>(RuleTable::Get().Short(option_bits_), original, 0, out, nullptr, &cursor);
  return cursor.in == original.size() ? cursor.out : kNotShort;
}

NormalizedText Normalizer::Normalize(std::string_view original) const {
  NormalizedText normalized;
  NormalizeAppend(original, 0, &normalized.text, &normalized.offsets);
  normalized.offsets.push_back(static_cast<uint32_t>(original.size()));
  return normalized;
}

std::string Normalizer::NormalizeString(std::string_view original) const {
  std::string out;
  NormalizeAppend(original, 0, &out, nullptr);
  return out;
}

}  // namespace marsad::text
