// STUB: replaced by the tokenizer implementation.
#include "text/tokenizer.h"

namespace marsad::text {

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    if (i > start) {
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
      tokens.push_back(t);
    }
  }
  return tokens;
}

}  // namespace marsad::text
