// STUB: replaced by the sentence splitter implementation.
#include "text/sentence_splitter.h"

namespace marsad::text {

std::vector<Sentence> SplitSentences(std::string_view, std::vector<Token>* tokens) {
  std::vector<Sentence> sentences;
  if (tokens->empty()) return sentences;
  Sentence s;
  s.span = {tokens->front().span.start, tokens->back().span.end};
  s.first_token = 0;
  s.end_token = static_cast<uint32_t>(tokens->size());
  sentences.push_back(s);
  return sentences;
}

}  // namespace marsad::text
