#include "text/text_analyzer.h"

#include <algorithm>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace marsad::text {

Expected<TextAnalyzer> TextAnalyzer::Load(const std::string& data_dir) {
  auto segmenter = Segmenter::Load(data_dir);
  if (!segmenter.ok()) return segmenter.status();
  auto dates = DateFinder::Load(data_dir);
  if (!dates.ok()) return dates.status();
  return TextAnalyzer(std::move(segmenter).value(), std::move(dates).value());
}

void TextAnalyzer::Apply(Analysis* analysis) const {
  std::string_view text = analysis->text();
  analysis->tokens = Tokenize(text);
  analysis->sentences = SplitSentences(text, &analysis->tokens);
  std::vector<Token>& tokens = analysis->tokens;
  std::vector<Span> words;
  words.reserve(tokens.size());
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kWord) words.push_back(token.span);
  }
  std::vector<Span> parts;
  std::vector<uint32_t> part_ends;
  segmenter_.SegmentWords(text, words, &parts, &part_ends);
  // Normalisation works character by character and segments tile their token along
  // character boundaries, so each segment is normalised once and the token's norm is the
  // concatenation of its segments' norms.
  size_t word = 0;
  for (Token& token : tokens) {
    const Span* token_parts = &token.span;
    size_t count = 1;
    if (token.kind == TokenKind::kWord) {
      const size_t first = word == 0 ? 0 : part_ends[word - 1];
      token_parts = parts.data() + first;
      count = part_ends[word] - first;
      ++word;
    }
    token.segments.resize(count);
    token.norm.clear();
    for (size_t i = 0; i < count; ++i) {
      Segment& segment = token.segments[i];
      segment.span = token_parts[i];
      segment.norm.clear();
      normalizer_.NormalizeAppend(token_parts[i].of(text), 0, &segment.norm, nullptr);
      token.norm.append(segment.norm);
    }
  }
  // A sentence is boilerplate when it lies inside a boilerplate line.
  for (Sentence& sentence : analysis->sentences) {
    sentence.boilerplate =
        std::any_of(analysis->boilerplate.begin(), analysis->boilerplate.end(),
                    [&](const Span& line) { return line.contains(sentence.span); });
  }
  analysis->dates = dates_.Find(text, analysis->tokens, analysis->published);
}

}  // namespace marsad::text
