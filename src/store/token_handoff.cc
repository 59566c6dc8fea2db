#include "store/token_handoff.h"

namespace marsad::store {

TokenHandoff::Offer TokenHandoff::Give(TokenHandoff* handoff, std::string_view text,
                                       const std::vector<Token>& tokens) {
  if (handoff == nullptr || tokens.empty()) return Offer(nullptr);
  handoff->text_ = text;
  handoff->tokens_ = &tokens;
  return Offer(handoff);
}

const std::vector<Token>* TokenHandoff::TokensFor(std::string_view text) const {
  if (tokens_ == nullptr || text.size() != text_.size()) return nullptr;
  return text == text_ ? tokens_ : nullptr;
}

}  // namespace marsad::store
