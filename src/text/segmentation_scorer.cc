#include "text/segmentation_scorer.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace marsad::text {
namespace {

double Ratio(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool StandsAlone(const ConlluWord& word) { return word.upos == "PUNCT" || word.upos == "SYM"; }

std::string Join(std::string_view text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& span : spans) {
    if (!out.empty()) out.push_back('+');
    out.append(span.of(text));
  }
  return out;
}

}  // namespace

double SegmentationCounts::TokenAccuracy() const { return Ratio(correct_tokens, gold_tokens); }
double SegmentationCounts::Precision() const { return Ratio(matched_words, predicted_words); }
double SegmentationCounts::Recall() const { return Ratio(matched_words, gold_words); }
double SegmentationCounts::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Expected<std::vector<GoldToken>> AlignGoldTokens(const ConlluSentence& sentence) {
  const std::string& text = sentence.text;
  std::vector<GoldToken> tokens;
  size_t pos = 0;
  bool joined = false;  // the previous word had SpaceAfter=No
  bool previous_alone = false;
  for (const ConlluWord& word : sentence.words) {
    while (pos < text.size() && IsSpace(text[pos])) {
      ++pos;
      joined = false;
    }
    size_t found =
        text.compare(pos, word.form.size(), word.form) == 0 ? pos : text.find(word.form, pos);
    if (word.form.empty() || found == std::string::npos) {
      return Status::Error("sentence " + sentence.id + ": word '" + word.form +
                           "' not found in its text");
    }
    if (found != pos) joined = false;
    const Span span{static_cast<uint32_t>(found), static_cast<uint32_t>(found + word.form.size())};
    const bool alone = StandsAlone(word);
    if (joined && !alone && !previous_alone && !tokens.empty()) {
      tokens.back().span.end = span.end;
      tokens.back().words.push_back(span);
    } else {
      tokens.push_back({span, {span}});
    }
    pos = span.end;
    joined = !word.space_after;
    previous_alone = alone;
  }
  return tokens;
}

void SegmentationScorer::Add(const ConlluSentence& sentence, const std::vector<Token>& predicted,
                             std::vector<std::string>* errors) {
  ++counts_.sentences;
  std::set<std::pair<uint32_t, uint32_t>> predicted_words;
  std::map<std::pair<uint32_t, uint32_t>, const Token*> predicted_tokens;
  for (const Token& token : predicted) {
    predicted_tokens[{token.span.start, token.span.end}] = &token;
    for (const Segment& segment : token.segments) {
      predicted_words.insert({segment.span.start, segment.span.end});
    }
  }
  counts_.predicted_words += predicted_words.size();
  auto gold = AlignGoldTokens(sentence);
  if (!gold.ok()) {
    ++counts_.unaligned_sentences;
    for (const ConlluWord& word : sentence.words) {
      ++counts_.gold_words;
      counts_.gold_tokens += word.space_after || StandsAlone(word) ? 1 : 0;
    }
    if (errors != nullptr) errors->push_back(gold.status().message());
    return;
  }
  for (const GoldToken& token : *gold) {
    ++counts_.gold_tokens;
    counts_.gold_words += token.words.size();
    for (const Span& word : token.words) {
      counts_.matched_words += predicted_words.count({word.start, word.end});
    }
    auto it = predicted_tokens.find({token.span.start, token.span.end});
    bool right = false;
    std::vector<Span> segments;
    if (it != predicted_tokens.end()) {
      for (const Segment& segment : it->second->segments) segments.push_back(segment.span);
      right = segments == token.words;
    }
    if (right) {
      ++counts_.correct_tokens;
    } else if (errors != nullptr) {
      errors->push_back(
          Join(sentence.text, token.words) + " | " +
          (segments.empty() ? std::string("(no such token)") : Join(sentence.text, segments)));
    }
  }
}

}  // namespace marsad::text
