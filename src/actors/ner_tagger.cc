#include "actors/ner_tagger.h"

#include <fstream>

#include "actors/ner_document_names.h"
#include "actors/ner_emission_cache.h"
#include "actors/ner_emission_cache_pool.h"
#include "actors/ner_features.h"
#include "actors/ner_gazetteer.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_perceptron.h"
#include "actors/ner_scorer.h"
#include "actors/ner_training.h"
#include "actors/ner_word_clusters.h"
#include "actors/ner_word_scores.h"
#include "core/file.h"
#include "core/utf8.h"

namespace marsad::actors {
namespace {

// One tagging unit: a clitic segment of a token (or the whole token) and its folded form: its
// norm, or, when it has none, where its folded text lies in the article's buffer of it.
struct Unit {
  Span span;
  bool whole_token = false;
  std::string_view norm;
  uint32_t folded_start = 0;
  uint32_t folded_end = 0;
};

bool IsMark(char32_t cp) { return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640; }

// The original-text offset after skipping `letters` letters (and the diacritics and tatweel
// that follow each) from span.start.
uint32_t SkipLetters(std::string_view text, Span span, size_t letters) {
  size_t pos = span.start;
  for (size_t skipped = 0; skipped < letters && pos < span.end; ++skipped) {
    size_t length = 1;
    utf8::Decode(text, pos, &length);
    pos += length;
    while (pos < span.end) {
      const char32_t cp = utf8::Decode(text, pos, &length);
      if (!IsMark(cp)) break;
      pos += length;
    }
  }
  return static_cast<uint32_t>(pos);
}

bool IsProcliticSegment(std::string_view folded) {
  return folded == "\xD9\x88" || folded == "\xD9\x81" || folded == "\xD8\xA8" ||
         folded == "\xD9\x84" || folded == "\xD9\x83";
}

// A folded word written ل... after the preposition ل that the lexicon knows better as ال...
// (ل + العراق written للعراق, split ل + لعراق): its ل is the article's, and the name starts
// after it, as after ال in the dictionary form عراق. للبنان (ل + لبنان) is left whole.
bool IsArticleWithoutAlef(std::string_view folded, const NerLexicon& lexicon) {
  if (folded.substr(0, 2) != "\xD9\x84" || folded.size() < 6) return false;
  const std::string with_alef = "\xD8\xA7" + std::string(folded);
  return lexicon.Find(NerLexiconKey(with_alef)).count > lexicon.Find(NerLexiconKey(folded)).count;
}

}  // namespace

struct NerTagger::Model {
  NerModel perceptron;
  NerLexicon lexicon;
  NerWordScores vocabulary;
  // The workers' emission caches, kept from article to article (over the fields above).
  std::unique_ptr<NerEmissionCachePool> caches;
};

Expected<NerTagger> NerTagger::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/models/ner.model";
  const auto content = ReadWholeFile(path);
  if (!content.ok()) return Status::Error("cannot open entity tagger model " + path);
  std::string_view rest = *content;
  auto model = NerModel::ParsePrefix(&rest);
  if (!model.ok()) return Status::Error(path + ": " + model.status().message());
  auto lexicon = NerLexicon::ParsePrefix(&rest);
  if (!lexicon.ok()) return Status::Error(path + ": " + lexicon.status().message());
  // The word classes the model was trained with, when there are any.
  const std::string clusters_path = data_dir + "/models/ner.clusters";
  if (std::ifstream(clusters_path).good()) {
    auto clusters = NerWordClusters::Load(clusters_path);
    if (!clusters.ok()) return clusters.status();
    lexicon->set_clusters(std::make_shared<const NerWordClusters>(std::move(clusters).value()));
  }
  if (rest.substr(0, 10) == "gazetteer ") {  // optional: a model may be trained without
    auto gazetteer = NerGazetteer::ParsePrefix(&rest);
    if (!gazetteer.ok()) return Status::Error(path + ": " + gazetteer.status().message());
    lexicon->set_gazetteer(std::make_shared<const NerGazetteer>(std::move(gazetteer).value()));
  }
  if (!rest.empty()) {  // optional: models before it have no vocabulary
    // Checked, but not scored here: the workers' caches score each word the first time they
    // meet it, which costs less than scoring every known word at load.
    auto parsed = NerWordScores::ParseVocabularyPrefix(&rest);
    if (!parsed.ok()) return Status::Error(path + ": " + parsed.status().message());
  }
  return FromModel(std::move(model).value(), std::move(lexicon).value());
}

NerTagger NerTagger::FromModel(NerModel model, NerLexicon lexicon,
                               const std::vector<std::string>& vocabulary) {
  auto shared = std::make_shared<Model>();
  shared->perceptron = std::move(model);
  shared->lexicon = std::move(lexicon);
  if (!vocabulary.empty()) {
    shared->vocabulary = NerWordScores(vocabulary, shared->perceptron, shared->lexicon);
  }
  shared->caches = std::make_unique<NerEmissionCachePool>(shared->perceptron, shared->lexicon,
                                                          shared->vocabulary);
  return NerTagger(std::move(shared));
}

std::vector<std::string> NerTagger::TagWords(const std::vector<std::string>& words) const {
  const std::vector<int> tags = model_->caches->Acquire()->Decode(FoldWords(words));
  std::vector<std::string> out;
  out.reserve(tags.size());
  for (int t : tags) out.emplace_back(kNerTags[t]);
  return out;
}

std::vector<Entity> NerTagger::Tag(const Analysis& analysis) const {
  std::vector<Entity> entities;
  const std::string_view text = analysis.text();
  // All the article's sentences are tagged first, then names are spread to their other
  // mentions in the article (ner_document_names.h), then turned into entities.
  std::vector<Unit> units;
  std::string folded_text;
  std::vector<size_t> sentence_starts;  // each tagged sentence's first unit
  std::vector<std::vector<std::string_view>> folded_sentences;
  std::vector<std::vector<int>> tag_sentences;
  const NerEmissionCachePool::Lease lease = model_->caches->Acquire();
  NerEmissionCache& cache = *lease;
  // The text stage's norm (text::Normalizer) is folded for tagging already: FoldForNer leaves
  // it as it is (ner_features.h), so only the words without one are folded here.
  auto add_unit = [&](Span span, bool whole_token, std::string_view norm) {
    const auto start = static_cast<uint32_t>(folded_text.size());
    if (norm.empty()) AppendFoldedForNer(span.of(text), &folded_text);
    units.push_back({span, whole_token, norm, start, static_cast<uint32_t>(folded_text.size())});
  };
  auto folded_of = [&](const Unit& unit) {
    if (!unit.norm.empty()) return unit.norm;
    return std::string_view(folded_text)
        .substr(unit.folded_start, unit.folded_end - unit.folded_start);
  };
  for (const Sentence& sentence : analysis.sentences) {
    if (sentence.boilerplate) continue;
    const size_t first_unit = units.size();
    for (uint32_t t = sentence.first_token; t < sentence.end_token && t < analysis.tokens.size();
         ++t) {
      const Token& token = analysis.tokens[t];
      if (token.segments.empty()) {
        add_unit(token.span, true, token.norm);
        continue;
      }
      for (const Segment& segment : token.segments) {
        add_unit(segment.span, segment.span == token.span, segment.norm);
      }
    }
    if (units.size() == first_unit) continue;
    sentence_starts.push_back(first_unit);
    tag_sentences.emplace_back();
  }
  // folded_text has stopped growing: the views into it stay valid.
  for (size_t s = 0; s < sentence_starts.size(); ++s) {
    const size_t end = s + 1 < sentence_starts.size() ? sentence_starts[s + 1] : units.size();
    std::vector<std::string_view>& folded = folded_sentences.emplace_back();
    for (size_t u = sentence_starts[s]; u < end; ++u) folded.push_back(folded_of(units[u]));
    cache.Decode(folded, &tag_sentences[s]);
  }
  SpreadDocumentNames(folded_sentences, &tag_sentences);
  for (size_t s = 0; s < sentence_starts.size(); ++s) {
    const std::vector<std::string_view>& words = folded_sentences[s];
    const Unit* const sentence_units = units.data() + sentence_starts[s];
    for (const TagChunk& chunk : ChunksOf(tag_sentences[s])) {
      size_t begin = chunk.begin;
      // A proclitic segment (و ب ل ...) does not belong to the name after it.
      while (begin + 1 < chunk.end && IsProcliticSegment(words[begin])) ++begin;
      const Unit& first = sentence_units[begin];
      const std::string_view first_folded = words[begin];
      Span span{first.span.start, sentence_units[chunk.end - 1].span.end};
      if (first.whole_token) {
        // An unsplit token: leave out the proclitics its folded form surely starts with.
        const size_t proclitic_bytes = CertainProcliticBytes(first_folded);
        size_t proclitic_letters = proclitic_bytes / 2;
        if (proclitic_bytes >= 2 && first_folded.substr(proclitic_bytes - 2, 2) == "\xD9\x84" &&
            IsArticleWithoutAlef(first_folded.substr(proclitic_bytes), model_->lexicon)) {
          ++proclitic_letters;
        }
        if (proclitic_letters > 0) span.start = SkipLetters(text, first.span, proclitic_letters);
      }
      if (!first.whole_token && begin > 0 && words[begin - 1] == "\xD9\x84" &&
          sentence_units[begin - 1].span.end == first.span.start &&
          IsArticleWithoutAlef(first_folded, model_->lexicon)) {
        span.start = SkipLetters(text, span, 1);
      }
      if (span.empty()) continue;
      entities.push_back({span, chunk.type, "", ""});
    }
  }
  return entities;
}

}  // namespace marsad::actors
