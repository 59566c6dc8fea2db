// WithinArticleResolver links the later, shorter mentions of an actor to the full one: a
// person named in full once and then by surname («دميتري بيسكوف» … «بيسكوف»), or the title
// of a person that a country completed once and later stands alone («الرئيس الإيراني» …
// «الرئيس», «المتحدث»; organs such as «الحكومة» stay uncoded alone). It only looks
// backwards, so the nearest earlier actor wins. What a title said about a person in this
// article («وزير الدفاع الأمريكي السابق تشاك هيغل» → USAELI) also overrides the lexicon's
// dated role at the person's later mentions («هيغل»).
#ifndef MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_
#define MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/mention.h"
#include "lexicon/match_units.h"

namespace marsad::actors {

class WithinArticleResolver {
 public:
  explicit WithinArticleResolver(const std::vector<lexicon::MatchUnit>& units) : units_(units) {}

  // Codes the uncoded mentions it can and adds surname mentions found among the units no
  // mention covers. `mentions` must be sorted by start and not overlap; so is the result.
  void Resolve(std::vector<Mention>* mentions) const;

 private:
  struct Known {
    std::string code;
    std::string name;
    bool by_context = false;  // a title said so in this article: it overrides the lexicon
    std::string before;       // the full name's word before the surname
  };
  // The surname key of a person mention of two or more words; empty otherwise.
  std::string SurnameKey(const Mention& mention) const;

  const std::vector<lexicon::MatchUnit>& units_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_
