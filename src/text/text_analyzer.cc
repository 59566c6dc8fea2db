#include "text/text_analyzer.h"

#include <algorithm>

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
  for (Token& token : analysis->tokens) {
    token.norm = normalizer_.NormalizeString(token.span.of(text));
    if (token.kind == TokenKind::kWord) {
      for (const Span& part : segmenter_.Segment(text, token.span)) {
        token.segments.push_back({part, normalizer_.NormalizeString(part.of(text))});
      }
    }
    if (token.segments.empty()) token.segments.push_back({token.span, token.norm});
  }
  // A sentence is boilerplate when it lies inside a boilerplate line.
  for (Sentence& sentence : analysis->sentences) {
    sentence.boilerplate = std::any_of(
        analysis->boilerplate.begin(), analysis->boilerplate.end(),
        [&](const Span& line) { return line.contains(sentence.span); });
  }
  analysis->dates = dates_.Find(text, analysis->tokens, analysis->published);
}

}  // namespace marsad::text
