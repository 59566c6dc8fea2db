// TokenHandoff passes the analysis' tokens of a text that is about to be inserted into the
// full-text index to marsad's FTS5 tokenizer (store/fts_tokenizer.h), so that indexing reads
// the terms off the text stage's segmentation instead of tokenising, segmenting and
// normalising the whole text a second time. It holds one text at a time, for the duration of
// an Offer, and the tokenizer takes the tokens only for exactly that text (anything else,
// such as the title or a query, is analysed as usual).
#ifndef MARSAD_STORE_TOKEN_HANDOFF_H_
#define MARSAD_STORE_TOKEN_HANDOFF_H_

#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace marsad::store {

class TokenHandoff {
 public:
  // While alive, offers `tokens` (which must be the text stage's tokens of `text`; both must
  // outlive the offer) to the tokenizer.
  class Offer {
   public:
    Offer(const Offer&) = delete;
    Offer& operator=(const Offer&) = delete;
    ~Offer() {
      if (handoff_ != nullptr) handoff_->Withdraw();
    }

   private:
    friend class TokenHandoff;
    explicit Offer(TokenHandoff* handoff) : handoff_(handoff) {}
    TokenHandoff* handoff_;
  };

  // An offer that does nothing when handoff is nullptr (a store without full text).
  [[nodiscard]] static Offer Give(TokenHandoff* handoff, std::string_view text,
                                  const std::vector<Token>& tokens);

  // The tokens offered for text with exactly these bytes, or nullptr.
  const std::vector<Token>* TokensFor(std::string_view text) const;

 private:
  void Withdraw() {
    text_ = {};
    tokens_ = nullptr;
  }

  std::string_view text_;
  const std::vector<Token>* tokens_ = nullptr;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_TOKEN_HANDOFF_H_
