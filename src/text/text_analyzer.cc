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
  // concatenation of its segments' norms: one copy in the store, which the segments' norms
  // view parts of. Norms are about as long as the text (spaces aside; a few presentation forms
  // expand).
  NormStore& norms = analysis->norms;
  norms = NormStore();
  norms.Reserve(text.size());
  std::string norm;
  std::vector<uint32_t> norm_ends;  // where each segment's norm ends in `norm`
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
    norm.clear();
    norm_ends.clear();
    for (size_t i = 0; i < count; ++i) {
      token.segments[i].span = token_parts[i];
      normalizer_.NormalizeAppend(token_parts[i].of(text), 0, &norm, nullptr);
      norm_ends.push_back(static_cast<uint32_t>(norm.size()));
    }
    token.norm = norms.Keep(norm);
    size_t start = 0;
    for (size_t i = 0; i < count; ++i) {
      token.segments[i].norm = token.norm.substr(start, norm_ends[i] - start);
      start = norm_ends[i];
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
