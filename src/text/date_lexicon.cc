#include "text/date_lexicon.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/tsv_file.h"

namespace marsad::text {
namespace {

struct Variant {
  std::string text;
  size_t clitic_letters = 0;
};

// The first word as written and without leading clitics: و ف, then ب ل ك (لل → ال).
std::vector<Variant> CliticVariants(const std::string& word) {
  static const std::string kWa = "و";
  static const std::string kFa = "ف";
  static const std::string kBa = "ب";
  static const std::string kLam = "ل";
  static const std::string kKaf = "ك";
  static const std::string kAl = "ال";
  std::vector<Variant> variants = {{word, 0}};
  std::vector<Variant> conjunction_free = {{word, 0}};
  for (const std::string* conjunction : {&kWa, &kFa}) {
    if (word.starts_with(*conjunction) && word.size() >= conjunction->size() + 4) {
      conjunction_free.push_back({word.substr(conjunction->size()), 1});
      variants.push_back(conjunction_free.back());
    }
  }
  for (const Variant& base : conjunction_free) {
    if (base.text.starts_with(kLam + kLam) && base.text.size() >= 6) {
      variants.push_back({kAl + base.text.substr(2 * kLam.size()), base.clitic_letters + 1});
      continue;
    }
    for (const std::string* preposition : {&kBa, &kLam, &kKaf}) {
      if (base.text.starts_with(*preposition) && base.text.size() >= preposition->size() + 4) {
        variants.push_back({base.text.substr(preposition->size()), base.clitic_letters + 1});
      }
    }
  }
  return variants;
}

}  // namespace

Expected<DateLexicon> DateLexicon::Load(const std::string& dir) {
  DateLexicon lexicon;
  for (const char* file : {"months.tsv", "words.tsv", "numbers.tsv"}) {
    Status status = lexicon.LoadFile(dir + "/" + file);
    if (!status.ok()) return status;
  }
  return lexicon;
}

Status DateLexicon::LoadFile(const std::string& path) {
  return ForEachTsvRow(path, [&](const std::vector<std::string>& fields, size_t) {
    if (fields.size() < 3 || fields.size() > 4) {
      return Status::Error("expected kind, phrase, value [, count]");
    }
    DateEntry entry;
    entry.kind = fields[0];
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
    phrases_[phrase].push_back(entry);
    for (size_t space = phrase.find(' '); space != std::string::npos;
         space = phrase.find(' ', space + 1)) {
      multiword_prefixes_.insert(phrase.substr(0, space));
    }
    max_words_ = std::max<size_t>(max_words_, std::count(phrase.begin(), phrase.end(), ' ') + 1);
    return Status::Ok();
  });
}

std::vector<std::string> DateLexicon::WordsOf(
    const std::vector<std::string_view>& kinds,
    const std::vector<std::string_view>& except_kinds) const {
  auto has_kind = [this](const std::string& phrase, const std::vector<std::string_view>& wanted) {
    const auto it = phrases_.find(phrase);
    if (it == phrases_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](const DateEntry& entry) {
      return std::find(wanted.begin(), wanted.end(), entry.kind) != wanted.end();
    });
  };
  std::vector<std::string> words;
  for (const auto& [phrase, entries] : phrases_) {
    if (!has_kind(phrase, kinds)) continue;
    std::stringstream stream(phrase);
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

std::vector<std::vector<DatePhraseMatch>> DateLexicon::MatchAll(
    const std::vector<DateWord>& words) const {
  std::vector<std::vector<DatePhraseMatch>> matches(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != DateWordKind::kLetters) continue;
    for (const Variant& first : CliticVariants(words[i].text)) {
      std::string phrase = first.text;
      for (size_t end = i + 1; end <= words.size() && end - i <= max_words_; ++end) {
        if (end > i + 1) {
          const DateWord& next = words[end - 1];
          if (next.kind != DateWordKind::kLetters || next.line_before) break;
          phrase.push_back(' ');
          phrase += next.text;
        }
        if (const auto it = phrases_.find(phrase); it != phrases_.end()) {
          for (const DateEntry& entry : it->second)
            matches[i].push_back({&entry, end, first.clitic_letters});
        }
        if (!multiword_prefixes_.contains(phrase)) break;
      }
    }
    std::stable_sort(
        matches[i].begin(), matches[i].end(),
        [](const DatePhraseMatch& a, const DatePhraseMatch& b) { return a.end > b.end; });
  }
  return matches;
}

}  // namespace marsad::text
