#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <array>

#include "core/utf8.h"
#include "text/two_byte_table.h"

namespace marsad::text {
namespace {

// What a code point can be part of.
enum class CharClass : uint8_t { kSpace, kArabic, kDigit, kLatin, kPunct, kSymbol, kJoiner };

CharClass ClassifyAscii(char c) {
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLatin;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    return CharClass::kSpace;
  }
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return CharClass::kSpace;
  switch (c) {
    case '$':
    case '%':
    case '&':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '`':
    case '|':
    case '~':
      return CharClass::kSymbol;
    default:
      return CharClass::kPunct;
  }
}

CharClass Classify(char32_t cp) {
  if (cp < 0x80) return ClassifyAscii(static_cast<char>(cp));
  if (cp >= 0x0600 && cp <= 0x06FF) {
    if (cp >= 0x0660 && cp <= 0x0669) return CharClass::kDigit;
    if (cp >= 0x06F0 && cp <= 0x06F9) return CharClass::kDigit;
    switch (cp) {
      case 0x060C:
      case 0x060D:
      case 0x061B:
      case 0x061F:
      case 0x066B:
      case 0x066C:
      case 0x06D4:
      case 0x061E:
      case 0x066D:
        return CharClass::kPunct;
      case 0x066A:
      case 0x060B:
      case 0x060E:
      case 0x060F:
      case 0x06DE:
      case 0x06E9:
        return CharClass::kSymbol;
      case 0x061C:
        return CharClass::kSpace;
      default:
        return cp < 0x0610 && cp != 0x0600 ? CharClass::kSymbol : CharClass::kArabic;
    }
  }
  if ((cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)) return CharClass::kArabic;
  if (cp >= 0xFB50 && cp <= 0xFDFF) {
    return cp == 0xFD3E || cp == 0xFD3F ? CharClass::kPunct : CharClass::kArabic;
  }
  if (cp >= 0xFE70 && cp <= 0xFEFC) return CharClass::kArabic;
  switch (cp) {
    case 0x00A0:
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200E:
    case 0x200F:
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x202F:
    case 0x2060:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
    case 0xFEFF:
    case 0x3000:
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return CharClass::kSpace;
    case 0x200D:
      return CharClass::kJoiner;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
    return CharClass::kJoiner;  // variation selectors and skin tones stay with their symbol
  }
  if (cp >= 0x0300 && cp <= 0x036F) return CharClass::kLatin;  // combining accents
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kLatin;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
      return CharClass::kSpace;
    default:
      return CharClass::kSymbol;
  }
}

// The class of every code point below U+0800, so that most characters are classified with one
// load.
using TwoByteClasses = TwoByteTable<CharClass, Classify>;

// A cursor over the text's code points.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text), classes_(TwoByteClasses::Get()) {}

  bool AtEnd(size_t pos) const { return pos >= text_.size(); }
  // The class and byte length of the code point at pos.
  CharClass At(size_t pos, size_t* length) const {
    const char32_t cp = utf8::Decode(text_, pos, length);
    return cp < 0x800 ? classes_.Of(cp) : Classify(cp);
  }
  CharClass ClassAt(size_t pos) const {
    size_t length = 0;
    return AtEnd(pos) ? CharClass::kSpace : At(pos, &length);
  }
  // The end of the run of code points of class `kind` starting at pos. ASCII and two-byte
  // characters (all of Arabic), nearly every character of a run, are classified here without a
  // call.
  size_t RunEnd(size_t pos, CharClass kind) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t size = text_.size();
    while (pos < size) {
      const unsigned lead = bytes[pos];
      size_t length = 1;
      CharClass c;
      if (lead < 0x80) {
        c = classes_.Of(lead);
      } else if (lead - 0xC2u < 0x1Eu && pos + 1 < size && utf8::IsContinuation(bytes[pos + 1])) {
        c = classes_.Of((lead << 6) + bytes[pos + 1] - 0x3080u);  // the code point
        length = 2;
      } else {
        // Its own length variable: one whose address is taken would live in memory, and the
        // length of every character of the run would be stored and loaded through it.
        size_t long_length = 0;
        c = At(pos, &long_length);
        length = long_length;
      }
      if (c != kind) break;
      pos += length;
    }
    return pos;
  }
  char Byte(size_t pos) const { return AtEnd(pos) ? '\0' : text_[pos]; }

 private:
  std::string_view text_;
  const TwoByteClasses& classes_;
};

bool IsNumberSeparator(std::string_view text, size_t pos, size_t* length) {
  const char c = text[pos];
  if (c == '.' || c == ',' || c == '/' || c == ':') {
    *length = 1;
    return true;
  }
  // Arabic decimal and thousands separators ٫ ٬.
  if (pos + 1 < text.size() && c == '\xD9' &&
      (text[pos + 1] == '\xAB' || text[pos + 1] == '\xAC')) {
    *length = 2;
    return true;
  }
  return false;
}

// Numbers: digits with inner separators followed by a digit (25/9/2015, 1.5, 2,000, 10:30).
size_t NumberEnd(const Scanner& scan, std::string_view text, size_t pos) {
  pos = scan.RunEnd(pos, CharClass::kDigit);
  size_t separator = 0;
  while (!scan.AtEnd(pos) && IsNumberSeparator(text, pos, &separator) &&
         scan.ClassAt(pos + separator) == CharClass::kDigit) {
    pos = scan.RunEnd(pos + separator, CharClass::kDigit);
  }
  return pos;
}

// Abbreviations of single letters joined by dots: U.S. (the last dot kept for Latin),
// د.ب.ا or أ.ف.ب (Arabic). Returns pos unchanged when there is none.
size_t AbbreviationEnd(const Scanner& scan, size_t start, size_t letter_end, CharClass kind) {
  size_t pos = letter_end;
  int letters = 1;
  while (scan.Byte(pos) == '.') {
    const size_t next_end = scan.RunEnd(pos + 1, kind);
    if (next_end == pos + 1) break;
    size_t length = 0;
    scan.At(pos + 1, &length);
    if (next_end != pos + 1 + length && kind == CharClass::kLatin) break;
    if (kind == CharClass::kArabic && next_end - (pos + 1) > 2 * length) break;
    pos = next_end;
    ++letters;
  }
  if (letters < 2) return start;
  if (kind == CharClass::kLatin && scan.Byte(pos) == '.') ++pos;
  return pos;
}

bool IsTatweel(std::string_view text, size_t pos) {
  return pos + 1 < text.size() && text[pos] == '\xD9' && text[pos + 1] == '\x80';
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6);
  Scanner scan(text);
  size_t pos = 0;
  auto add = [&](size_t start, size_t end, TokenKind kind) {
    // Built here and moved in: emplace_back() would value-initialise, zeroing the whole token
    // (its inline segment room included) before constructing it.
    Token token;
    token.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    token.kind = kind;
    tokens.push_back(std::move(token));
  };
  while (!scan.AtEnd(pos)) {
    size_t length = 0;
    const CharClass kind = scan.At(pos, &length);
    const size_t start = pos;
    switch (kind) {
      case CharClass::kSpace:
        pos += length;
        break;
      case CharClass::kJoiner:
        // A joiner or variation selector after a symbol belongs to it; otherwise a space.
        if (!tokens.empty() && tokens.back().kind == TokenKind::kSymbol &&
            tokens.back().span.end == start) {
          tokens.back().span.end = static_cast<uint32_t>(start + length);
        }
        pos += length;
        break;
      case CharClass::kArabic: {
        // The run goes on from the character just classified.
        pos = scan.RunEnd(pos + length, CharClass::kArabic);
        // Tatweel at either end of a word is a dash written with it (ـأو تغطية الأسطحـ).
        size_t word_start = start;
        while (word_start < pos && IsTatweel(text, word_start)) word_start += 2;
        size_t word_end = pos;
        while (word_end > word_start && IsTatweel(text, word_end - 2)) word_end -= 2;
        if (word_start != start || word_end != pos) {
          for (size_t t = start; t < word_start; t += 2) add(t, t + 2, TokenKind::kPunct);
          if (word_end > word_start) add(word_start, word_end, TokenKind::kWord);
          for (size_t t = word_end; t < pos; t += 2) add(t, t + 2, TokenKind::kPunct);
          break;
        }
        // At most two letters (a single letter, of up to four bytes, among them).
        if (pos - start <= 4) {
          const size_t abbreviation = AbbreviationEnd(scan, start, pos, CharClass::kArabic);
          if (abbreviation != start) pos = abbreviation;
        }
        add(start, pos, TokenKind::kWord);
        break;
      }
      case CharClass::kLatin: {
        pos = scan.RunEnd(pos + length, CharClass::kLatin);
        if (pos == start + length) {  // a single letter
          const size_t abbreviation = AbbreviationEnd(scan, start, pos, CharClass::kLatin);
          if (abbreviation != start) {
            add(start, abbreviation, TokenKind::kLatin);
            pos = abbreviation;
            break;
          }
        }
        // Latin words keep inner digits (G20, MH17) and apostrophes (don't).
        while (!scan.AtEnd(pos)) {
          const CharClass next = scan.ClassAt(pos);
          if (next == CharClass::kLatin || next == CharClass::kDigit) {
            pos = scan.RunEnd(pos, next);
          } else if (scan.Byte(pos) == '\'' && scan.ClassAt(pos + 1) == CharClass::kLatin) {
            pos = scan.RunEnd(pos + 1, CharClass::kLatin);
          } else {
            break;
          }
        }
        add(start, pos, TokenKind::kLatin);
        break;
      }
      case CharClass::kDigit:
        pos = NumberEnd(scan, text, pos);
        add(start, pos, TokenKind::kNumber);
        break;
      case CharClass::kPunct:
        pos += length;
        if (text[start] == '.') {
          while (scan.Byte(pos) == '.') ++pos;  // an ellipsis written as dots is one mark
        }
        add(start, pos, TokenKind::kPunct);
        break;
      case CharClass::kSymbol:
        pos += length;
        add(start, pos, TokenKind::kSymbol);
        break;
    }
  }
  return tokens;
}

}  // namespace marsad::text
