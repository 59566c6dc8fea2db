#include "actors/actor_tagger.h"

#include <algorithm>
#include <optional>
#include <string>

#include "actors/actor_matcher.h"
#include "actors/actor_rules.h"
#include "actors/actor_theatres.h"
#include "actors/ner_tagger.h"
#include "actors/within_article_resolver.h"
#include "core/utf8.h"
#include "lexicon/match_units.h"
#include "text/text_analyzer.h"

namespace marsad::actors {
namespace {

// Whether `text` holds a letter (Arabic or Latin): a span of tatweel, marks or punctuation alone
// («ـ» of «لـ«الشرق الأوسط»») names no one.
bool HasLetter(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    size_t length = 0;
    const char32_t c = utf8::Decode(text, pos, &length);
    pos += length;
    if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
        (c >= U'\u0621' && c <= U'\u063A') || (c >= U'\u0641' && c <= U'\u064A') ||
        (c >= U'\u0671' && c <= U'\u06D3')) {
      return true;
    }
  }
  return false;
}

}  // namespace

struct ActorTagger::Resources {
  ActorMatcher matcher;
  std::optional<NerTagger> ner;
  ActorTheatres theatres;
};

Expected<ActorTagger> ActorTagger::Load(const std::string& data_dir) {
  auto text = text::TextAnalyzer::Load(data_dir);
  if (!text.ok()) return text.status();
  return Load(data_dir, text.value());
}

Expected<ActorTagger> ActorTagger::Load(const std::string& data_dir,
                                        const text::TextAnalyzer& text) {
  auto matcher = ActorMatcher::Load(data_dir, text);
  if (!matcher.ok()) return matcher.status();
  std::optional<NerTagger> ner;
  if (auto loaded = NerTagger::Load(data_dir); loaded.ok()) ner.emplace(std::move(loaded).value());
  auto theatres = ActorTheatres::Load(data_dir);
  if (!theatres.ok()) return theatres.status();
  return ActorTagger(std::make_shared<const Resources>(
      Resources{std::move(matcher).value(), std::move(ner), std::move(theatres).value()}));
}

void ActorTagger::Apply(Analysis* analysis) const {
  const ActorMatcher& matcher = resources_->matcher;
  std::vector<lexicon::MatchUnit> units;
  std::vector<uint32_t> unit_sentence;
  std::vector<std::pair<size_t, size_t>> sentence_units;  // [begin, end) of each sentence
  units.reserve(analysis->tokens.size());
  unit_sentence.reserve(analysis->tokens.size());
  for (uint32_t s = 0; s < analysis->sentences.size(); ++s) {
    const Sentence& sentence = analysis->sentences[s];
    if (sentence.boilerplate) continue;
    size_t begin = units.size();
    lexicon::AppendMatchUnits(*analysis, sentence.first_token, sentence.end_token, &units);
    unit_sentence.resize(units.size(), s);
    sentence_units.emplace_back(begin, units.size());
  }
  std::vector<lexicon::KeyChoice> choices = lexicon::KeyChoices(units);
  std::vector<LexiconMatch> matches;
  for (const auto& [begin, end] : sentence_units) {
    matcher.FindIn(units, choices, begin, end, &matches);
  }
  std::vector<Mention> mentions =
      CodeMentions(matcher.entries(), matches, units, unit_sentence, analysis->published);

  if (resources_->ner.has_value()) {
    MergeTaggedEntities(resources_->ner->Tag(*analysis), units, unit_sentence, &mentions);
  }

  WithinArticleResolver(units, analysis->text()).Resolve(&mentions);
  resources_->theatres.Assign(unit_sentence, &mentions);

  analysis->entities.clear();
  for (const Mention& mention : mentions) {
    if (mention.code.empty() && !mention.title_key.empty()) continue;  // a bare, unknown title
    if (!HasLetter(mention.span.of(analysis->text()))) continue;
    if (!analysis->entities.empty() && analysis->entities.back().span.end > mention.span.start) {
      continue;  // keep the list non-overlapping
    }
    analysis->entities.push_back({mention.span, mention.type, mention.code, mention.name});
  }
}

}  // namespace marsad::actors
