// NerWordScores holds what the entity tagger needs of each word type, computed once: the
// summed weights of the word's single-word features in each role (the word itself, one or two
// words before or after the position tagged) and what the pair features read of it. A shared,
// read-only table of them is built at load for the training vocabulary and the words of the
// word classes (so the common words of any article cost one hash look-up), and a tagger keeps a
// growing table of its own for the other words of an article.
#ifndef MARSAD_ACTORS_NER_WORD_SCORES_H_
#define MARSAD_ACTORS_NER_WORD_SCORES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/ner_features.h"
#include "actors/ner_lexicon.h"
#include "actors/ner_perceptron.h"
#include "core/key_index.h"
#include "core/status.h"

namespace marsad::actors {

// One word type, scored.
struct NerWordScore {
  NerContextWord context;
  std::array<NerModel::Emission, kNerRoleCount> roles{};  // by NerRole
};

// Scores a word described by DescribeWord against the model.
NerWordScore ScoreNerWord(const NerWord& word, const NerModel& model,
                          std::vector<uint64_t>* scratch);

class NerWordScores {
 public:
  NerWordScores() = default;
  // Scores every word of `vocabulary` (folded forms; duplicates are ignored).
  NerWordScores(const std::vector<std::string>& vocabulary, const NerModel& model,
                const NerLexicon& lexicon);
  // The same over the words of both lists (e.g. the training vocabulary and the words of the
  // word classes).
  NerWordScores(const std::vector<std::string>& vocabulary,
                const std::vector<std::string>& more_words, const NerModel& model,
                const NerLexicon& lexicon);

  // The scores of a folded word by its NerFormKey, or nullptr when the word is not in the table.
  const NerWordScore* Find(uint64_t form_key) const {
    const uint32_t index = index_.Find(form_key);
    return index == KeyIndex::kAbsent ? nullptr : &scores_[index];
  }
  // The index of a word by its NerFormKey, or KeyIndex::kAbsent.
  uint32_t FindIndex(uint64_t form_key) const { return index_.Find(form_key); }
  const NerWordScore& at(uint32_t index) const { return scores_[index]; }
  // Adds a word (which must be absent) and returns its index.
  uint32_t Add(uint64_t form_key, const NerWordScore& score);
  void Clear();
  size_t size() const { return scores_.size(); }

  // The vocabulary in the model file: `vocabulary N`, then one folded word a line.
  static std::string SerializeVocabulary(const std::vector<std::string>& vocabulary);
  // Parses a SerializeVocabulary()d list at the start of *text and consumes it.
  static Expected<std::vector<std::string>> ParseVocabularyPrefix(std::string_view* text);

 private:
  void AddWords(const std::vector<std::string>& words, const NerModel& model,
                const NerLexicon& lexicon);

  KeyIndex index_;
  std::vector<NerWordScore> scores_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_WORD_SCORES_H_
