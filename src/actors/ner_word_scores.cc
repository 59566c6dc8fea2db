#include "actors/ner_word_scores.h"

#include <charconv>

#include "actors/ner_model_text.h"

namespace marsad::actors {

NerWordScore ScoreNerWord(const NerWord& word, const NerModel& model,
                          std::vector<uint64_t>* scratch) {
  NerWordScore score;
  score.context = ContextOf(word);
  // Every role's features first, so that all their table slots are asked for at once (the
  // misses overlap), then each role's sum.
  scratch->clear();
  std::array<size_t, kNerRoleCount + 1> starts{};
  for (int role = 0; role < kNerRoleCount; ++role) {
    starts[role] = scratch->size();
    AppendWordFeatures(word, static_cast<NerRole>(role), scratch);
  }
  starts[kNerRoleCount] = scratch->size();
  for (uint64_t feature : *scratch) model.Prefetch(feature);
  for (int role = 0; role < kNerRoleCount; ++role) {
    NerModel::Emission& sum = score.roles[role];
    sum.fill(0);
    for (size_t f = starts[role]; f < starts[role + 1]; ++f) model.AddWeight((*scratch)[f], &sum);
  }
  return score;
}

NerWordScores::NerWordScores(const std::vector<std::string>& vocabulary, const NerModel& model,
                             const NerLexicon& lexicon) {
  AddWords(vocabulary, model, lexicon);
}

NerWordScores::NerWordScores(const std::vector<std::string>& vocabulary,
                             const std::vector<std::string>& more_words, const NerModel& model,
                             const NerLexicon& lexicon) {
  scores_.reserve(vocabulary.size() + more_words.size());
  AddWords(vocabulary, model, lexicon);
  AddWords(more_words, model, lexicon);
}

void NerWordScores::AddWords(const std::vector<std::string>& words, const NerModel& model,
                             const NerLexicon& lexicon) {
  scores_.reserve(scores_.size() + words.size());
  std::vector<uint64_t> scratch;
  for (const std::string& word : words) {
    const uint64_t key = NerFormKey(word);
    if (Find(key) != nullptr) continue;
    Add(key, ScoreNerWord(DescribeWord(word, lexicon), model, &scratch));
  }
}

uint32_t NerWordScores::Add(uint64_t form_key, const NerWordScore& score) {
  const auto index = static_cast<uint32_t>(scores_.size());
  index_.Insert(form_key, index);
  scores_.push_back(score);
  return index;
}

void NerWordScores::Clear() {
  index_.Clear();
  scores_.clear();
}

std::string NerWordScores::SerializeVocabulary(const std::vector<std::string>& vocabulary) {
  std::string out = "vocabulary " + std::to_string(vocabulary.size()) + "\n";
  for (const std::string& word : vocabulary) out.append(word).push_back('\n');
  return out;
}

Expected<std::vector<std::string>> NerWordScores::ParseVocabularyPrefix(std::string_view* text) {
  auto header = TakeSectionHeader("vocabulary", text);
  if (!header.ok()) return header.status();
  const size_t count = *header;
  std::vector<std::string> words;
  words.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    if (text->empty()) return Status::Error("NER vocabulary: ends after " + std::to_string(i));
    const std::string_view line = TakeLine(text);
    if (line.empty()) return Status::Error("NER vocabulary: empty line " + std::to_string(i + 1));
    words.emplace_back(line);
  }
  return words;
}

}  // namespace marsad::actors
