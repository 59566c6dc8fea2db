#include "actors/ner_training.h"

#include <algorithm>
#include <string_view>

#include "actors/ner_features.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsProcliticWord(std::string_view w) {
  return IsOneOf(w, {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84", "\xD9\x83", "\xD8\xB3"});
}

bool IsPronounWord(std::string_view w) {
  // ه ها هم هما هن كم كما كن نا ي
  return IsOneOf(w, {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7",
                     "\xD9\x87\xD9\x86", "\xD9\x83\xD9\x85", "\xD9\x83\xD9\x85\xD8\xA7",
                     "\xD9\x83\xD9\x86", "\xD9\x86\xD8\xA7", "\xD9\x8A"});
}

// A word that can carry clitics: starts with an Arabic letter.
bool IsArabicWord(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) >= 0xD8 &&
         static_cast<unsigned char>(w[0]) <= 0xDB;
}

}  // namespace

std::vector<std::string> FoldWords(const std::vector<std::string>& words) {
  const text::Normalizer normalizer;
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (const std::string& word : words)
    folded.push_back(FoldForNer(normalizer.NormalizeString(word)));
  return folded;
}

NerFeatureSequence NerFeaturesOf(const std::vector<std::string>& folded_words,
                                 const NerLexicon& lexicon) {
  std::vector<NerWord> described;
  described.reserve(folded_words.size());
  for (const std::string& word : folded_words) described.push_back(DescribeWord(word, lexicon));
  NerFeatureSequence features(folded_words.size());
  for (size_t i = 0; i < described.size(); ++i) {
    features[i].reserve(40);
    AppendNerFeatures(described, i, &features[i]);
  }
  return features;
}

NerSplit SplitHeldOut(std::vector<TaggedSentence> sentences, size_t block_size, size_t every) {
  NerSplit split;
  block_size = std::max<size_t>(block_size, 1);
  for (size_t s = 0; s < sentences.size(); ++s) {
    const bool heldout = every > 0 && (s / block_size) % every == every - 1;
    (heldout ? split.heldout : split.train).push_back(std::move(sentences[s]));
  }
  return split;
}

TaggedSentence AttachClitics(const TaggedSentence& sentence) {
  TaggedSentence out;
  std::string pending;  // proclitics waiting for their word
  const auto& words = sentence.words;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    const bool next_is_word =
        i + 1 < words.size() && IsArabicWord(words[i + 1]) && !IsPronounWord(words[i + 1]);
    if (IsProcliticWord(word) && next_is_word && sentence.tags[i] == "O") {
      pending += word;
      continue;
    }
    if (pending.empty() && IsPronounWord(word) && !out.words.empty() &&
        IsArabicWord(out.words.back()) && sentence.tags[i] == "O") {
      out.words.back() += word;
      continue;
    }
    std::string joined = pending;
    // ل + الاتحاد → للاتحاد: the article's alef is not written after ل.
    if (!pending.empty() && pending.size() >= 2 &&
        pending.compare(pending.size() - 2, 2, "\xD9\x84") == 0 &&
        word.compare(0, 4, "\xD8\xA7\xD9\x84") == 0) {
      joined += word.substr(2);
    } else {
      joined += word;
    }
    pending.clear();
    out.words.push_back(std::move(joined));
    out.tags.push_back(sentence.tags[i]);
  }
  return out;
}

NerTrainedModel TrainNerModel(const std::vector<TaggedSentence>& sentences,
                              const NerTrainingOptions& options,
                              const NerTrainer::EpochReport& report) {
  // The lexicon of each contiguous part of the corpus; a sentence's features read the
  // lexicon of all the other parts (jackknife), the model ships the lexicon of all.
  const size_t folds = std::max(1, options.lexicon_folds);
  const size_t n = sentences.size();
  auto fold_of = [&](size_t s) { return n ? s * folds / n : 0; };
  std::vector<NerLexicon> part(folds);
  std::vector<std::vector<std::string>> folded(n);
  NerTrainedModel trained;
  for (size_t s = 0; s < n; ++s) {
    folded[s] = FoldWords(sentences[s].words);
    for (size_t i = 0; i < folded[s].size(); ++i) {
      const int tag = NerTagIndex(sentences[s].tags[i]);
      const int type = tag > 0 ? (tag - 1) / 2 : -1;
      part[fold_of(s)].Add(NerLexiconKey(folded[s][i]), type);
    }
  }
  for (const NerLexicon& lexicon : part) trained.lexicon.Merge(lexicon, 1);
  trained.lexicon.set_clusters(options.clusters);
  trained.lexicon.set_gazetteer(options.gazetteer);

  std::vector<NerFeatureSequence> features;
  std::vector<std::vector<int>> gold;
  auto add = [&](const std::vector<std::string>& words, const std::vector<std::string>& tags,
                 const NerLexicon& lexicon) {
    features.push_back(NerFeaturesOf(words, lexicon));
    std::vector<int> ids;
    ids.reserve(tags.size());
    for (const std::string& tag : tags) ids.push_back(std::max(0, NerTagIndex(tag)));
    gold.push_back(std::move(ids));
  };
  size_t current_fold = folds;
  NerLexicon others;
  for (size_t s = 0; s < n; ++s) {
    if (fold_of(s) != current_fold) {
      current_fold = fold_of(s);
      others = trained.lexicon;
      if (folds > 1) others.Merge(part[current_fold], -1);
    }
    add(folded[s], sentences[s].tags, others);
    trained.vocabulary.insert(trained.vocabulary.end(), folded[s].begin(), folded[s].end());
    if (options.attach_clitics) {
      TaggedSentence attached = AttachClitics(sentences[s]);
      if (attached.words.size() != sentences[s].words.size()) {
        std::vector<std::string> attached_folded = FoldWords(attached.words);
        add(attached_folded, attached.tags, others);
        trained.vocabulary.insert(trained.vocabulary.end(), attached_folded.begin(),
                                  attached_folded.end());
      }
    }
  }
  std::sort(trained.vocabulary.begin(), trained.vocabulary.end());
  trained.vocabulary.erase(std::unique(trained.vocabulary.begin(), trained.vocabulary.end()),
                           trained.vocabulary.end());
  // A word with a line break or nothing in it could not be stored one a line.
  std::erase_if(trained.vocabulary, [](const std::string& word) {
    return word.empty() || word.find('\n') != std::string::npos;
  });
  trained.perceptron = NerTrainer::Train(features, gold, options.perceptron, report);
  return trained;
}

}  // namespace marsad::actors
