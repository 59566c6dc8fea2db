#include "events/event_scorer.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "events/match_form.h"

namespace marsad::events {
namespace {

std::string Country(std::string_view code) { return std::string(code.substr(0, 3)); }
std::string Root(std::string_view code) { return std::string(code.substr(0, 2)); }

std::string StringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Kuhn's augmenting paths: tries to give gold `g` a prediction, re-seating earlier gold.
bool Augment(size_t g, const std::vector<std::vector<size_t>>& edges,
             std::vector<int>* owner_of_prediction, std::vector<bool>* visited,
             const std::vector<bool>& locked) {
  for (size_t p : edges[g]) {
    if (locked[p] || (*visited)[p]) continue;
    (*visited)[p] = true;
    const int owner = (*owner_of_prediction)[p];
    if (owner < 0 || Augment(owner, edges, owner_of_prediction, visited, locked)) {
      (*owner_of_prediction)[p] = static_cast<int>(g);
      return true;
    }
  }
  return false;
}

// The byte length of the first `chars` characters of UTF-8 `text` (all of it when shorter).
size_t Utf8Prefix(std::string_view text, size_t chars) {
  size_t i = 0;
  for (size_t n = 0; i < text.size() && n < chars; ++n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace

std::string NormalizeForScoring(std::string_view text) {
  const std::string folded = MatchForm(text);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Expected<std::vector<GoldEvent>> ParseGoldEvents(std::string_view jsonl) {
  std::vector<GoldEvent> gold;
  std::istringstream lines{std::string(jsonl)};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded() || !object.is_object()) {
      return Status::Error("gold line " + std::to_string(number) + ": not a JSON object");
    }
    GoldEvent g;
    g.doc = StringField(object, "doc");
    g.evidence = StringField(object, "evidence");
    g.source = StringField(object, "source");
    g.code = StringField(object, "code");
    g.target = StringField(object, "target");
    if (object.contains("polarity")) g.polarity = StringField(object, "polarity");
    if (object.contains("modality")) g.modality = StringField(object, "modality");
    auto optional = object.find("optional");
    g.optional = optional != object.end() && optional->is_boolean() && optional->get<bool>();
    if (g.doc.empty() || g.evidence.empty() || g.code.size() < 2) {
      return Status::Error("gold line " + std::to_string(number) +
                           ": needs doc, evidence and a CAMEO code");
    }
    gold.push_back(std::move(g));
  }
  return gold;
}

double Prf::precision() const {
  const int predicted = true_positives + false_positives;
  return predicted == 0 ? 0.0 : static_cast<double>(true_positives) / predicted;
}

double Prf::recall() const {
  const int gold = true_positives + false_negatives;
  return gold == 0 ? 0.0 : static_cast<double>(true_positives) / gold;
}

double Prf::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void EventScorer::AddDocument(const std::string& doc, const Analysis& analysis) {
  documents_.push_back(doc);
  const std::string_view text = analysis.text();
  for (const Event& event : analysis.events) {
    Predicted p{doc, event, {}, {}};
    p.sentences.push_back(NormalizeForScoring(event.sentence.of(text)));
    const std::string_view sentence = event.sentence.of(text);
    p.excerpt = std::string(sentence.substr(0, Utf8Prefix(sentence, 90)));
    for (const Span& mention : event.mentions) {
      p.sentences.push_back(NormalizeForScoring(mention.of(text)));
    }
    predicted_.push_back(std::move(p));
  }
}

bool EventScorer::Matches(const GoldEvent& gold, const Predicted& predicted, Level level) const {
  if (gold.doc != predicted.doc) return false;
  const Event& e = predicted.event;
  const std::string evidence = NormalizeForScoring(gold.evidence);
  const bool inside = std::any_of(
      predicted.sentences.begin(), predicted.sentences.end(),
      [&](const std::string& sentence) { return sentence.find(evidence) != std::string::npos; });
  if (!inside) return false;
  if (level == Level::kFull) {
    if (e.code != gold.code || e.source.actor != gold.source || e.polarity != gold.polarity ||
        e.modality != gold.modality) {
      return false;
    }
    return gold.target.empty() || e.target.actor == gold.target;
  }
  if (e.source.actor.size() < 3 || Country(e.source.actor) != Country(gold.source)) return false;
  const bool intent_accepted =
      (gold.modality == "intended" || gold.modality == "hypothetical") && Root(e.code) == "03";
  if (Root(e.code) != Root(gold.code) && !intent_accepted) return false;
  if (gold.target.empty()) return true;
  return e.target.actor.size() >= 3 && Country(e.target.actor) == Country(gold.target);
}

std::vector<int> EventScorer::Match(Level level, const std::vector<bool>& scored_gold) const {
  std::vector<std::vector<size_t>> edges(gold_.size());
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (!scored_gold[g]) continue;
    for (size_t p = 0; p < predicted_.size(); ++p) {
      if (Matches(gold_[g], predicted_[p], level)) edges[g].push_back(p);
    }
  }
  std::vector<int> owner(predicted_.size(), -1);
  std::vector<bool> no_lock(predicted_.size(), false);
  // Required gold first: a maximum matching among them alone.
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (!scored_gold[g] || gold_[g].optional) continue;
    std::vector<bool> visited(predicted_.size(), false);
    Augment(g, edges, &owner, &visited, no_lock);
  }
  // Then optional gold takes what predictions are left, without unseating required gold.
  std::vector<bool> locked(predicted_.size(), false);
  for (size_t p = 0; p < predicted_.size(); ++p) locked[p] = owner[p] >= 0;
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (!scored_gold[g] || !gold_[g].optional) continue;
    std::vector<bool> visited(predicted_.size(), false);
    Augment(g, edges, &owner, &visited, locked);
  }
  return owner;
}

Prf EventScorer::ScoreLevel(Level level, const std::vector<bool>& scored_gold) const {
  const std::vector<int> owner = Match(level, scored_gold);
  Prf prf;
  std::vector<bool> gold_matched(gold_.size(), false);
  for (size_t p = 0; p < predicted_.size(); ++p) {
    if (owner[p] < 0) {
      ++prf.false_positives;
    } else {
      gold_matched[owner[p]] = true;
      if (!gold_[owner[p]].optional) ++prf.true_positives;
    }
  }
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (scored_gold[g] && !gold_[g].optional && !gold_matched[g]) ++prf.false_negatives;
  }
  return prf;
}

std::vector<bool> EventScorer::ScoredGold() const {
  std::vector<bool> scored_gold(gold_.size(), false);
  for (size_t g = 0; g < gold_.size(); ++g) {
    scored_gold[g] =
        std::find(documents_.begin(), documents_.end(), gold_[g].doc) != documents_.end();
  }
  return scored_gold;
}

std::string EventScorer::Explain() const {
  const std::vector<bool> scored_gold = ScoredGold();
  const std::vector<int> owner = Match(Level::kRoot, scored_gold);
  const std::vector<int> full_owner = Match(Level::kFull, scored_gold);
  std::vector<int> root_match(gold_.size(), -1);
  std::vector<bool> full_hit(gold_.size(), false);
  for (size_t p = 0; p < predicted_.size(); ++p) {
    if (owner[p] >= 0) root_match[owner[p]] = static_cast<int>(p);
    if (full_owner[p] >= 0) full_hit[full_owner[p]] = true;
  }
  auto describe = [](const std::string& source, const std::string& code, const std::string& target,
                     const std::string& polarity, const std::string& modality) {
    return source + " " + code + " " + (target.empty() ? "-" : target) + " " + polarity + " " +
           modality;
  };
  std::ostringstream out;
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (!scored_gold[g] || gold_[g].optional) continue;
    const GoldEvent& gold = gold_[g];
    const char* verdict = root_match[g] < 0 ? "MISS" : full_hit[g] ? "hit " : "root";
    out << verdict << " " << gold.doc.substr(0, 3) << " gold "
        << describe(gold.source, gold.code, gold.target, gold.polarity, gold.modality);
    if (root_match[g] >= 0) {
      const Event& e = predicted_[root_match[g]].event;
      out << "  <= " << describe(e.source.actor, e.code, e.target.actor, e.polarity, e.modality);
    }
    out << "  | " << gold.evidence << "\n";
  }
  for (size_t p = 0; p < predicted_.size(); ++p) {
    if (owner[p] >= 0) continue;
    const Predicted& predicted = predicted_[p];
    const Event& e = predicted.event;
    out << "FP   " << predicted.doc.substr(0, 3) << " "
        << describe(e.source.actor.empty() ? "(" + e.source.text + ")" : e.source.actor, e.code,
                    e.target.actor.empty() && !e.target.text.empty() ? "(" + e.target.text + ")"
                                                                     : e.target.actor,
                    e.polarity, e.modality)
        << "  | " << predicted.excerpt << "\n";
  }
  return out.str();
}

EventScores EventScorer::Score() const {
  EventScores scores;
  scores.documents = static_cast<int>(documents_.size());
  const std::vector<bool> scored_gold = ScoredGold();
  for (size_t g = 0; g < gold_.size(); ++g) {
    if (!scored_gold[g]) ++scores.gold_without_document;
  }
  scores.root = ScoreLevel(Level::kRoot, scored_gold);
  scores.full = ScoreLevel(Level::kFull, scored_gold);
  return scores;
}

}  // namespace marsad::events
