#include "text/segmenter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/file.h"
#include "text/conllu_reader.h"
#include "text/segmentation_scorer.h"
#include "text/tokenizer.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAre;

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA")) return env;
  return std::string(MARSAD_SOURCE_DIR) + "/data";
}

std::string SharedDir() {
  if (const char* env = std::getenv("MARSAD_SHARED")) return env;
  return std::string(MARSAD_SOURCE_DIR) + "/../shared";
}

class SegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Segmenter::Load(DataDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    segmenter_ = new Segmenter(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    segmenter_ = nullptr;
  }

  static std::vector<std::string> Parts(std::string_view word) {
    std::vector<std::string> out;
    const Span whole{0, static_cast<uint32_t>(word.size())};
    for (const Span& part : segmenter_->Segment(word, whole)) out.emplace_back(part.of(word));
    return out;
  }

  static Segmenter* segmenter_;
};

Segmenter* SegmenterTest::segmenter_ = nullptr;

TEST_F(SegmenterTest, SplitsProclitics) {
  EXPECT_THAT(Parts("وقال"), ElementsAre("و", "قال"));
  EXPECT_THAT(Parts("بشروط"), ElementsAre("ب", "شروط"));
  EXPECT_THAT(Parts("لأوباما"), ElementsAre("ل", "أوباما"));
  EXPECT_THAT(Parts("بالحكومة"), ElementsAre("ب", "الحكومة"));
  EXPECT_THAT(Parts("وسيسمح"), ElementsAre("و", "س", "يسمح"));
}

TEST_F(SegmenterTest, ReusedBufferGivesTheSameSpansAsTheReturningForm) {
  const std::string text = "وقال نشرتها كتاب";
  std::vector<Span> parts = {{99, 100}};  // stale content must be cleared
  segmenter_->Segment(text, Span{0, 8}, &parts);
  EXPECT_EQ(parts, segmenter_->Segment(text, Span{0, 8}));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], (Span{0, 2}));
  segmenter_->Segment(text, Span{9, 21}, &parts);
  EXPECT_EQ(parts, segmenter_->Segment(text, Span{9, 21}));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].of(text), "ها");
}

TEST_F(SegmenterTest, ArticleStaysAttachedAfterLam) {
  EXPECT_THAT(Parts("للسلطة"), ElementsAre("ل", "لسلطة"));
}

TEST_F(SegmenterTest, SplitsPronounSuffixes) {
  EXPECT_THAT(Parts("نشرتها"), ElementsAre("نشرت", "ها"));
  EXPECT_THAT(Parts("حكومته"), ElementsAre("حكومت", "ه"));
  EXPECT_THAT(Parts("عليهم"), ElementsAre("علي", "هم"));
  EXPECT_THAT(Parts("له"), ElementsAre("ل", "ه"));
  EXPECT_THAT(Parts("ولها"), ElementsAre("و", "ل", "ها"));
}

TEST_F(SegmenterTest, LeavesWordsThatOnlyLookCliticised) {
  EXPECT_THAT(Parts("وزير"), ElementsAre("وزير"));
  EXPECT_THAT(Parts("بين"), ElementsAre("بين"));
  EXPECT_THAT(Parts("لكن"), ElementsAre("لكن"));
  EXPECT_THAT(Parts("كما"), ElementsAre("كما"));
  EXPECT_THAT(Parts("الحكومة"), ElementsAre("الحكومة"));
  EXPECT_THAT(Parts("اتجاه"), ElementsAre("اتجاه"));
  EXPECT_THAT(Parts("Obama"), ElementsAre("Obama"));
  EXPECT_THAT(Parts("في"), ElementsAre("في"));
}

// Only a word of Arabic letters (and marks) is split: one with anything else, of an odd or an
// even byte length, stays whole.
TEST_F(SegmenterTest, LeavesWordsThatAreNotPlainArabicWhole) {
  EXPECT_THAT(Parts("وقالx"), ElementsAre("وقالx"));
  EXPECT_THAT(Parts("وقالxy"), ElementsAre("وقالxy"));
  EXPECT_THAT(Parts("وقال٣"), ElementsAre("وقال٣"));
  EXPECT_THAT(Parts("وقال\xD9"), ElementsAre("وقال\xD9"));
  EXPECT_THAT(Parts("وقالـ"), ElementsAre("و", "قالـ"));  // tatweel is no letter, but Arabic
}

TEST_F(SegmenterTest, DiacriticsStayWithTheirLetter) {
  EXPECT_THAT(Parts("وَقالَ"), ElementsAre("وَ", "قالَ"));
  EXPECT_THAT(Parts("بِشروطٍ"), ElementsAre("بِ", "شروطٍ"));
}

TEST_F(SegmenterTest, SegmentsTileTheWordInsideText) {
  const std::string text = "قال: وبالتالي فإنهم";
  for (const Token& token : Tokenize(text)) {
    std::vector<Span> parts = segmenter_->Segment(text, token.span);
    ASSERT_FALSE(parts.empty());
    EXPECT_EQ(parts.front().start, token.span.start);
    EXPECT_EQ(parts.back().end, token.span.end);
    for (size_t i = 1; i < parts.size(); ++i) EXPECT_EQ(parts[i].start, parts[i - 1].end);
  }
}

TEST_F(SegmenterTest, SegmentWordsGivesWhatSegmentGivesWordByWord) {
  // More words than the look-ahead, with non-Arabic and one-letter words among them.
  const std::string text =
      "وقال المتحدث باسم الحكومة إن Obama و 2015 سيزور بلادنا ونشرتها الصحف لهم وبالتالي "
      "فإنهم كتبوه للسلطة وَقالَ";
  std::vector<Span> words;
  for (const Token& token : Tokenize(text)) words.push_back(token.span);
  ASSERT_GT(words.size(), 16u);
  std::vector<Span> parts = {{99, 100}};  // stale content must be cleared
  std::vector<uint32_t> part_ends = {7};
  segmenter_->SegmentWords(text, words, &parts, &part_ends);
  ASSERT_EQ(part_ends.size(), words.size());
  size_t first = 0;
  size_t split_words = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::vector<Span> one(parts.begin() + first, parts.begin() + part_ends[i]);
    EXPECT_EQ(one, segmenter_->Segment(text, words[i])) << words[i].of(text);
    split_words += one.size() > 1;
    first = part_ends[i];
  }
  EXPECT_EQ(first, parts.size());
  EXPECT_GT(split_words, 5u);
}

// data/segment/decisions.tsv holds the segmentations of the frequent words, written by
// scripts/train-segmenter.py decide so that they need not be scored at load. Every one must be
// what this scoring gives: a stale file (the model or counts changed) or a script that scores
// differently fails here.
TEST(SegmenterDecisionsTest, AgreeWithTheScoring) {
  namespace fs = std::filesystem;
  const fs::path model_dir = fs::path(DataDir()) / "segment";
  auto decisions = ReadWholeFile((model_dir / "decisions.tsv").string());
  ASSERT_TRUE(decisions.ok()) << decisions.status().message();
  // The same model without decisions.tsv scores every word.
  const fs::path scoring_dir =
      fs::temp_directory_path() / ("marsad-segmenter-test-" + std::to_string(getpid()));
  fs::create_directories(scoring_dir / "segment");
  for (const char* name : {"model.tsv", "word_counts.tsv"}) {
    fs::copy_file(model_dir / name, scoring_dir / "segment" / name,
                  fs::copy_options::overwrite_existing);
  }
  auto scoring = Segmenter::Load(scoring_dir.string());
  fs::remove_all(scoring_dir);
  ASSERT_TRUE(scoring.ok()) << scoring.status().message();
  auto deciding = Segmenter::Load(DataDir());
  ASSERT_TRUE(deciding.ok()) << deciding.status().message();

  std::istringstream lines(decisions.value());
  std::string line;
  size_t checked = 0;
  size_t split = 0;
  size_t disagreements = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string word;
    std::vector<std::string> expected(1);
    for (const char c : line) {
      if (c == '+') {
        expected.emplace_back();
      } else {
        word.push_back(c);
        expected.back().push_back(c);
      }
    }
    const Span whole{0, static_cast<uint32_t>(word.size())};
    std::vector<std::string> scored;
    for (const Span& part : scoring->Segment(word, whole)) scored.emplace_back(part.of(word));
    std::vector<std::string> decided;
    for (const Span& part : deciding->Segment(word, whole)) decided.emplace_back(part.of(word));
    if (scored != expected || decided != expected) {
      if (++disagreements <= 10) ADD_FAILURE() << "decisions.tsv says " << line;
    }
    ++checked;
    split += expected.size() > 1;
  }
  EXPECT_EQ(disagreements, 0u) << "rerun: python3 scripts/train-segmenter.py decide";
  EXPECT_GT(checked, 1000u);
  EXPECT_GT(split, 100u);
}

TEST(SegmenterLoadTest, MissingModelIsAnError) {
  auto loaded = Segmenter::Load("/nonexistent");
  EXPECT_FALSE(loaded.ok());
}

// The development half of UD Arabic-PUD: both scores must stay at or above 97%.
TEST_F(SegmenterTest, PudDevelopmentHalfScores) {
  const std::string path = SharedDir() + "/data/segmentation/ar_pud-dev-half.conllu";
  if (!std::ifstream(path)) GTEST_SKIP() << "shared data not found (set MARSAD_SHARED): " << path;
  auto sentences = ReadConllu(path);
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  SegmentationScorer scorer;
  for (const ConlluSentence& sentence : *sentences) {
    std::vector<Token> tokens = Tokenize(sentence.text);
    for (Token& token : tokens) {
      if (token.kind != TokenKind::kWord) {
        token.segments.push_back({token.span, {}});
        continue;
      }
      for (const Span& part : segmenter_->Segment(sentence.text, token.span)) {
        token.segments.push_back({part, {}});
      }
    }
    scorer.Add(sentence, tokens);
  }
  EXPECT_EQ(scorer.counts().sentences, 500u);
  EXPECT_GE(scorer.counts().TokenAccuracy(), 0.97);
  EXPECT_GE(scorer.counts().F1(), 0.97);
}

}  // namespace
}  // namespace marsad::text
