#include "events/cue_finder.h"

#include "events/match_form.h"

namespace marsad::events {
namespace {

// Whether `word` is `stem` with proclitics in front and perhaps a suffix (استعداده).
bool StartsWithStem(std::string_view word, std::string_view stem) {
  if (word == stem) return true;
  const std::string_view bare = BareForm(word);
  return bare.size() >= stem.size() && bare.substr(0, stem.size()) == stem;
}

// Whether `word` is the required following word `next`; a `next` written !stem must be
// without the article (مئات المتظاهرين but not المتظاهرون).
bool IsRequiredWord(std::string_view word, std::string_view next) {
  if (!next.empty() && next.front() == '!') {
    return !IsDefinite(word) && StartsWithStem(word, next.substr(1));
  }
  return StartsWithStem(word, next);
}

// CAMEO roots from here on are material conflict (protest, force, assault, fighting).
constexpr int kFirstMaterialConflictRoot = 14;

int RootOf(std::string_view code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

// How far before a ب-noun its light verb may be (قام عدد من جنود المارينز بقتل).
constexpr uint32_t kLightVerbReach = 6;

// Whether folded `word` starts with the preposition ب (بخطف، وبتفجير).
bool StartsWithBa(std::string_view word) {
  if (word.substr(0, 2) == "\u0648" || word.substr(0, 2) == "\u0641") word.remove_prefix(2);
  return word.substr(0, 2) == "\u0628";
}

}  // namespace

std::vector<CueMatch> CueFinder::Find(const std::vector<std::string>& words) const {
  std::vector<CueMatch> matches;
  const auto& patterns = lexicon_->patterns();
  std::vector<bool> consumed(words.size(), false);  // words that completed an earlier cue
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (consumed[i]) continue;
    const std::vector<CueForm>* forms = lexicon_->Find(words[i]);
    if (forms == nullptr) continue;
    if (i + 1 < words.size() && lexicon_->ExcludedBefore(words[i], words[i + 1])) continue;
    // قتل after في or جرائم is the verbal noun "killing", not the verb "killed".
    const bool nominal_context = i > 0 && lexicon_->IsNominalContext(words[i - 1]);
    const bool relative_clause = i > 0 && lexicon_->IsRelativeContext(words[i - 1]);
    const CueForm* best = nullptr;
    uint32_t best_next = i;
    for (const CueForm& form : *forms) {
      const CuePattern& pattern = patterns[form.pattern];
      if (pattern.next.empty()) {
        if (best == nullptr) best = &form;
        continue;
      }
      const uint32_t end = std::min<uint32_t>(words.size(), i + 1 + kNextWindow);
      for (uint32_t k = i + 1; k < end; ++k) {
        bool found = false;
        for (const std::string& stem : pattern.next)
          found = found || IsRequiredWord(words[k], stem);
        if (found) {
          const bool better =
              best == nullptr || patterns[best->pattern].next.empty() || k < best_next;
          if (better) {
            best = &form;
            best_next = k;
          }
          break;
        }
      }
    }
    if (best != nullptr && best_next != i) consumed[best_next] = true;
    if (best != nullptr && relative_clause && !best->noun &&
        RootOf(patterns[best->pattern].code) >= kFirstMaterialConflictRoot) {
      continue;  // الهجمات التي شنتها القوات: a known act the clause only recalls
    }
    if (best != nullptr) {
      bool noun = best->noun || (best->ambiguous && nominal_context);
      if (noun && StartsWithBa(words[i])) {
        // قام مسلحون بخطف: the light verb makes the noun the act itself.
        for (uint32_t k = i; k > 0 && k + kLightVerbReach > i; --k) {
          if (lexicon_->IsVerbalContext(words[k - 1])) noun = false;
        }
      }
      matches.push_back({i, best->pattern, best_next, best->future, noun});
    }
  }
  return matches;
}

}  // namespace marsad::events
