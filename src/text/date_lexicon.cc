#include "text/date_lexicon.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <unordered_map>

#include "core/tsv_file.h"
#include "text/word_table.h"

namespace marsad::text {
namespace {

// The project's word hash, eight bytes a step (a byte-at-a-time hash is a chain of multiplies
// as long as the word, and every word of a date window is hashed).
uint64_t HashOf(std::string_view text) { return WordTable::Fingerprint(text); }

// The first word of a phrase as written or without leading clitics: و ف, then ب ل ك (لل → ال). The
// text is head + rest; head is «ال» where «لل» lost its first «ل».
struct Variant {
  std::string_view head;
  std::string_view rest;
  size_t clitic_letters = 0;
};

constexpr std::string_view kWa = "و";
constexpr std::string_view kFa = "ف";
constexpr std::string_view kBa = "ب";
constexpr std::string_view kLam = "ل";
constexpr std::string_view kKaf = "ك";
constexpr std::string_view kLamLam = "لل";
constexpr std::string_view kAl = "ال";

// Writes the variants of `word` to `variants` (at most 5) and returns how many.
size_t CliticVariants(std::string_view word, Variant* variants) {
  size_t count = 0;
  variants[count++] = {{}, word, 0};
  Variant conjunction_free[2] = {{{}, word, 0}};
  size_t bases = 1;
  for (const std::string_view conjunction : {kWa, kFa}) {
    if (word.starts_with(conjunction) && word.size() >= conjunction.size() + 4) {
      conjunction_free[bases] = {{}, word.substr(conjunction.size()), 1};
      variants[count++] = conjunction_free[bases++];
    }
  }
  for (size_t b = 0; b < bases; ++b) {
    const Variant& base = conjunction_free[b];
    if (base.rest.starts_with(kLamLam) && base.rest.size() >= 6) {
      variants[count++] = {kAl, base.rest.substr(kLamLam.size()), base.clitic_letters + 1};
      continue;
    }
    for (const std::string_view preposition : {kBa, kLam, kKaf}) {
      if (base.rest.starts_with(preposition) && base.rest.size() >= preposition.size() + 4) {
        variants[count++] = {{}, base.rest.substr(preposition.size()), base.clitic_letters + 1};
      }
    }
  }
  return count;
}

}  // namespace

Expected<DateLexicon> DateLexicon::Load(const std::string& dir) {
  DateLexicon lexicon;
  for (const char* file : {"months.tsv", "words.tsv", "numbers.tsv"}) {
    Status status = lexicon.LoadFile(dir + "/" + file);
    if (!status.ok()) return status;
  }
  // Kinds are told apart by their keys (DateKindKey): no two may share one.
  std::unordered_map<uint64_t, std::string_view> kinds;
  for (const Key& key : lexicon.keys_) {
    for (const DateEntry& entry : key.entries) {
      const auto [it, added] = kinds.emplace(entry.kind_key.hash(), entry.kind);
      if (!added && it->second != entry.kind) {
        return Status::Error("date kinds " + entry.kind + " and " + std::string(it->second) +
                             " share a key");
      }
    }
  }
  lexicon.AddFirstWords();
  return lexicon;
}

DateLexicon::Key& DateLexicon::KeyFor(const std::string& text) {
  const uint32_t found = index_.Find(HashOf(text));
  if (found != KeyIndex::kAbsent) return keys_[found];
  index_.Insert(HashOf(text), static_cast<uint32_t>(keys_.size()));
  keys_.push_back({text, {}, false});
  return keys_.back();
}

void DateLexicon::AddFirstWords() {
  std::vector<std::string> forms;
  for (const Key& key : keys_) {
    const std::string& word = key.text;
    if (word.find(' ') != std::string::npos) continue;
    std::vector<std::string> cores = {word};
    for (const std::string_view preposition : {kBa, kLam, kKaf}) {
      cores.push_back(std::string(preposition) + word);
    }
    if (word.starts_with(kAl)) cores.push_back(std::string(kLamLam) + word.substr(kAl.size()));
    for (const std::string& core : cores) {
      for (const std::string_view conjunction : {std::string_view(), kWa, kFa}) {
        forms.push_back(std::string(conjunction) + core);
      }
    }
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  first_word_filter_ = KeyFilter(forms.size());
  for (const std::string& form : forms) {
    FirstWord first{form, {}};
    Variant variants[5];
    const size_t variant_count = CliticVariants(form, variants);
    for (size_t v = 0; v < variant_count; ++v) {
      const Key* key = Find(std::string(variants[v].head) + std::string(variants[v].rest));
      if (key == nullptr) continue;
      first.starts.push_back({static_cast<uint32_t>(key - keys_.data()),
                              static_cast<uint32_t>(variants[v].clitic_letters)});
    }
    if (first.starts.empty()) continue;
    first_word_index_.Insert(HashOf(form), static_cast<uint32_t>(first_words_.size()));
    first_word_filter_.Add(HashOf(form));
    first_words_.push_back(std::move(first));
  }
}

const DateLexicon::FirstWord* DateLexicon::FindFirstWord(std::string_view word) const {
  const uint64_t hash = HashOf(word);
  if (!first_word_filter_.MayContain(hash)) return nullptr;
  const uint32_t found = first_word_index_.Find(hash);
  if (found == KeyIndex::kAbsent || first_words_[found].text != word) return nullptr;
  return &first_words_[found];
}

const DateLexicon::Key* DateLexicon::Find(std::string_view text) const {
  const uint32_t found = index_.Find(HashOf(text));
  if (found == KeyIndex::kAbsent || keys_[found].text != text) return nullptr;
  return &keys_[found];
}

Status DateLexicon::LoadFile(const std::string& path) {
  return ForEachTsvRow(path, [&](const std::vector<std::string>& fields, size_t) {
    if (fields.size() < 3 || fields.size() > 4) {
      return Status::Error("expected kind, phrase, value [, count]");
    }
    DateEntry entry;
    entry.kind = fields[0];
    entry.kind_key = DateKindKey::Of(entry.kind);
    const std::string phrase = FoldDatePhrase(fields[1]);
    if (phrase.empty()) return Status::Error("empty phrase");
    const std::string& number_field = fields.size() == 4 ? fields[3] : fields[2];
    if (fields.size() == 4) entry.unit = fields[2];
    const char* first = number_field.data();
    const char* last = first + number_field.size();
    if (*first == '+') ++first;
    const auto [end, error] = std::from_chars(first, last, entry.value);
    if (error != std::errc() || end != last) {
      return Status::Error("not a number: " + number_field);
    }
    for (size_t space = phrase.find(' '); space != std::string::npos;
         space = phrase.find(' ', space + 1)) {
      KeyFor(phrase.substr(0, space)).continues = true;
    }
    Key& key = KeyFor(phrase);
    if (key.entries.empty()) ++phrase_count_;
    key.entries.push_back(entry);
    max_words_ = std::max<size_t>(max_words_, std::count(phrase.begin(), phrase.end(), ' ') + 1);
    return Status::Ok();
  });
}

std::vector<std::string> DateLexicon::WordsOf(
    const std::vector<std::string_view>& kinds,
    const std::vector<std::string_view>& except_kinds) const {
  auto has_kind = [this](const std::string& phrase, const std::vector<std::string_view>& wanted) {
    const Key* key = Find(phrase);
    if (key == nullptr) return false;
    return std::any_of(key->entries.begin(), key->entries.end(), [&](const DateEntry& entry) {
      return std::find(wanted.begin(), wanted.end(), entry.kind) != wanted.end();
    });
  };
  std::vector<std::string> words;
  for (const Key& key : keys_) {
    if (!has_kind(key.text, kinds)) continue;
    std::stringstream stream(key.text);
    std::string word;
    std::string longest;
    while (stream >> word) {
      if (word.size() > longest.size() && !has_kind(word, except_kinds)) longest = word;
    }
    if (!longest.empty()) words.push_back(longest);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

void DateLexicon::MatchAll(const std::vector<DateWord>& words, DatePhraseMatches* matches) const {
  std::vector<DatePhraseMatch>& all = matches->all_;
  std::string& phrase = matches->phrase_;
  all.clear();
  matches->begin_.assign(1, 0);
  for (size_t i = 0; i < words.size(); ++i) {
    const size_t first_match = all.size();
    const FirstWord* first_word =
        words[i].kind == DateWordKind::kLetters ? FindFirstWord(words[i].text) : nullptr;
    if (first_word != nullptr) {
      for (const FirstWord::Start& start : first_word->starts) {
        const Key* key = &keys_[start.key];
        for (const DateEntry& entry : key->entries) {
          all.push_back({&entry, i + 1, start.clitic_letters});
        }
        if (!key->continues || max_words_ < 2) continue;
        phrase = key->text;
        for (size_t end = i + 2; end <= words.size() && end - i <= max_words_; ++end) {
          const DateWord& next = words[end - 1];
          if (next.kind != DateWordKind::kLetters || next.line_before) break;
          phrase.push_back(' ');
          phrase.append(next.text);
          key = Find(phrase);
          if (key == nullptr) break;
          for (const DateEntry& entry : key->entries) {
            all.push_back({&entry, end, start.clitic_letters});
          }
          if (!key->continues) break;
        }
      }
      // Longest first, in the order found among equally long ones (an insertion sort: the matches
      // of one word are few).
      for (size_t k = first_match + 1; k < all.size(); ++k) {
        for (size_t m = k; m > first_match && all[m - 1].end < all[m].end; --m) {
          std::swap(all[m - 1], all[m]);
        }
      }
    }
    matches->begin_.push_back(static_cast<uint32_t>(all.size()));
  }
}

}  // namespace marsad::text
