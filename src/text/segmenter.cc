#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/file.h"
#include "core/utf8.h"
#include "text/two_byte_table.h"
#include "text/word_table.h"

namespace marsad::text {
namespace {

// Arabic letters the model knows, as code points.
constexpr char16_t kAlef = 0x0627;
constexpr char16_t kLam = 0x0644;
constexpr char16_t kTeh = 0x062A;
constexpr char16_t kTehMarbuta = 0x0629;
constexpr char16_t kWaw = 0x0648;
constexpr char16_t kYeh = 0x064A;
constexpr char16_t kSeen = 0x0633;

constexpr size_t kMaxLetters = 40;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Appends the UTF-8 bytes of Arabic letters (all in U+0600..U+07FF) to a fixed buffer.
class KeyBuffer {
 public:
  void Append(const char16_t* letters, size_t count) {
    for (size_t i = 0; i < count && size_ + 2 <= sizeof(bytes_); ++i) {
      bytes_[size_++] = static_cast<char>(0xC0 | (letters[i] >> 6));
      bytes_[size_++] = static_cast<char>(0x80 | (letters[i] & 0x3F));
    }
  }
  void Append(char16_t letter) { Append(&letter, 1); }
  std::string_view view() const { return {bytes_, size_}; }

 private:
  char bytes_[2 * kMaxLetters + 8];
  size_t size_ = 0;
};

// The matching form of one letter (see scripts/train-segmenter.py): 0 drops it, and
// kNotArabic means the word is not plain Arabic and is left whole.
constexpr char16_t kNotArabic = 0xFFFF;
char16_t KeyLetter(char32_t cp) {
  if (cp >= 0x064B && cp <= 0x0652) return 0;  // harakat
  switch (cp) {
    case 0x0670:  // superscript alef
    case 0x0640:  // tatweel
      return 0;
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return kAlef;
    case 0x0624:
      return kWaw;
    case 0x0626:
    case 0x0649:
      return kYeh;
    default:
      break;
  }
  if (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) return static_cast<char16_t>(cp);
  return kNotArabic;
}

// KeyLetter of every code point below U+0800, with the letter's UTF-8 bytes: one load a letter.
struct KeyLetterEntry {
  char16_t letter = 0;
  char bytes[2] = {0, 0};  // the letter in UTF-8, when it is one (not 0 nor kNotArabic)
};
KeyLetterEntry KeyLetterEntryOf(char32_t cp) {
  KeyLetterEntry entry;
  entry.letter = KeyLetter(cp);
  entry.bytes[0] = static_cast<char>(0xC0 | (entry.letter >> 6));
  entry.bytes[1] = static_cast<char>(0x80 | (entry.letter & 0x3F));
  return entry;
}
using KeyLetters = TwoByteTable<KeyLetterEntry, KeyLetterEntryOf>;

// The word as key letters, with the original byte offset of every letter, and the letters'
// UTF-8 bytes (the form the word table is keyed by).
struct Key {
  char16_t letters[kMaxLetters];
  uint32_t offsets[kMaxLetters + 1];
  char bytes[2 * kMaxLetters];
  size_t size = 0;

  std::string_view view() const { return {bytes, 2 * size}; }
  bool StartsWith(std::u16string_view prefix) const {
    return prefix.size() <= size && std::u16string_view(letters, prefix.size()) == prefix;
  }
  bool EndsWith(std::u16string_view suffix) const {
    return suffix.size() <= size &&
           std::u16string_view(letters + size - suffix.size(), suffix.size()) == suffix;
  }
};

// Every character of a plain Arabic word takes two bytes (a lead byte C0..DF): a word of an odd
// length is not one.
bool MakeKey(std::string_view text, Span word, Key* key) {
  const KeyLetters& key_letters = KeyLetters::Get();
  if ((word.end - word.start) % 2 != 0) return false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // The size is kept in a local until the end: a store to key->bytes (chars) may alias
  // key->size, which would be stored and loaded again for every letter.
  size_t size = key->size;
  bool plain = true;
  for (size_t i = word.start; i < word.end; i += 2) {
    const unsigned lead = bytes[i];
    if (lead - 0xC0u >= 0x20u) {
      plain = false;
      break;
    }
    const KeyLetterEntry entry = key_letters.Of((lead & 0x1Fu) << 6 | (bytes[i + 1] & 0x3Fu));
    if (entry.letter == kNotArabic || (entry.letter != 0 && size == kMaxLetters)) {
      plain = false;
      break;
    }
    if (entry.letter == 0) continue;
    key->offsets[size] = static_cast<uint32_t>(i);
    std::memcpy(key->bytes + 2 * size, entry.bytes, 2);
    key->letters[size++] = entry.letter;
  }
  key->size = size;
  if (!plain) return false;
  key->offsets[size] = word.end;
  return size > 0;
}

std::u16string ToLetters(std::string_view utf8) {
  std::u16string out;
  for (size_t i = 0; i + 1 < utf8.size(); i += 2) {
    out.push_back(static_cast<char16_t>(((static_cast<unsigned char>(utf8[i]) & 0x1F) << 6) |
                                        (static_cast<unsigned char>(utf8[i + 1]) & 0x3F)));
  }
  return out;
}

}  // namespace

// Word counts over news text and the scoring parameters (data/segment/README.md).
struct Segmenter::Model {
  struct Affix {
    std::u16string letters;
    double bias = 0;
    double bias_before_non_noun = 0;  // prepositions before a word that is not noun-like
  };
  WordTable counts{1 << 18};
  WordSet never_split;
  std::vector<Affix> prefix_letters;  // و ف ب ل ك س with their biases
  std::vector<Affix> suffixes;
  std::vector<std::u16string> stacks;  // prefix stacks to try, built from prefix_letters
  // Prepositions written together with a bare pronoun (له → ل+ه), with the pronouns they take.
  std::vector<std::pair<char16_t, std::vector<std::u16string>>> pronoun_hosts;
  double smoothing = 0.1;
  double noun_fraction = 0.05;
  double min_stem_count = 0;
  double article_weight = 0;

  uint32_t Count(std::string_view key) const {
    const WordEntry* entry = counts.Find(key);
    return entry == nullptr ? 0 : entry->count;
  }
  const Affix* PrefixLetter(char16_t letter) const {
    for (const Affix& affix : prefix_letters) {
      if (affix.letters[0] == letter) return &affix;
    }
    return nullptr;
  }
};

namespace {

using Model = Segmenter::Model;

// Candidate prefix stacks: an optional conjunction (و ف) then an optional preposition or
// future marker (ب ل ك س), in the order the model was tuned with.
std::vector<std::u16string> PrefixStacks(const Model& model) {
  std::vector<std::u16string> stacks;
  for (char16_t c : std::u16string(u"\0وف", 3)) {
    for (char16_t p : std::u16string(u"\0بلكس", 5)) {
      std::u16string stack;
      if (c != 0) stack.push_back(c);
      if (p != 0) stack.push_back(p);
      bool known = !stack.empty();
      for (char16_t letter : stack) known = known && model.PrefixLetter(letter) != nullptr;
      if (known) stacks.push_back(stack);
    }
  }
  return stacks;
}

// Looks up the counts of a word's candidate stems. In prefetch mode it only starts loading
// their table entries and answers a count large enough that every lookup a real pass could
// make is reached; a real pass after it then finds the entries in cache.
class Scorer {
 public:
  enum class Mode { kScore, kPrefetch };
  Scorer(const Model& model, const Key& key, Mode mode)
      : model_(model), key_(key), prefetch_(mode == Mode::kPrefetch) {}

  uint32_t CountOf(size_t start, size_t end) const {
    KeyBuffer buffer;
    buffer.Append(key_.letters + start, end - start);
    return Lookup(buffer.view());
  }
  uint32_t CountWithPrefix(std::u16string_view prefix, size_t start, size_t end) const {
    KeyBuffer buffer;
    buffer.Append(prefix.data(), prefix.size());
    buffer.Append(key_.letters + start, end - start);
    return Lookup(buffer.view());
  }
  uint32_t CountWithLastReplaced(size_t start, size_t end, char16_t last) const {
    KeyBuffer buffer;
    buffer.Append(key_.letters + start, end - start - 1);
    buffer.Append(last);
    return Lookup(buffer.view());
  }
  uint32_t CountWithAppended(size_t start, size_t end, char16_t letter) const {
    KeyBuffer buffer;
    buffer.Append(key_.letters + start, end - start);
    buffer.Append(letter);
    return Lookup(buffer.view());
  }

  // How often the stem [start, end) is written alone, undoing the spelling changes that
  // clitics cause: لل → ل+ال, ـتـ → ة before a pronoun, كتبوه → كتبوا, مستواه → مستوى.
  uint32_t StemCount(bool after_lam, size_t start, size_t end, bool before_suffix) const {
    uint32_t best = 0;
    if (after_lam && key_.letters[start] == kLam) {
      best = CountWithPrefix(u"ا", start, end);
    } else {
      best = CountOf(start, end);
    }
    if (before_suffix) {
      const char16_t last = key_.letters[end - 1];
      if (last == kTeh) best = std::max(best, CountWithLastReplaced(start, end, kTehMarbuta));
      if (last == kWaw) best = std::max(best, CountWithAppended(start, end, kAlef));
      if (last == kAlef) best = std::max(best, CountWithLastReplaced(start, end, kYeh));
    }
    return best;
  }

  bool StemIsDefinite(size_t start) const {
    return key_.size - start >= 2 && key_.letters[start] == kAlef &&
           key_.letters[start + 1] == kLam;
  }

  // A stem is noun-like when it carries the article, ends in ة or is often seen with the
  // article.
  bool NounLike(size_t start, size_t end) const {
    if (StemIsDefinite(start) || key_.letters[start] == kLam) return true;
    if (key_.letters[end - 1] == kTehMarbuta) return true;
    const uint32_t with_article = CountWithPrefix(u"ال", start, end);
    return with_article > 0 && with_article >= model_.noun_fraction * CountOf(start, end);
  }

  double PrefixBias(std::u16string_view stack, size_t stem_start, size_t stem_end) const {
    double bias = 0;
    int noun_like = -1;  // computed on demand
    for (char16_t letter : stack) {
      const Model::Affix* affix = model_.PrefixLetter(letter);
      if (affix->bias_before_non_noun != affix->bias) {
        if (noun_like < 0) noun_like = NounLike(stem_start, stem_end) ? 1 : 0;
        bias += noun_like ? affix->bias : affix->bias_before_non_noun;
      } else {
        bias += affix->bias;
      }
    }
    return bias;
  }

 private:
  uint32_t Lookup(std::string_view word) const {
    if (!prefetch_) return model_.Count(word);
    model_.counts.Prefetch(word);
    return 1u << 30;
  }

  const Model& model_;
  const Key& key_;
  bool prefetch_;
};

// Cut points (in key letters) of the best segmentation.
std::vector<size_t> BestCuts(const Model& model, const std::vector<std::u16string>& stacks,
                             const Key& key, Scorer::Mode mode) {
  const Scorer scorer(model, key, mode);
  const bool prefetch = mode == Scorer::Mode::kPrefetch;
  const size_t n = key.size;
  // A word that itself takes the article (البحر) does not start with a clitic (بحر).
  double best =
      std::log(scorer.CountOf(0, n) + model.article_weight * scorer.CountWithPrefix(u"ال", 0, n) +
               model.smoothing);
  std::vector<size_t> cuts;
  for (size_t s = 0; s <= stacks.size(); ++s) {
    const std::u16string_view stack = s == 0 ? std::u16string_view() : stacks[s - 1];
    if (!key.StartsWith(stack)) continue;
    for (size_t q = 0; q <= model.suffixes.size(); ++q) {
      const bool no_suffix = q == model.suffixes.size();
      const std::u16string_view suffix =
          no_suffix ? std::u16string_view() : std::u16string_view(model.suffixes[q].letters);
      if (stack.empty() && suffix.empty()) continue;
      if (!key.EndsWith(suffix) || stack.size() + suffix.size() + 2 > n) continue;
      const size_t stem_start = stack.size();
      const size_t stem_end = n - suffix.size();
      const bool after_lam = !stack.empty() && stack.back() == kLam;
      if (!suffix.empty()) {
        // A definite noun takes no pronoun (but إلى does: إليه).
        const bool is_ila = stem_end - stem_start == 3 && scorer.StemIsDefinite(stem_start) &&
                            key.letters[stem_start + 2] == kYeh;
        if (!is_ila &&
            (scorer.StemIsDefinite(stem_start) || (after_lam && key.letters[stem_start] == kLam))) {
          continue;
        }
      }
      if (stack.find(kSeen) != std::u16string_view::npos) {
        // The future marker comes last and only before an imperfect verb.
        const char16_t first = key.letters[stem_start];
        if (stack.back() != kSeen ||
            (first != kYeh && first != kTeh && first != 0x0646 && first != kAlef)) {
          continue;
        }
      }
      const uint32_t count = scorer.StemCount(after_lam, stem_start, stem_end, !suffix.empty());
      if (prefetch) {
        scorer.PrefixBias(stack, stem_start, stem_end);
        continue;
      }
      if (count < model.min_stem_count) continue;
      double score = std::log(count + model.smoothing) +
                     scorer.PrefixBias(stack, stem_start, stem_end) +
                     (no_suffix ? 0.0 : model.suffixes[q].bias);
      if (score > best) {
        best = score;
        cuts.clear();
        for (size_t i = 1; i <= stack.size(); ++i) cuts.push_back(i);
        if (!suffix.empty()) cuts.push_back(stem_end);
      }
    }
  }
  return cuts;
}

// Splits a preposition written with a bare pronoun (له, بها, ولهم), or returns false.
bool PronounHostCuts(const Model& model, const Key& key, std::vector<size_t>* cuts) {
  for (size_t conjunction = 0; conjunction <= 1; ++conjunction) {
    if (conjunction == 1 && key.letters[0] != kWaw && key.letters[0] != 0x0641) break;
    if (key.size < conjunction + 2) break;
    for (const auto& [host, pronouns] : model.pronoun_hosts) {
      if (key.letters[conjunction] != host) continue;
      const std::u16string_view rest(key.letters + conjunction + 1, key.size - conjunction - 1);
      for (const std::u16string& pronoun : pronouns) {
        if (rest == pronoun) {
          if (conjunction == 1) cuts->push_back(1);
          cuts->push_back(conjunction + 1);
          return true;
        }
      }
    }
  }
  return false;
}

// The segmentation of a word: cut points in key letters (none: the word stays whole).
std::vector<size_t> Cuts(const Model& model, const Key& key, std::string_view whole) {
  std::vector<size_t> cuts;
  if (model.never_split.count(whole) != 0) return cuts;
  if (!PronounHostCuts(model, key, &cuts)) {
    // First start loading every count the scoring may read, then score: the lookups' cache
    // misses overlap instead of following one another.
    BestCuts(model, model.stacks, key, Scorer::Mode::kPrefetch);
    cuts = BestCuts(model, model.stacks, key, Scorer::Mode::kScore);
  }
  return cuts;
}

Status ParseModelLine(const std::string& line, Model* model) {
  std::istringstream fields(line);
  std::string kind;
  fields >> kind;
  if (kind == "prefix") {
    std::string letter;
    Model::Affix affix;
    fields >> letter >> affix.bias;
    affix.bias_before_non_noun = affix.bias;
    if (!(fields >> affix.bias_before_non_noun)) affix.bias_before_non_noun = affix.bias;
    affix.letters = ToLetters(letter);
    if (affix.letters.size() != 1) return Status::Error("bad prefix line: " + line);
    model->prefix_letters.push_back(affix);
  } else if (kind == "suffix") {
    std::string letters;
    Model::Affix affix;
    fields >> letters >> affix.bias;
    affix.letters = ToLetters(letters);
    affix.bias_before_non_noun = affix.bias;
    if (affix.letters.empty() || fields.fail()) return Status::Error("bad suffix line: " + line);
    model->suffixes.push_back(affix);
  } else if (kind == "pronoun_host") {
    std::string host;
    fields >> host;
    const std::u16string host_letters = ToLetters(host);
    if (host_letters.size() != 1) return Status::Error("bad pronoun_host line: " + line);
    std::vector<std::u16string> pronouns;
    std::string pronoun;
    while (fields >> pronoun) pronouns.push_back(ToLetters(pronoun));
    model->pronoun_hosts.emplace_back(host_letters[0], std::move(pronouns));
  } else if (kind == "never_split") {
    std::string word;
    while (fields >> word) model->never_split.insert(word);
  } else if (kind == "smoothing") {
    fields >> model->smoothing;
  } else if (kind == "noun_fraction") {
    fields >> model->noun_fraction;
  } else if (kind == "decided_words") {
    size_t decided_words = 0;  // read by scripts/train-segmenter.py decide, not here
    fields >> decided_words;
  } else if (kind == "article_weight") {
    fields >> model->article_weight;
  } else if (kind == "min_stem_count") {
    fields >> model->min_stem_count;
  } else {
    return Status::Error("unknown model line: " + line);
  }
  if (fields.fail() && !fields.eof()) return Status::Error("bad model line: " + line);
  return Status::Ok();
}

// The table is larger than the caches: loading starts on the slot of a word this many lines
// ahead.
constexpr size_t kPrefetchDistance = 16;

// Calls on_line(line) for every line of content that is neither blank nor a # comment, or
// stops at the first error it returns.
template <typename OnLine>
Status ForEachDataLine(std::string_view content, OnLine on_line) {
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (Status status = on_line(line); !status.ok()) return status;
  }
  return Status::Ok();
}

// Inserts the rows' fingerprints into `table` in order, asking for each slot a few rows ahead so
// the cache misses of a large load overlap; `fill` writes a row into its entry.
template <typename Row, typename Table, typename Fill>
void InsertPrefetched(const std::vector<Row>& rows, Table* table, Fill fill) {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i + kPrefetchDistance < rows.size())
      table->Prefetch(rows[i + kPrefetchDistance].fingerprint);
    fill(rows[i], &table->Insert(rows[i].fingerprint));
  }
}

// Fills the count table from word_counts.tsv (`<word>\t<count>`, most frequent first).
Status ParseWordCounts(std::string_view content, Model* model) {
  struct Line {
    uint64_t fingerprint;
    uint32_t count;
  };
  std::vector<Line> lines;
  lines.reserve(content.size() / 16);
  Status status = ForEachDataLine(content, [&](std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::Error("bad word_counts line: " + std::string(line));
    }
    uint32_t count = 0;
    const char* digits = line.data() + tab + 1;
    std::from_chars(digits, line.data() + line.size(), count);
    lines.push_back({WordTable::Fingerprint(line.substr(0, tab)), count});
    return Status::Ok();
  });
  if (!status.ok()) return status;
  InsertPrefetched(lines, &model->counts,
                   [](const Line& line, WordEntry* entry) { entry->count = line.count; });
  return Status::Ok();
}

// Marks the words of decisions.tsv as decided, with their segmentation: one word a line, its
// segments joined by '+' (و+قال), as scripts/train-segmenter.py decide writes it from this
// model's scoring.
Status ParseDecisions(std::string_view content, Model* model) {
  struct Decision {
    uint64_t fingerprint;
    WordEntry entry;
  };
  std::vector<Decision> decisions;
  decisions.reserve(content.size() / 12);
  Status status = ForEachDataLine(content, [&](std::string_view line) {
    auto bad = [&] { return Status::Error("bad decisions line: " + std::string(line)); };
    char word[2 * kMaxLetters];
    size_t size = 0;
    uint8_t letters = 0;
    Decision decision{0, WordEntry{}};
    decision.entry.decided = true;
    for (const char c : line) {
      if (c == '+') {
        if (letters == 0 || decision.entry.cut_count == 2) return bad();
        decision.entry.cuts[decision.entry.cut_count++] = letters;
        continue;
      }
      if (size == sizeof(word)) return bad();
      word[size++] = c;
      if (!utf8::IsContinuation(static_cast<unsigned char>(c))) ++letters;
    }
    if (decision.entry.cut_count > 0 &&
        decision.entry.cuts[decision.entry.cut_count - 1] == letters) {
      return bad();  // an empty last segment
    }
    decision.fingerprint = WordTable::Fingerprint(std::string_view(word, size));
    decisions.push_back(decision);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  InsertPrefetched(decisions, &model->counts, [](const Decision& decision, WordEntry* entry) {
    const uint32_t count = entry->count;
    *entry = decision.entry;
    entry->count = count;
  });
  return Status::Ok();
}

}  // namespace

Expected<Segmenter> Segmenter::Load(const std::string& data_dir) {
  auto model = std::make_shared<Model>();
  const std::string dir = data_dir + "/segment/";
  std::ifstream params(dir + "model.tsv");
  if (!params) return Status::Error("cannot read " + dir + "model.tsv");
  std::string line;
  while (std::getline(params, line)) {
    if (line.empty() || line[0] == '#') continue;
    Status status = ParseModelLine(line, model.get());
    if (!status.ok()) return status;
  }
  auto counts = ReadWholeFile(dir + "word_counts.tsv");
  if (!counts.ok()) return counts.status();
  if (Status status = ParseWordCounts(counts.value(), model.get()); !status.ok()) return status;
  model->stacks = PrefixStacks(*model);
  // Optional: without it every word is scored when met (the same result, more slowly).
  if (std::filesystem::exists(dir + "decisions.tsv")) {
    auto decisions = ReadWholeFile(dir + "decisions.tsv");
    if (!decisions.ok()) return decisions.status();
    if (Status status = ParseDecisions(decisions.value(), model.get()); !status.ok()) {
      return status;
    }
  }
  return Segmenter(std::move(model));
}

namespace {

// A word prepared for segmentation: its key and the fingerprint of the key's table entry.
struct PreparedWord {
  Key key;
  uint64_t fingerprint = 0;
  bool segmentable = false;  // plain Arabic of two letters or more
};

void Prepare(const Model& model, std::string_view text, Span word, PreparedWord* prepared) {
  prepared->key.size = 0;
  prepared->segmentable = MakeKey(text, word, &prepared->key) && prepared->key.size >= 2;
  if (!prepared->segmentable) return;
  prepared->fingerprint = WordTable::Fingerprint(prepared->key.view());
  model.counts.Prefetch(prepared->fingerprint);
}

// Appends the segments of a prepared word to *parts.
void AppendSegments(const Model& model, const PreparedWord& prepared, Span word,
                    std::vector<Span>* parts) {
  if (!prepared.segmentable) {
    parts->push_back(word);
    return;
  }
  const Key& key = prepared.key;
  const WordEntry* known = model.counts.Find(prepared.fingerprint);
  uint32_t start = word.start;
  if (known != nullptr && known->decided) {
    for (size_t i = 0; i < known->cut_count; ++i) {
      parts->push_back({start, key.offsets[known->cuts[i]]});
      start = key.offsets[known->cuts[i]];
    }
  } else {
    for (size_t cut : Cuts(model, key, key.view())) {
      parts->push_back({start, key.offsets[cut]});
      start = key.offsets[cut];
    }
  }
  parts->push_back({start, word.end});
}

}  // namespace

std::vector<Span> Segmenter::Segment(std::string_view text, Span word) const {
  std::vector<Span> parts;
  Segment(text, word, &parts);
  return parts;
}

void Segmenter::Segment(std::string_view text, Span word, std::vector<Span>* parts) const {
  parts->clear();
  PreparedWord prepared;
  Prepare(*model_, text, word, &prepared);
  AppendSegments(*model_, prepared, word, parts);
}

void Segmenter::SegmentWords(std::string_view text, const std::vector<Span>& words,
                             std::vector<Span>* parts, std::vector<uint32_t>* part_ends) const {
  parts->clear();
  part_ends->clear();
  part_ends->reserve(words.size());
  // A word's table entry is usually not in cache: its lookup is started this many words
  // before it is needed, so that the misses of several words overlap.
  constexpr size_t kLookahead = 8;
  PreparedWord ahead[kLookahead];
  for (size_t i = 0; i < words.size() && i < kLookahead; ++i) {
    Prepare(*model_, text, words[i], &ahead[i]);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    PreparedWord& prepared = ahead[i % kLookahead];
    AppendSegments(*model_, prepared, words[i], parts);
    part_ends->push_back(static_cast<uint32_t>(parts->size()));
    if (i + kLookahead < words.size()) Prepare(*model_, text, words[i + kLookahead], &prepared);
  }
}

}  // namespace marsad::text
