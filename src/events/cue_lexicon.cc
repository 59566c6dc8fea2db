#include "events/cue_lexicon.h"

#include <algorithm>
#include <iterator>
#include <sstream>
#include <utility>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/tsv_file.h"
#include "events/csv_table.h"
#include "events/match_form.h"
#include "events/verb_forms.h"

namespace marsad::events {
namespace {

std::vector<std::string> SplitOn(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    if (!part.empty() && part != "-") parts.emplace_back(part);
    start = end + 1;
  }
  return parts;
}

std::vector<std::string> FoldAll(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const std::string& w : words)
    out.push_back(w == "obj" || w == "place" ? w : MatchForm(w));  // keeps a leading !
  return out;
}

bool ValidCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Written as the next word of an exclusion, it stands for punctuation or the end of the
// sentence (الثالثة فجراً.): the finder passes an empty next word there.
constexpr std::string_view kSentenceBreak = ".";
// In front of the next word of an exclusion, it lets that word stand a few words on.
constexpr char kNearMark = '~';
constexpr size_t kExclusionReach = 4;  // words after the cue a ~word may stand at
// In front of the next word of an exclusion, it lets that word stand further on, past
// punctuation: the speech that tells an attack in words (وشن هجوما متعدد الاتجاهات، وقال).
constexpr char kFarMark = '^';
constexpr size_t kFarExclusionReach = 8;  // words after the cue a ^word may stand at

// Excluded cues are words of three letters or more; context words may be particles of two
// (ولم، وفي).
constexpr size_t kMinCueLetters = 3;
constexpr size_t kMinContextLetters = 2;

// The names of the context kinds in events_cue_context.tsv.
constexpr std::pair<std::string_view, CueContext> kContextKinds[] = {
    {"nominal", CueContext::kNominal},
    {"relative", CueContext::kRelative},
    {"verbal", CueContext::kVerbal},
    {"negation", CueContext::kNegation},
    {"auxiliary", CueContext::kAuxiliary},
    {"background", CueContext::kBackground},
    {"demonstrative", CueContext::kDemonstrative},
    {"result", CueContext::kResult},
    {"anchor", CueContext::kTimeAnchor},
    {"recent", CueContext::kRecent},
    {"verbal-on", CueContext::kVerbalOn},
    {"on", CueContext::kLightOn},
    {"past", CueContext::kPastAuxiliary},
    {"perfect", CueContext::kPerfect},
};

}  // namespace

Expected<CueLexicon> CueLexicon::Load(const std::string& data_dir) {
  CueLexicon lexicon;
  for (const char* file : {"events.tsv", "events_conflict.tsv"}) {
    const std::string path = data_dir + "/lexicon/" + file;
    auto text = ReadWholeFile(path);
    if (!text.ok()) return text.status();
    Status status = lexicon.AddForms(*text, path);
    if (!status.ok()) return status;
  }
  auto excluded = ReadWholeFile(data_dir + "/lexicon/events_exclude.tsv");
  if (!excluded.ok()) return excluded.status();
  lexicon.ExcludeForms(*excluded);
  lexicon.index_.Build();  // once, with every file read
  const std::string context_path = data_dir + "/lexicon/events_cue_context.tsv";
  auto context = ReadWholeFile(context_path);
  if (!context.ok()) return context.status();
  Status status = lexicon.AddContext(*context, context_path);
  if (!status.ok()) return status;
  return lexicon;
}

void CueLexicon::Exclude(std::string_view text) {
  ExcludeForms(text);
  index_.Build();
}

void CueLexicon::ExcludeForms(std::string_view text) {
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      index_.Remove(MatchForm(line));
      continue;
    }
    auto& next = excluded_before_[MatchForm(line.substr(0, tab))];
    for (const std::string& word : SplitOn(std::string_view(line).substr(tab + 1), ',')) {
      if (word == kSentenceBreak) {
        next.push_back(word);
      } else if (!word.empty() && (word[0] == kNearMark || word[0] == kFarMark)) {
        next.push_back(word[0] + MatchForm(std::string_view(word).substr(1)));
      } else {
        next.push_back(MatchForm(word));
      }
    }
  }
}

Status CueLexicon::AddContext(std::string_view text, const std::string& name) {
  return ForEachTsvRowOf(text, name, [&](const std::vector<std::string>& fields, size_t) {
    const std::string& kind = fields[0];
    const std::string word = fields.size() < 2 ? "" : MatchForm(fields[1]);
    if (word.empty()) return Status::Error("no word");
    const auto known = std::find_if(std::begin(kContextKinds), std::end(kContextKinds),
                                    [&](const auto& named) { return named.first == kind; });
    if (known == std::end(kContextKinds)) {
      return Status::Error(
          "kind must be nominal, relative, verbal, negation, auxiliary, background, "
          "demonstrative, result, anchor, recent, verbal-on, on, past or perfect, not " +
          kind);
    }
    context_[word] |= uint16_t{1} << static_cast<int>(known->second);
    return Status::Ok();
  });
}

bool CueLexicon::ExcludedBefore(std::string_view word,
                                std::span<const std::string> following) const {
  auto it = excluded_before_.find(word);
  // وانفجرت، بالهجوم: a conjunction, preposition or article in front does not change what the
  // word is.
  if (it == excluded_before_.end())
    it = excluded_before_.find(WithoutConjunction(word, kMinCueLetters));
  if (it == excluded_before_.end()) it = excluded_before_.find(BareForm(word));
  if (it == excluded_before_.end()) return false;
  const std::string_view next = following.empty() ? std::string_view() : following[0];
  for (const std::string& stem : it->second) {
    if (stem == kSentenceBreak) {
      if (next.empty()) return true;
    } else if (stem[0] == kFarMark) {
      const std::string_view far = std::string_view(stem).substr(1);
      for (size_t k = 0; k < following.size() && k < kFarExclusionReach; ++k) {
        if (HasStem(following[k], far)) return true;
      }
    } else if (stem[0] == kNearMark) {
      const std::string_view near = std::string_view(stem).substr(1);
      for (size_t k = 0; k < following.size() && k < kExclusionReach && !following[k].empty();
           ++k) {
        if (HasStem(following[k], near)) return true;
      }
    } else if (HasStem(next, stem)) {
      return true;
    }
  }
  return false;
}

bool CueLexicon::IsContext(CueContext kind, std::string_view word) const {
  const uint16_t bit = uint16_t{1} << static_cast<int>(kind);
  auto it = context_.find(word);
  if (it == context_.end()) it = context_.find(WithoutConjunction(word, kMinContextLetters));
  return it != context_.end() && (it->second & bit) != 0;
}

Expected<CueLexicon> CueLexicon::Parse(std::string_view text, const std::string& name) {
  CueLexicon lexicon;
  Status status = lexicon.Add(text, name);
  if (!status.ok()) return status;
  return lexicon;
}

Status CueLexicon::Add(std::string_view text, const std::string& name) {
  Status status = AddForms(text, name);
  index_.Build();
  return status;
}

Status CueLexicon::AddForms(std::string_view text, const std::string& name) {
  CueLexicon& lexicon = *this;
  const size_t patterns_before = patterns_.size();
  // code  past  present  nouns  next  target  kind  example
  Status status = ForEachTsvRowOf(
      text, name, [&](const std::vector<std::string>& fields, size_t number) -> Status {
        if (fields.size() != 8) {
          return Status::Error("expected 8 tab-separated fields, got " +
                               std::to_string(fields.size()));
        }
        CuePattern pattern;
        pattern.code = fields[0];
        if (!ValidCode(pattern.code)) return Status::Error("bad CAMEO code " + fields[0]);
        const auto past = SplitOn(fields[1], ',');
        auto present = SplitOn(fields[2], ',');
        for (std::string& stem : present) {
          if (stem.front() != '~') continue;  // ~يقتل: present forms only after a negation
          stem.erase(0, 1);
          pattern.present_after_negation_only = true;
        }
        const auto nouns = SplitOn(fields[3], ',');
        if (past.size() != present.size() && !past.empty() && !present.empty()) {
          return Status::Error("past and present lists differ in length");
        }
        if (past.empty() && present.empty() && nouns.empty()) {
          return Status::Error("no verb or noun");
        }
        pattern.next = FoldAll(SplitOn(fields[4], ','));
        pattern.target_by = FoldAll(SplitOn(fields[5], ','));
        if (fields[6] == "act") {
          pattern.kind = CueKind::kAct;
        } else if (fields[6] == "report") {
          pattern.kind = CueKind::kReport;
        } else if (fields[6] == "deny") {
          pattern.kind = CueKind::kDeny;
        } else {
          return Status::Error("kind must be act, report or deny, not " + fields[6]);
        }
        pattern.example = fields[7];
        if (pattern.example.empty()) return Status::Error("no example sentence");
        pattern.nominal_only = past.empty() && present.empty();
        pattern.lemma = !past.empty() ? past[0] : !present.empty() ? present[0] : nouns[0];
        pattern.file = name.substr(name.find_last_of('/') + 1);
        pattern.line = static_cast<int>(number);
        const uint32_t index = static_cast<uint32_t>(lexicon.patterns_.size());
        lexicon.patterns_.push_back(std::move(pattern));

        auto add = [&](const WordForm& form) {
          auto& list = lexicon.index_.ListOf(form.text);
          for (CueForm& existing : list) {
            if (existing.pattern != index) continue;
            if (existing.noun != form.noun) existing.ambiguous = true;  // قتل: verb and noun
            existing.object = existing.object && form.object;           // رفضنا: we / us
            return;
          }
          list.push_back({index, form.future, form.noun, false, form.present, form.object});
        };
        const size_t verbs = std::max(past.size(), present.size());
        for (size_t i = 0; i < verbs; ++i) {
          for (const WordForm& form : GenerateVerbForms(i < past.size() ? past[i] : "",
                                                        i < present.size() ? present[i] : "")) {
            add(form);
          }
        }
        for (const std::string& noun : nouns) {
          for (const WordForm& form : GenerateNounForms(noun)) add(form);
        }
        return Status::Ok();
      });
  if (!status.ok()) return status;
  if (patterns_.size() == patterns_before) return Status::Error(name + ": no cues");
  return Status::Ok();
}

namespace {

uint64_t HashForm(std::string_view form) { return XXH3_64bits(form.data(), form.size()); }

}  // namespace

std::vector<CueForm>& CueLexicon::FormIndex::ListOf(std::string_view form) {
  const uint64_t hash = HashForm(form);
  // Two forms with one 64-bit hash would be a bug of the hash, not of the data: a hash stands for
  // its form.
  const uint32_t e = by_hash_.Find(hash);
  if (e != KeyIndex::kAbsent) return entries_[e].cues;
  by_hash_.Insert(hash, static_cast<uint32_t>(entries_.size()));
  entries_.push_back(
      Entry{static_cast<uint32_t>(letters_.size()), static_cast<uint32_t>(form.size()), hash, {}});
  letters_.append(form);
  return entries_.back().cues;
}

void CueLexicon::FormIndex::Remove(std::string_view form) {
  const uint32_t e = by_hash_.Find(HashForm(form));
  if (e != KeyIndex::kAbsent) entries_[e].cues.clear();
}

void CueLexicon::FormIndex::Build() {
  filter_ = KeyFilter(entries_.size());
  for (const Entry& entry : entries_) {
    if (!entry.cues.empty()) filter_.Add(entry.hash);
  }
}

const std::vector<CueForm>* CueLexicon::FormIndex::Find(std::string_view form) const {
  const uint64_t hash = HashForm(form);
  if (!filter_.MayContain(hash)) return nullptr;
  const uint32_t e = by_hash_.Find(hash);
  if (e == KeyIndex::kAbsent) return nullptr;
  const Entry& entry = entries_[e];
  if (entry.cues.empty() || std::string_view(letters_).substr(entry.offset, entry.size) != form) {
    return nullptr;
  }
  return &entry.cues;
}

const std::vector<CueForm>* CueLexicon::Find(std::string_view folded) const {
  return index_.Find(folded);
}

}  // namespace marsad::events
