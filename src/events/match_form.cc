#include "events/match_form.h"

#include "text/normalizer.h"

namespace marsad::events {

std::string MatchForm(std::string_view word) {
  // The default options fold everything the cue lexicon is keyed by; a Normalizer is a bag of
  // options over immutable tables, so making one per call costs nothing.
  return text::Normalizer().NormalizeString(word);
}

namespace {

constexpr size_t kLetter = 2;  // bytes per Arabic letter
constexpr size_t kMinStem = 2 * kLetter;

bool StartsWithLetter(std::string_view s, std::string_view letters) {
  if (s.size() < kLetter) return false;
  for (size_t i = 0; i + kLetter <= letters.size(); i += kLetter) {
    if (s.substr(0, kLetter) == letters.substr(i, kLetter)) return true;
  }
  return false;
}

// Whether `rest`, after a leading ك, reads as the noun of the preposition ك (كالعادة، كرئيس)
// rather than as the rest of a word that begins with ك: كان، كانت، كشف، كتب، كبير are far more
// common than ك + a short stem or ك + an alef-initial noun.
bool IsLikePreposition(std::string_view rest) {
  constexpr size_t kMinLikeStem = 4 * kLetter;
  if (rest.substr(0, 2 * kLetter) == "\u0627\u0644") return rest.size() >= 2 * kLetter + kMinStem;
  return rest.size() >= kMinLikeStem && !StartsWithLetter(rest, "\u0627");
}

}  // namespace

std::string_view BareForm(std::string_view folded) {
  std::string_view s = folded;
  if (StartsWithLetter(s, "\u0648\u0641") && s.size() >= kLetter + kMinStem)
    s.remove_prefix(kLetter);
  if (StartsWithLetter(s, "\u0628\u0644") && s.size() >= kLetter + kMinStem) {
    // ل + ال is written لل: drop the ل and treat the rest as the article's ل.
    if (s.substr(0, 2 * kLetter) == "\u0644\u0644" && s.size() >= 2 * kLetter + kMinStem) {
      return s.substr(2 * kLetter);
    }
    s.remove_prefix(kLetter);
  } else if (StartsWithLetter(s, "\u0643") && IsLikePreposition(s.substr(kLetter))) {
    s.remove_prefix(kLetter);
  }
  if (s.substr(0, 2 * kLetter) == "\u0627\u0644" && s.size() >= 2 * kLetter + kMinStem) {
    s.remove_prefix(2 * kLetter);
  }
  return s;
}

std::string_view WithoutConjunction(std::string_view word, size_t min_letters) {
  if (word.size() >= kLetter * (1 + min_letters) && StartsWithLetter(word, "\u0648\u0641")) {
    return word.substr(kLetter);
  }
  return word;
}

bool IsDefinite(std::string_view folded) {
  const std::string_view bare = BareForm(folded);
  if (bare.size() == folded.size()) return false;
  const std::string_view before = folded.substr(0, folded.size() - bare.size());
  const size_t article = before.rfind("\u0627\u0644");
  return (article != std::string_view::npos && article + 2 * kLetter == before.size()) ||
         (before.size() >= 2 * kLetter &&
          before.substr(before.size() - 2 * kLetter) == "\u0644\u0644");
}

bool HasStem(std::string_view word, std::string_view stem) {
  if (word == stem) return true;
  if (word.size() < stem.size() || word.substr(word.size() - stem.size()) != stem) return false;
  return BareForm(word) == stem;
}

}  // namespace marsad::events
