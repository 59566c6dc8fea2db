#include "text/text_analyzer.h"

#include <algorithm>
#include <span>
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
  // expand). Most tokens are written straight into the store (Normalizer::NormalizeShort); one
  // the fast path does not take is normalised into `norm` and copied.
  NormStore& norms = analysis->norms;
  norms = NormStore();
  norms.Reserve(text.size());
  std::string norm;
  std::vector<uint32_t> norm_ends;  // where each segment's norm ends in the token's norm
  // Writes the norm of the token whose segments are `pieces` to the store; fills norm_ends.
  auto keep_norm = [&](std::span<const Span> pieces) {
    norm_ends.clear();
    char* room = norms.Room(pieces.back().end - pieces.front().start);
    size_t written = 0;
    for (const Span& piece : pieces) {
      const size_t length = normalizer_.NormalizeShort(piece.of(text), room + written);
      if (length == Normalizer::kNotShort) break;
      written += length;
      norm_ends.push_back(static_cast<uint32_t>(written));
    }
    if (norm_ends.size() == pieces.size()) return norms.Commit(written);
    norm.clear();
    norm_ends.clear();
    for (const Span& piece : pieces) {
      normalizer_.NormalizeAppend(piece.of(text), 0, &norm, nullptr);
      norm_ends.push_back(static_cast<uint32_t>(norm.size()));
    }
    return norms.Keep(norm);
  };
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
    token.norm = keep_norm(std::span<const Span>(token_parts, count));
    // Each segment is built whole in place (not made empty first, then filled in).
    token.segments.clear();
    token.segments.reserve(count);
    size_t start = 0;
    for (size_t i = 0; i < count; ++i) {
      token.segments.push_back({token_parts[i], token.norm.substr(start, norm_ends[i] - start)});
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
