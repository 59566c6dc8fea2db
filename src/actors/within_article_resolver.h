// WithinArticleResolver links the later, shorter mentions of an actor to the full one: a
// person named in full once and then by surname («دميتري بيسكوف» … «بيسكوف»), or the title
// of a person that a country completed once and later stands alone («الرئيس الإيراني» …
// «الرئيس», «المتحدث»; an organ such as «الحكومة» alone, written definite, is the government
// named last; a one-word title heading a longer one named before, with the same role, is that
// actor: «وزير الخارجية الروسي» … «الوزير», «وزارة الخارجية الروسية» … «الوزارة»), or the head noun
// of an organisation named in full once and later alone («التحالف الدولي» … «التحالف», «تنظيم
// الدولة» … «التنظيم»). It only looks backwards, so the nearest earlier actor wins. What a title
// said about a person in this article («وزير الدفاع الأمريكي السابق تشاك هيغل» → USAELI) also
// overrides the lexicon's dated role at the person's later mentions («هيغل»), and so does a title
// in apposition after a person the lexicon does not know («ديفيد ماكوفسكي، المستشار السابق لدى
// إدارة أوباما» → USAGOV, and later «ماكوفسكي»). A bare title nothing
// resolves takes the code its sentence proposed (Mention::sentence_code), which is not passed on;
// failing that, a title that names its role alone takes the role by itself («الشرطة» → COP; the
// guide: "role from title"), and so does an uncoded person it heads («الرئيس عبد ربه» → GOV).
#ifndef MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_
#define MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/mention.h"
#include "lexicon/match_units.h"

namespace marsad::actors {

class WithinArticleResolver {
 public:
  // `text` is the article the units point into; without it (empty) definite organs and head
  // nouns are not resolved, as the resolver cannot tell «الحكومة» from «حكومة».
  explicit WithinArticleResolver(const std::vector<lexicon::MatchUnit>& units,
                                 std::string_view text = {})
      : units_(units), text_(text) {}

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
  // Whether unit u is written with the article «ال» and not followed by a word that makes
  // it part of another name (a definite adjective: «الحكومة الانتقالية», «التحالف الوطني»).
  bool StandsAloneDefinite(size_t u) const;
  // Whether unit u is written with the article «ال» in any reading; true without the text.
  bool WrittenDefinite(size_t u) const;
  // The head-noun key of a coded organisation of two or more words written definite
  // («التحالف الدولي» → «تحالف»); empty otherwise.
  std::string HeadKey(const Mention& mention) const;
  // A mention of the single unit u that the resolution found (not from the lexicon).
  Mention OneUnitMention(size_t u, std::string type, std::string code, std::string name) const;
  // Whether `after` directly follows `before`, with no word or punctuation between.
  bool Adjacent(const Mention& before, const Mention& after) const;
  // Whether `title` is a coded title of a person right after the uncoded person `person` named
  // in full, or after it and one comma: a title in apposition, which says who the person is.
  bool TitleInAppositionAfter(const Mention& person, const Mention& title) const;
  // Gives `person` the code of `title` when the title stands in apposition after it; returns
  // whether it did.
  bool CodeByTitleAfter(const Mention& title, Mention* person) const;
  // Whether `title` is the definite second term of a construct headed by the indefinite title
  // `head` right before it («جامعة الملك»), not an actor of its own.
  bool InConstructAfterTitle(const Mention& head, const Mention& title) const;
  // Gives each title still uncoded that names its role alone (Mention::bare_role) that role,
  // unless a name follows it directly or past honorifics («ولي العهد الأمير محمد بن نايف»): a
  // person it heads takes the role instead, an actor it governs in construct is what the
  // phrase names. Another title after it does not count
  // («للإسلاميين المتطرفين»); a title right after another heads a name («جامعة الملك سعود»). An
  // uncoded person the title stands in apposition to takes the role too.
  void CodeBareRoles(std::vector<Mention>* mentions) const;

  const std::vector<lexicon::MatchUnit>& units_;
  std::string_view text_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_WITHIN_ARTICLE_RESOLVER_H_
