#include "store/token_handoff.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::store {
namespace {

std::vector<Token> OneToken() {
  Token token;
  token.span = Span{0, 4};
  return {token};
}

TEST(TokenHandoffTest, OffersTheTokensOnlyForTheSameTextAndOnlyWhileTheOfferLives) {
  TokenHandoff handoff;
  const std::string text = "abcd";
  const std::vector<Token> tokens = OneToken();
  EXPECT_EQ(handoff.TokensFor(text), nullptr);
  {
    auto offer = TokenHandoff::Give(&handoff, text, tokens);
    const std::string copy = text;  // another buffer with the same bytes
    EXPECT_EQ(handoff.TokensFor(copy), &tokens);
    EXPECT_EQ(handoff.TokensFor("abce"), nullptr);
    EXPECT_EQ(handoff.TokensFor("abc"), nullptr);
  }
  EXPECT_EQ(handoff.TokensFor(text), nullptr);
}

TEST(TokenHandoffTest, NoTokensOrNoHandoffOffersNothing) {
  TokenHandoff handoff;
  const std::vector<Token> none;
  {
    auto offer = TokenHandoff::Give(&handoff, "abcd", none);
    EXPECT_EQ(handoff.TokensFor("abcd"), nullptr);
  }
  const std::vector<Token> tokens = OneToken();
  auto offer = TokenHandoff::Give(nullptr, "abcd", tokens);  // a store without full text
  EXPECT_EQ(handoff.TokensFor("abcd"), nullptr);
}

}  // namespace
}  // namespace marsad::store
