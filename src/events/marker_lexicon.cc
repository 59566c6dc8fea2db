#include "events/marker_lexicon.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "core/tsv_file.h"
#include "events/csv_table.h"
#include "events/match_form.h"

namespace marsad::events {
namespace {

// A marker's first word is also looked up without a leading و/ف when this many letters remain.
constexpr size_t kMinBareLetters = 2;

bool ParseMarker(std::string_view name, Marker* marker) {
  static const std::pair<std::string_view, Marker> kNames[] = {
      {"negation", Marker::kNegation},
      {"hypothetical", Marker::kHypothetical},
      {"intended", Marker::kIntended},
      {"reported", Marker::kReported},
      {"carry", Marker::kCarry},
      {"clause", Marker::kClause},
      {"preposition", Marker::kPreposition},
      {"occurred", Marker::kOccurred},
      {"condition", Marker::kCondition},
      {"maybe", Marker::kMaybe},
      {"inclusive", Marker::kInclusive},
      {"appeal", Marker::kAppeal},
      {"denial", Marker::kDenial},
      {"count", Marker::kCount},
      {"past", Marker::kPast},
      {"verbal", Marker::kVerbal},
      {"upcoming", Marker::kUpcoming},
      {"relative", Marker::kRelative},
      {"question", Marker::kQuestion},
      {"purpose", Marker::kPurpose},
      {"military", Marker::kMilitary},
      {"talks", Marker::kTalks},
      {"receive", Marker::kReceive},
      {"known", Marker::kKnown},
      {"any", Marker::kAny},
      {"counterpart", Marker::kCounterpart},
      {"recall", Marker::kRecall},
      {"addressee", Marker::kAddressee},
      {"agent", Marker::kAgent},
      {"tally", Marker::kTally},
      {"onset", Marker::kOnset},
      {"permit", Marker::kPermit},
      {"accepted", Marker::kAccepted},
      {"own_denial", Marker::kOwnDenial},
      {"policy", Marker::kPolicy},
      {"interrogative", Marker::kInterrogative},
      {"economic", Marker::kEconomic},
      {"calm", Marker::kCalm},
      {"cooperation", Marker::kCooperation},
      {"announce", Marker::kAnnounce},
      {"result", Marker::kResult},
      {"partitive", Marker::kPartitive},
      {"aim", Marker::kAim},
      {"subjected", Marker::kSubjected},
      {"subjected_to", Marker::kSubjectedTo},
      {"faced", Marker::kFaced},
      {"month", Marker::kMonth},
      {"perfect", Marker::kPerfect},
      {"ago", Marker::kAgo},
      {"light_noun", Marker::kLightNoun},
      {"literal", Marker::kLiteral},
      {"between", Marker::kBetween},
      {"setting", Marker::kSetting},
      {"outcome", Marker::kOutcome},
      {"claim", Marker::kClaim},
      {"other_clause", Marker::kOtherClause},
      {"fronted", Marker::kFronted},
      {"owned_attack", Marker::kOwnedAttack},
      {"nature", Marker::kNature},
      {"among", Marker::kAmong},
      {"protesters", Marker::kProtesters}};
  for (const auto& [text, value] : kNames) {
    if (text == name) {
      *marker = value;
      return true;
    }
  }
  return false;
}

// Whether the whole of `phrase` stands at word `i` of `words`, given that its first word does
// (the caller found it by its first word): the words after the first follow, within `words`.
bool RestFollows(const MarkerPhrase& phrase, const std::vector<std::string>& words, size_t i) {
  if (i + phrase.words.size() > words.size()) return false;
  for (size_t k = 1; k < phrase.words.size(); ++k) {
    if (words[i + k] != phrase.words[k]) return false;
  }
  return true;
}

}  // namespace

Expected<MarkerLexicon> MarkerLexicon::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/lexicon/events_markers.tsv";
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Expected<MarkerLexicon> MarkerLexicon::Parse(std::string_view text, const std::string& name) {
  MarkerLexicon lexicon;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_word;
  Status status = ForEachTsvRowOf(text, name, [&](const std::vector<std::string>& fields, size_t) {
    if (fields.size() != 3) return Status::Error("expected marker, reach, phrase");
    MarkerPhrase phrase;
    if (!ParseMarker(fields[0], &phrase.marker)) {
      return Status::Error("unknown marker " + fields[0]);
    }
    phrase.reach = std::atoi(fields[1].c_str());
    std::istringstream words(fields[2]);
    std::string word;
    while (words >> word) phrase.words.push_back(MatchForm(word));
    if (phrase.words.empty()) return Status::Error("empty phrase");
    const auto index = static_cast<uint32_t>(lexicon.phrases_.size());
    by_first_word[phrase.words[0]].push_back(index);
    const auto marker = static_cast<size_t>(phrase.marker);
    if (lexicon.by_marker_.size() <= marker) lexicon.by_marker_.resize(marker + 1);
    lexicon.by_marker_[marker].push_back(index);
    lexicon.phrases_.push_back(std::move(phrase));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  lexicon.first_word_filter_ = KeyFilter(by_first_word.size());
  for (auto& [word, indices] : by_first_word) {
    const uint64_t hash = XXH3_64bits(word.data(), word.size());
    lexicon.first_word_filter_.Add(hash);
    // Two words with one 64-bit hash would be a bug of the hash, not of the data: keep the first.
    if (lexicon.first_word_index_.Find(hash) != KeyIndex::kAbsent) continue;
    lexicon.first_word_index_.Insert(hash, static_cast<uint32_t>(lexicon.first_words_.size()));
    lexicon.first_words_.emplace_back(word, std::move(indices));
  }
  return lexicon;
}

const std::vector<uint32_t>* MarkerLexicon::StartingWith(std::string_view word) const {
  const uint64_t hash = XXH3_64bits(word.data(), word.size());
  if (!first_word_filter_.MayContain(hash)) return nullptr;
  const uint32_t entry = first_word_index_.Find(hash);
  if (entry == KeyIndex::kAbsent || first_words_[entry].first != word) return nullptr;
  return &first_words_[entry].second;
}

std::array<const std::vector<uint32_t>*, 2> MarkerLexicon::StartingWithOrWithoutConjunction(
    std::string_view word) const {
  const std::string_view bare = WithoutConjunction(word, kMinBareLetters);
  return {StartingWith(word), bare == word ? nullptr : StartingWith(bare)};
}

std::vector<MarkerHit> MarkerLexicon::Find(const std::vector<std::string>& words,
                                           uint32_t base) const {
  std::vector<MarkerHit> hits;
  for (size_t i = 0; i < words.size(); ++i) {
    for (const std::vector<uint32_t>* starting : StartingWithOrWithoutConjunction(words[i])) {
      if (starting == nullptr) continue;
      for (uint32_t index : *starting) {
        const MarkerPhrase& phrase = phrases_[index];
        if (!RestFollows(phrase, words, i)) continue;
        hits.push_back({phrase.marker, phrase.reach, static_cast<uint32_t>(base + i),
                        static_cast<uint32_t>(base + i + phrase.words.size())});
      }
    }
  }
  DropLiteralHits(&hits);
  return hits;
}

void MarkerLexicon::DropLiteralHits(std::vector<MarkerHit>* hits) {
  std::vector<std::pair<uint32_t, uint32_t>> literal_spans;
  for (const MarkerHit& hit : *hits) {
    if (hit.marker == Marker::kLiteral) literal_spans.emplace_back(hit.first_token, hit.end_token);
  }
  if (literal_spans.empty()) return;
  std::erase_if(*hits, [&](const MarkerHit& hit) {
    return std::any_of(literal_spans.begin(), literal_spans.end(), [&](const auto& span) {
      return hit.first_token >= span.first && hit.end_token <= span.second;
    });
  });
}

bool MarkerLexicon::Is(Marker marker, std::string_view folded) const {
  for (const std::vector<uint32_t>* starting : StartingWithOrWithoutConjunction(folded)) {
    if (starting == nullptr) continue;
    for (uint32_t index : *starting) {
      if (phrases_[index].marker == marker && phrases_[index].words.size() == 1) return true;
    }
  }
  return false;
}

int MarkerLexicon::NearestStem(Marker marker, const std::vector<std::string>& words,
                               uint32_t from) const {
  std::vector<std::string_view> bare;
  return NearestStem(marker, words, from, &bare);
}

int MarkerLexicon::NearestStem(Marker marker, const std::vector<std::string>& words, uint32_t from,
                               std::vector<std::string_view>* bare) const {
  int nearest = -1;
  const auto kind = static_cast<size_t>(marker);
  if (kind >= by_marker_.size()) return nearest;
  if (bare->size() < words.size()) bare->resize(words.size());
  // A bare form found is a view into its word, never null.
  auto bare_at = [&](size_t i) {
    std::string_view& bare_word = (*bare)[i];
    if (bare_word.data() == nullptr) bare_word = BareForm(words[i]);
    return bare_word;
  };
  for (uint32_t index : by_marker_[kind]) {
    const MarkerPhrase& phrase = phrases_[index];
    const size_t length = phrase.words.size();
    const auto end = std::min<size_t>(words.size(), from + static_cast<size_t>(phrase.reach));
    for (size_t i = from; i < end && i + length <= words.size(); ++i) {
      if (nearest >= 0 && i - from >= static_cast<size_t>(nearest)) break;
      // وقف إطلاق النار: each word of a longer phrase begins with its own (bare) stem.
      bool match = true;
      for (size_t k = 0; k < length && match; ++k) {
        const std::string_view stem =
            length == 1 ? std::string_view(phrase.words[k]) : BareForm(phrase.words[k]);
        match = bare_at(i + k).substr(0, stem.size()) == stem;
      }
      if (match) {
        nearest = static_cast<int>(i - from);
        break;
      }
    }
  }
  return nearest;
}

uint32_t MarkerLexicon::LengthAt(Marker marker, const std::vector<std::string>& words,
                                 uint32_t i) const {
  if (i >= words.size()) return 0;
  uint32_t longest = 0;
  for (const std::vector<uint32_t>* starting : StartingWithOrWithoutConjunction(words[i])) {
    if (starting == nullptr) continue;
    for (uint32_t index : *starting) {
      const MarkerPhrase& phrase = phrases_[index];
      const auto size = static_cast<uint32_t>(phrase.words.size());
      if (phrase.marker != marker || size <= longest || !RestFollows(phrase, words, i)) continue;
      longest = size;
    }
  }
  return longest;
}

bool MarkerLexicon::IsPreposition(std::string_view folded) const {
  return Is(Marker::kPreposition, folded);
}

bool MarkerLexicon::IsCount(std::string_view folded) const {
  return (!folded.empty() && folded[0] >= '0' && folded[0] <= '9') || Is(Marker::kCount, folded);
}

bool MarkerLexicon::IsClauseOpener(std::string_view folded) const {
  return Is(Marker::kClause, folded);
}

bool AfterPreposition(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      uint32_t token) {
  for (uint32_t k = 1; k <= 2 && k <= token; ++k) {
    if (markers.IsPreposition(words[token - k])) return true;
  }
  return false;
}

}  // namespace marsad::events
