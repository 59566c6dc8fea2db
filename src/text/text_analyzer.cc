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
  // Normalisation works character by character and segments tile their token along
  // character boundaries, so each segment is normalised once and the token's norm is the
  // concatenation of its segments' norms.
  std::vector<Span> parts;
  parts.reserve(4);
  std::vector<Token>& tokens = analysis->tokens;
  for (size_t t = 0; t < tokens.size(); ++t) {
    Token& token = tokens[t];
    if (token.kind == TokenKind::kWord) {
      segmenter_.Segment(text, token.span, &parts);
    } else {
      parts.assign(1, token.span);
    }
    token.segments.resize(parts.size());
    token.norm.clear();
    for (size_t i = 0; i < parts.size(); ++i) {
      Segment& segment = token.segments[i];
      segment.span = parts[i];
      segment.norm.clear();
      normalizer_.NormalizeAppend(parts[i].of(text), 0, &segment.norm, nullptr);
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
