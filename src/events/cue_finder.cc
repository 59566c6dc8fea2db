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

}  // namespace

std::vector<CueMatch> CueFinder::Find(const std::vector<std::string>& words) const {
  std::vector<CueMatch> matches;
  const auto& patterns = lexicon_->patterns();
  std::vector<bool> consumed(words.size(), false);  // words that completed an earlier cue
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (consumed[i]) continue;
    const std::vector<CueForm>* forms = lexicon_->Find(words[i]);
    if (forms == nullptr) continue;
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
          found = found || StartsWithStem(words[k], stem);
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
    if (best != nullptr) matches.push_back({i, best->pattern, best_next, best->future, best->noun});
  }
  return matches;
}

}  // namespace marsad::events
