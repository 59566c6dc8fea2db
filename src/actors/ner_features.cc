#include "actors/ner_features.h"

#include <algorithm>

#include "actors/ner_gazetteer.h"
#include "actors/ner_word_clusters.h"
#include "core/utf8.h"

namespace marsad::actors {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

uint64_t HashBytes(std::string_view bytes, uint64_t seed = kFnvOffset) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

// splitmix64's finaliser: spreads the bits of a combined key.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t Combine(uint64_t a, uint64_t b) { return Mix(a * 0x9e3779b97f4a7c15ULL + b); }

// Arabic letters are two bytes (U+0600–U+06FF: 0xD8–0xDB lead byte).
bool IsArabicLead(unsigned char c) { return c >= 0xD8 && c <= 0xDB; }

size_t LetterCount(std::string_view s) { return utf8::CodePointCount(s); }

// Byte length of the first `letters` code points of s (or all of s).
size_t PrefixBytes(std::string_view s, size_t letters) {
  size_t i = 0;
  while (i < s.size() && letters > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --letters;
  }
  return i;
}

constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

// Template ids: every feature hash is Combine(template, value).
enum Template : uint64_t {
  kBias = 1,
  kForm,
  kStem,
  kBare,
  kCore,
  kPrefix2,
  kPrefix3,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kShape,
  kLength,
  kClitics,
  kPrevStem,
  kPrev2Stem,
  kNextStem,
  kNext2Stem,
  kPrevForm,
  kNextForm,
  kPrevStemStem,
  kStemNextStem,
  kShapeWindow,
  kPrevSuffix2,
  kNextPrefix2,
  kPrevClitics,
  kFirst,
  kPrevCore,
  kFrequency,
  kKnownAs,
  kPrevKnownAs,
  kNextKnownAs,
  kFrequencyPrevStem,
  kFrequencyNextStem,
  kFrequencyShape,
  kClass,  // + level: kClass, kClass + 1, kClass + 2
  kPrevClass = kClass + 3,
  kNextClass = kPrevClass + 3,
  kPrev2Class = kNextClass + 3,
  kNext2Class = kPrev2Class + 3,
  kGazetteer = kNext2Class + 3,
  kPrevGazetteer,
  kNextGazetteer,
  kPrev2Gazetteer,
  kNext2Gazetteer,
  kGazetteerKnownAs,
};

constexpr uint32_t kTitleBits = NerGazetteer::Bit(NerGazetteer::kTitle, NerGazetteer::kAlone) |
                                NerGazetteer::Bit(NerGazetteer::kTitle, NerGazetteer::kFirst) |
                                NerGazetteer::Bit(NerGazetteer::kTitle, NerGazetteer::kInside) |
                                NerGazetteer::Bit(NerGazetteer::kTitle, NerGazetteer::kLast);

// One feature a set bit of a NerGazetteer mask (bits 0..31).
template <typename Add>
void AddGazetteerBits(uint32_t mask, uint64_t template_id, const Add& add) {
  while (mask != 0) {
    const int bit = __builtin_ctz(mask);
    add(static_cast<Template>(template_id), static_cast<uint64_t>(bit));
    mask &= mask - 1;
  }
}

}  // namespace

const NerWord& OutsideWord() {
  static const NerWord outside = [] {
    NerWord w;
    const uint64_t h = HashBytes("<outside>");
    w.form = w.stem = w.bare = w.core = w.prefix2 = w.prefix3 = h;
    w.suffix1 = w.suffix2 = w.suffix3 = w.shape = w.length = w.clitics = h;
    w.frequency = w.known_as = h;
    return w;
  }();
  return outside;
}

std::string FoldForNer(std::string_view word) {
  std::string out;
  AppendFoldedForNer(word, &out);
  return out;
}

uint64_t NerFormKey(std::string_view folded) { return HashBytes(folded); }

void AppendFoldedForNer(std::string_view word, std::string* out_pointer) {
  std::string& out_string = *out_pointer;
  // Folding never lengthens a word: write in place into room for all of it, then trim.
  const size_t start = out_string.size();
  out_string.resize(start + word.size());
  char* const begin = out_string.data() + start;
  char* out = begin;
  auto put2 = [&out](char a, char b) {
    out[0] = a;
    out[1] = b;
    out += 2;
  };
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = word[i];
    if (c < 0x80) {
      *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      continue;
    }
    if ((c == 0xD8 || c == 0xD9 || c == 0xDB) && i + 1 < word.size()) {
      const unsigned char d = word[i + 1];
      const unsigned cp = ((c & 0x1F) << 6) | (d & 0x3F);
      ++i;
      switch (cp) {
        case 0x0622:
        case 0x0623:
        case 0x0625:
        case 0x0671:
          put2('\xD8', '\xA7');  // ا
          continue;
        case 0x0624:
          put2('\xD9', '\x88');  // و
          continue;
        case 0x0626:
        case 0x0649:
          put2('\xD9', '\x8A');  // ي
          continue;
        case 0x0629:
          put2('\xD9', '\x87');  // ه
          continue;
        default:
          break;
      }
      if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) continue;
      if (cp >= 0x0660 && cp <= 0x0669) {
        *out++ = static_cast<char>('0' + cp - 0x0660);
        continue;
      }
      if (cp >= 0x06F0 && cp <= 0x06F9) {
        *out++ = static_cast<char>('0' + cp - 0x06F0);
        continue;
      }
      put2(static_cast<char>(c), static_cast<char>(d));
      continue;
    }
    *out++ = static_cast<char>(c);
  }
  out_string.resize(start + static_cast<size_t>(out - begin));
}

size_t CertainProcliticBytes(std::string_view folded) {
  size_t skip = 0;
  std::string_view rest = folded;
  if ((rest.starts_with(kWaw) || rest.starts_with(kFa)) && LetterCount(rest) >= 5) {
    rest.remove_prefix(2);
    skip = 2;
  }
  // لل + at least two letters: ل + ال with the alef dropped (للسلطة).
  if (rest.starts_with(kLam) && rest.substr(2).starts_with(kLam) && LetterCount(rest) >= 4) {
    return skip + 2;
  }
  if ((rest.starts_with(kBa) || rest.starts_with(kLam) || rest.starts_with(kKaf)) &&
      rest.substr(2).starts_with(kAl) && LetterCount(rest) >= 5) {
    return skip + 2;
  }
  if (skip > 0 && rest.starts_with(kAl)) return skip;
  return 0;
}

uint64_t NerLexiconKey(std::string_view folded) {
  static const NerLexicon kEmpty;
  return DescribeWord(folded, kEmpty).bare;
}

NerWord DescribeWord(std::string_view folded, const NerLexicon& lexicon) {
  NerWord w;
  w.form = HashBytes(folded);
  const size_t proclitic = CertainProcliticBytes(folded);
  std::string stem_buffer;
  std::string_view stem = folded.substr(proclitic);
  // ل + لسلطة: the article's alef was dropped; restore it so the stem matches السلطة.
  if (proclitic > 0 && stem.starts_with(kLam) && !stem.starts_with(kAl) &&
      folded.substr(proclitic - 2).starts_with(kLam)) {
    stem_buffer = std::string("\xD8\xA7") + std::string(stem);
    stem = stem_buffer;
  }
  w.stem = HashBytes(stem);
  std::string_view bare = stem;
  if (proclitic == 0 && (folded.starts_with(kWaw) || folded.starts_with(kFa)) &&
      LetterCount(folded) >= 4) {
    bare = folded.substr(2);
  }
  w.bare = HashBytes(bare);
  const bool has_al = stem.starts_with(kAl) && LetterCount(stem) >= 4;
  std::string_view core = has_al ? stem.substr(4) : stem;
  w.core = HashBytes(core);
  w.prefix2 = HashBytes(core.substr(0, PrefixBytes(core, 2)));
  w.prefix3 = HashBytes(core.substr(0, PrefixBytes(core, 3)));
  // The starts of the last three letters of core, found in one backward scan.
  std::array<size_t, 3> last_starts{0, 0, 0};
  size_t found = 0;
  for (size_t i = core.size(); i-- > 0 && found < last_starts.size();) {
    if ((static_cast<unsigned char>(core[i]) & 0xC0) != 0x80) last_starts[found++] = i;
  }
  // A core of no more letters than the suffix wants is its own suffix.
  const size_t core_letters = LetterCount(core);
  for (size_t k = 0; k < last_starts.size(); ++k) {
    if (core_letters <= k + 1) last_starts[k] = 0;
  }
  w.suffix1 = HashBytes(core.substr(last_starts[0]));
  w.suffix2 = HashBytes(core.substr(last_starts[1]));
  w.suffix3 = HashBytes(core.substr(last_starts[2]));

  // The shape's hash, taken as its letter classes are found (no string is built).
  uint64_t shape_hash = kFnvOffset;
  char previous_class = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = folded[i];
    char cls;
    if (IsArabicLead(c)) {
      cls = 'a';
    } else if (c >= '0' && c <= '9') {
      cls = 'd';
    } else if (c >= 'a' && c <= 'z') {
      cls = 'x';
    } else if (c < 0x80) {
      cls = static_cast<char>(c);
    } else if ((c & 0xC0) == 0x80) {
      continue;
    } else {
      cls = 'u';
    }
    if (cls != previous_class) {
      shape_hash ^= static_cast<unsigned char>(cls);
      shape_hash *= kFnvPrime;
      previous_class = cls;
    }
  }
  w.shape = shape_hash;
  const size_t letters = core_letters;
  const uint64_t bucket = letters <= 3 ? letters : letters <= 5 ? 4 : letters <= 8 ? 5 : 6;
  w.length = bucket;
  w.clitics = Combine(proclitic, has_al ? 1 : 0);

  const NerLexicon::Entry& seen = lexicon.Find(w.bare);
  const uint32_t c = seen.count;
  w.frequency = c == 0 ? 0 : c == 1 ? 1 : c <= 3 ? 2 : c <= 9 ? 3 : c <= 49 ? 4 : 5;
  uint64_t top = 4;  // none
  uint32_t top_count = 0;
  for (size_t t = 0; t < 4; ++t) {
    if (seen.in_type[t] > top_count) {
      top = t;
      top_count = seen.in_type[t];
    }
  }
  const double ratio = c ? static_cast<double>(top_count) / c : 0;
  const uint64_t sureness = top_count == 0 ? 0 : ratio < 0.34 ? 1 : ratio < 0.67 ? 2 : 3;
  w.known_as = Combine(Combine(top, sureness), std::min<uint32_t>(c, 3));
  if (const NerWordClusters* clusters = lexicon.clusters()) {
    const NerWordClusters::Classes& classes = clusters->Find(w.bare);
    for (size_t level = 0; level < clusters->levels() && level < w.classes.size(); ++level) {
      // Class numbers start at 1 so that an unknown word's class is never 0.
      w.classes[level] = classes[level] == NerWordClusters::kNone ? 1 : 2 + classes[level];
    }
  }
  if (const NerGazetteer* gazetteer = lexicon.gazetteer()) w.gazetteer = gazetteer->Find(w.bare);
  return w;
}

namespace {

const NerWord& At(const std::vector<NerWord>& sentence, size_t i, ptrdiff_t offset) {
  const ptrdiff_t j = static_cast<ptrdiff_t>(i) + offset;
  return j < 0 || j >= static_cast<ptrdiff_t>(sentence.size()) ? OutsideWord() : sentence[j];
}

}  // namespace

void AppendWordFeatures(const NerWord& w, NerRole role, std::vector<uint64_t>* features) {
  auto add = [&](Template t, uint64_t value) { features->push_back(Combine(t, value)); };
  switch (role) {
    case NerRole::kSelf:
      add(kBias, 0);
      add(kForm, w.form);
      add(kStem, w.stem);
      if (w.bare != w.stem) add(kBare, w.bare);
      add(kCore, w.core);
      add(kPrefix2, w.prefix2);
      add(kPrefix3, w.prefix3);
      add(kSuffix1, w.suffix1);
      add(kSuffix2, w.suffix2);
      add(kSuffix3, w.suffix3);
      add(kShape, w.shape);
      add(kLength, w.length);
      add(kClitics, w.clitics);
      add(kFrequency, w.frequency);
      add(kKnownAs, w.known_as);
      add(kFrequencyShape, Combine(w.frequency, w.clitics));
      for (size_t level = 0; level < w.classes.size(); ++level) {
        if (w.classes[level] != 0) add(static_cast<Template>(kClass + level), w.classes[level]);
      }
      AddGazetteerBits(w.gazetteer, kGazetteer, add);
      if (w.gazetteer != 0) add(kGazetteerKnownAs, w.known_as);
      return;
    case NerRole::kPrevious:
      add(kPrevStem, w.stem);
      add(kPrevForm, w.form);
      add(kPrevCore, w.core);
      add(kPrevSuffix2, w.suffix2);
      add(kPrevClitics, w.clitics);
      add(kPrevKnownAs, w.known_as);
      for (size_t level = 1; level < w.classes.size(); ++level) {
        if (w.classes[level] != 0) add(static_cast<Template>(kPrevClass + level), w.classes[level]);
      }
      AddGazetteerBits(w.gazetteer & kTitleBits, kPrevGazetteer, add);
      return;
    case NerRole::kBeforePrevious:
      add(kPrev2Stem, w.stem);
      AddGazetteerBits(w.gazetteer & kTitleBits, kPrev2Gazetteer, add);
      if (w.classes[1] != 0) add(static_cast<Template>(kPrev2Class + 1), w.classes[1]);
      return;
    case NerRole::kNext:
      add(kNextStem, w.stem);
      add(kNextForm, w.form);
      add(kNextPrefix2, w.prefix2);
      add(kNextKnownAs, w.known_as);
      for (size_t level = 1; level < w.classes.size(); ++level) {
        if (w.classes[level] != 0) add(static_cast<Template>(kNextClass + level), w.classes[level]);
      }
      AddGazetteerBits(w.gazetteer & kTitleBits, kNextGazetteer, add);
      return;
    case NerRole::kAfterNext:
      add(kNext2Stem, w.stem);
      AddGazetteerBits(w.gazetteer & kTitleBits, kNext2Gazetteer, add);
      if (w.classes[1] != 0) add(static_cast<Template>(kNext2Class + 1), w.classes[1]);
      return;
  }
}

NerContextWord ContextOf(const NerWord& word) { return {word.stem, word.shape, word.frequency}; }

void AppendPairFeatures(const NerContextWord& p1, const NerContextWord& w, const NerContextWord& n1,
                        bool first, std::vector<uint64_t>* features) {
  auto add = [&](Template t, uint64_t value) { features->push_back(Combine(t, value)); };
  add(kPrevStemStem, Combine(p1.stem, w.stem));
  add(kStemNextStem, Combine(w.stem, n1.stem));
  add(kShapeWindow, Combine(Combine(p1.shape, w.shape), n1.shape));
  add(kFirst, first);
  add(kFrequencyPrevStem, Combine(w.frequency, p1.stem));
  add(kFrequencyNextStem, Combine(w.frequency, n1.stem));
}

void AppendNerFeatures(const std::vector<NerWord>& sentence, size_t i,
                       std::vector<uint64_t>* features) {
  AppendWordFeatures(sentence[i], NerRole::kSelf, features);
  AppendWordFeatures(At(sentence, i, -1), NerRole::kPrevious, features);
  AppendWordFeatures(At(sentence, i, -2), NerRole::kBeforePrevious, features);
  AppendWordFeatures(At(sentence, i, 1), NerRole::kNext, features);
  AppendWordFeatures(At(sentence, i, 2), NerRole::kAfterNext, features);
  AppendPairFeatures(ContextOf(At(sentence, i, -1)), ContextOf(sentence[i]),
                     ContextOf(At(sentence, i, 1)), i == 0, features);
}

}  // namespace marsad::actors
