#include "actors/ner_tagger.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "actors/ner_training.h"
#include "text/normalizer.h"

namespace marsad::actors {
namespace {

// A handful of sentences: titles before persons, في before places, وزارة ... as ORG.
std::vector<TaggedSentence> TinyCorpus() {
  return {
      {{"قال", "الرئيس", "محمود", "عباس", "في", "رام", "الله"},
       {"O", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"}},
      {{"و", "قال", "الوزير", "سامح", "شكري", "في", "القاهرة"},
       {"O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"}},
      {{"اعلنت", "وزارة", "الخارجية", "في", "بغداد"}, {"O", "B-ORG", "I-ORG", "O", "B-LOC"}},
      {{"التقى", "الرئيس", "محمود", "عباس", "ب", "الوزير", "سامح", "شكري"},
       {"O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER"}},
      {{"وصل", "الوفد", "الي", "القاهرة", "ثم", "بغداد"}, {"O", "O", "O", "B-LOC", "O", "B-LOC"}},
  };
}

NerTagger TinyTagger() {
  NerTrainingOptions options;
  options.perceptron.min_count = 1;
  options.perceptron.epochs = 10;
  options.lexicon_folds = 1;  // five sentences are too few to hold any out
  NerTrainedModel trained = TrainNerModel(TinyCorpus(), options);
  return NerTagger::FromModel(std::move(trained.perceptron), std::move(trained.lexicon));
}

TEST(NerTaggerTest, TagsTrainingSentences) {
  const NerTagger tagger = TinyTagger();
  for (const TaggedSentence& sentence : TinyCorpus()) {
    EXPECT_EQ(tagger.TagWords(sentence.words), sentence.tags);
  }
}

TEST(NerTaggerTest, ReadsWordsAsWrittenWithHamzaAndClitics) {
  const NerTagger tagger = TinyTagger();
  // Unsplit وقال and hamza-spelled إلى; the names are known from the sentences above.
  EXPECT_EQ(tagger.TagWords({"وقال", "الرئيس", "محمود", "عباس", "في", "القاهرة"}),
            (std::vector<std::string>{"O", "O", "B-PER", "I-PER", "O", "B-LOC"}));
}

// Builds an Analysis of space-separated words; `split` words are given their clitic segments
// (the byte length of each segment but the last).
Analysis AnalysisOf(const std::vector<std::string>& words,
                    const std::vector<std::vector<size_t>>& split = {}) {
  // Norms as the text stage writes them (text::Normalizer).
  const text::Normalizer normalizer;
  Analysis a;
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += ' ';
    Token token;
    token.span = {static_cast<uint32_t>(text.size()),
                  static_cast<uint32_t>(text.size() + words[i].size())};
    token.norm = a.norms.Keep(normalizer.NormalizeString(words[i]));
    uint32_t at = token.span.start;
    if (i < split.size()) {
      for (size_t bytes : split[i]) {
        token.segments.push_back({{at, static_cast<uint32_t>(at + bytes)},
                                  a.norms.Keep(normalizer.NormalizeString(
                                      words[i].substr(at - token.span.start, bytes)))});
        at += bytes;
      }
    }
    token.segments.push_back(
        {{at, token.span.end},
         a.norms.Keep(normalizer.NormalizeString(words[i].substr(at - token.span.start)))});
    a.tokens.push_back(std::move(token));
    text += words[i];
  }
  a.article.text = text;
  a.sentences.push_back(
      {{0, static_cast<uint32_t>(text.size())}, false, 0, static_cast<uint32_t>(a.tokens.size())});
  return a;
}

TEST(NerTaggerTest, TagsAnalysisInOriginalOffsets) {
  const NerTagger tagger = TinyTagger();
  const Analysis a = AnalysisOf({"قال", "الرئيس", "محمود", "عباس", "في", "القاهرة"});
  const std::vector<Entity> entities = tagger.Tag(a);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].type, "PER");
  EXPECT_EQ(entities[0].span.of(a.text()), "محمود عباس");
  EXPECT_EQ(entities[1].type, "LOC");
  EXPECT_EQ(entities[1].span.of(a.text()), "القاهرة");
  EXPECT_TRUE(entities[0].actor.empty());
}

TEST(NerTaggerTest, EntitiesLeaveOutProclitics) {
  const NerTagger tagger = TinyTagger();
  // وبالقاهرة unsplit: the entity starts at ال. ب+بغداد split by the segmenter: at بغداد.
  const Analysis a =
      AnalysisOf({"وصل", "الوفد", "وبالقاهرة", "ثم", "ببغداد"}, {{}, {}, {}, {}, {2}});
  const std::vector<Entity> entities = tagger.Tag(a);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].span.of(a.text()), "القاهرة");
  EXPECT_EQ(entities[1].span.of(a.text()), "بغداد");
}

TEST(NerTaggerTest, LeavesOutTheArticleLamAfterThePrepositionLam) {
  const NerTagger tagger = TinyTagger();
  // للقاهرة = ل + القاهرة (the lexicon knows القاهرة), unsplit and split (ل + لقاهرة): the
  // name starts at قاهرة, as the dictionaries' form after ال.
  const Analysis a =
      AnalysisOf({"وصل", "الوفد", "الي", "للقاهرة", "ثم", "للقاهرة"}, {{}, {}, {}, {}, {}, {2}});
  const std::vector<Entity> entities = tagger.Tag(a);
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].span.of(a.text()), "قاهرة");
  EXPECT_EQ(entities[1].span.of(a.text()), "قاهرة");
}

TEST(NerTaggerTest, SkipsBoilerplateSentences) {
  const NerTagger tagger = TinyTagger();
  Analysis a = AnalysisOf({"قال", "الرئيس", "محمود", "عباس"});
  a.sentences[0].boilerplate = true;
  EXPECT_TRUE(tagger.Tag(a).empty());
}

TEST(NerTaggerTest, LoadsTheCommittedModel) {
  const char* data = std::getenv("MARSAD_DATA");
  const std::string data_dir = data ? data : MARSAD_SOURCE_DIR "/data";
  auto tagger = NerTagger::Load(data_dir);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const std::vector<std::string> tags =
      tagger->TagWords({"قال", "الرئيس", "الفلسطيني", "محمود", "عباس", "في", "رام", "الله"});
  EXPECT_EQ(tags[3], "B-PER");
  EXPECT_EQ(tags[4], "I-PER");
  EXPECT_EQ(tags[6], "B-LOC");
}

TEST(NerTaggerTest, LoadFailsWithoutModel) {
  EXPECT_FALSE(NerTagger::Load("/nonexistent-marsad-data").ok());
}

}  // namespace
}  // namespace marsad::actors
