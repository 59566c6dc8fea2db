#include "actors/within_article_resolver.h"

#include <algorithm>

namespace marsad::actors {
namespace {

constexpr size_t kMinSurnameBytes = 6;  // three Arabic letters

// Words that bind the next word into a compound name («عبد العزيز», «بن سلمان», «أبو مازن»):
// the word after them is not a surname on its own.
bool BindsNext(std::string_view key) {
  return key == "\u0639\u0628\u062F" || key == "\u0628\u0646" || key == "\u0627\u0628\u0646" ||
         key == "\u0627\u0628\u0648" || key == "\u0627\u0628\u064A" || key == "\u0627\u0645";
}

constexpr std::string_view kArticle = "\u0627\u0644";  // ال

// Relative pronouns: definite in form, but they end a name rather than extend it.
bool IsRelativePronoun(std::string_view written) {
  return written == "\u0627\u0644\u0630\u064A" || written == "\u0627\u0644\u062A\u064A" ||
         written == "\u0627\u0644\u0630\u064A\u0646" ||
         written == "\u0627\u0644\u0644\u0630\u064A\u0646" ||
         written == "\u0627\u0644\u0644\u062A\u064A\u0646" ||
         written == "\u0627\u0644\u0644\u0630\u0627\u0646";
}

// Whether a modifier changed the role of the bare title `mention` («الرئيس السابق»: ELI).
bool Modified(const Mention& mention) {
  return !mention.bare_role.empty() && mention.bare_role != mention.title_role;
}

// Whether `mention` is a person's title that nothing coded and that names no role alone: an
// honorific or rank before a name («الأمير», «الشيخ»).
bool IsHonorific(const Mention& mention) {
  return mention.type == "PER" && !mention.title_key.empty() && mention.code.empty() &&
         mention.bare_role.empty();
}

// Whether `code` is a country's organ with `role` («USAGOV», «GOV»).
bool HasRole(std::string_view code, std::string_view role) {
  constexpr size_t kCountryLength = 3;
  return !role.empty() && code.size() > kCountryLength && code.substr(kCountryLength) == role;
}

}  // namespace

bool WithinArticleResolver::StandsAloneDefinite(size_t u) const {
  if (text_.empty() || u >= units_.size() || units_[u].span.end > text_.size()) return false;
  if (!units_[u].span.of(text_).starts_with(kArticle)) return false;
  if (u + 1 >= units_.size() || units_[u + 1].span.end > text_.size()) return true;
  if (units_[u + 1].token != units_[u].token + 1) return true;
  std::string_view next = units_[u + 1].span.of(text_);
  return !next.starts_with(kArticle) || IsRelativePronoun(next);
}

bool WithinArticleResolver::WrittenDefinite(size_t u) const {
  if (text_.empty() || u >= units_.size()) return true;  // cannot tell: as before
  if (units_[u].definite != 0) return true;
  return units_[u].span.end <= text_.size() && units_[u].span.of(text_).starts_with(kArticle);
}

Mention WithinArticleResolver::OneUnitMention(size_t u, std::string type, std::string code,
                                              std::string name) const {
  Mention mention;
  mention.span = units_[u].span;
  mention.first_unit = u;
  mention.end_unit = u + 1;
  mention.type = std::move(type);
  mention.code = std::move(code);
  mention.name = std::move(name);
  mention.from_lexicon = false;
  return mention;
}

std::string WithinArticleResolver::HeadKey(const Mention& mention) const {
  if (mention.type != "ORG" || !mention.title_key.empty() || !mention.from_lexicon ||
      mention.end_unit < mention.first_unit + 2 || mention.end_unit > units_.size() ||
      text_.empty()) {
    return {};
  }
  const lexicon::MatchUnit& head = units_[mention.first_unit];
  if (head.span.end > text_.size() || !head.span.of(text_).starts_with(kArticle)) return {};
  return head.key.size() >= kMinSurnameBytes ? head.key : std::string();
}

std::string WithinArticleResolver::SurnameKey(const Mention& mention) const {
  if (mention.type != "PER" || !mention.title_key.empty()) return {};
  size_t words = 0;
  size_t last = mention.end_unit;
  for (size_t u = mention.first_unit; u < mention.end_unit && u < units_.size(); ++u) {
    if (units_[u].key.empty()) continue;
    ++words;
    last = u;
  }
  if (words < 2 || last >= units_.size()) return {};
  if (last > 0 && BindsNext(units_[last - 1].key)) return {};
  const std::string& key = units_[last].key;
  return key.size() >= kMinSurnameBytes ? key : std::string();
}

void WithinArticleResolver::Resolve(std::vector<Mention>* mentions) const {
  std::unordered_map<std::string, Known> surnames;
  std::unordered_map<std::string, Known> titles;
  std::unordered_map<std::string, Known> title_heads;  // first word of a longer title
  std::unordered_map<std::string, Known> heads;
  std::vector<Mention> added;
  size_t next_unit = 0;  // first unit not yet scanned for surnames
  auto scan_gap = [&](size_t end) {
    if (surnames.empty() && heads.empty()) next_unit = std::max(next_unit, end);  // nothing to find
    for (size_t u = next_unit; u < end && u < units_.size(); ++u) {
      if (units_[u].key.empty()) continue;
      auto found = surnames.find(units_[u].key);
      if (found == surnames.end()) {
        if (heads.empty()) continue;
        // «التحالف» alone after «التحالف الدولي».
        auto head = heads.find(units_[u].key);
        if (head == heads.end() || !StandsAloneDefinite(u)) continue;
        added.push_back(OneUnitMention(u, "ORG", head->second.code, head->second.name));
        continue;
      }
      if (u > 0 && BindsNext(units_[u - 1].key)) continue;
      // The same compound again («الحرمين الشريفين»), not a surname standing alone.
      if (u > 0 && units_[u - 1].key == found->second.before) continue;
      Mention surname = OneUnitMention(u, "PER", found->second.code, found->second.name);
      surname.coded_by_context = found->second.by_context;
      added.push_back(std::move(surname));
    }
    next_unit = std::max(next_unit, end);
  };
  // «ديفيد ماكوفسكي، المستشار السابق لدى إدارة أوباما»: an uncoded person is the coded title in
  // apposition right after it (mention t), and so is that person's surname later in the
  // article; not when the title's code is only a guess from its sentence.
  size_t guessed = mentions->size();  // the last mention coded by such a guess
  auto code_person_before = [&](size_t t) {
    if (t == 0 || t == guessed) return;
    Mention& person = (*mentions)[t - 1];
    if (!CodeByTitleAfter((*mentions)[t], &person)) return;
    if (std::string surname = SurnameKey(person); !surname.empty()) {
      surnames[surname] = {person.code, person.name, true, units_[person.end_unit - 2].key};
    }
  };
  for (size_t m = 0; m < mentions->size(); ++m) {
    if (m > 0) code_person_before(m - 1);
    Mention& mention = (*mentions)[m];
    scan_gap(mention.first_unit);
    next_unit = std::max(next_unit, mention.end_unit);
    if (mention.type == "PER" && mention.title_key.empty() && !mention.coded_by_context &&
        mention.end_unit > mention.first_unit) {
      auto found = surnames.find(units_[mention.end_unit - 1].key);
      if (found != surnames.end() && found->second.by_context) {
        mention.code = found->second.code;
        mention.coded_by_context = true;
      }
    }
    if (mention.code.empty()) {
      bool bare_title = !mention.title_key.empty();
      if (bare_title && (mention.type == "PER" ||  // «الرئيس», «المتحدث»
                         (mention.type == "ORG" && mention.end_unit == mention.first_unit + 1 &&
                          StandsAloneDefinite(mention.first_unit)))) {  // «الحكومة»
        // «وزير» alone in construct («وزير الصحة») heads another title: only a title of one
        // word written with the article, or a longer one, stands for one named before.
        bool one_indefinite_word =
            mention.end_unit == mention.first_unit + 1 && !WrittenDefinite(mention.first_unit);
        auto found = one_indefinite_word ? titles.end() : titles.find(mention.title_key);
        if (found != titles.end() && Modified(mention)) {
          // «الرئيس السابق» after «الرئيس الإيراني»: that country, in the modified role.
          mention.code = found->second.code.substr(0, 3) + mention.bare_role;
          continue;  // not passed on: a later «الرئيس» is still the one in office
        } else if (found != titles.end()) {
          mention.code = found->second.code;
        } else if (auto head = title_heads.find(mention.title_key);
                   head != title_heads.end() && HasRole(head->second.code, mention.title_role) &&
                   mention.end_unit == mention.first_unit + 1 &&
                   StandsAloneDefinite(mention.first_unit)) {
          mention.code = head->second.code;  // «الوزير» after «وزير الخارجية الروسي»
        }
      } else if (mention.type == "PER" && mention.end_unit > mention.first_unit) {
        auto found = surnames.find(units_[mention.end_unit - 1].key);
        if (found != surnames.end()) {
          mention.code = found->second.code;
          if (mention.name.empty()) mention.name = found->second.name;
        }
      }
    }
    if (mention.located) {
      // A title the article completed before keeps that actor: «القوات الأمريكية» … «القوات
      // في العراق» are still the American forces, and do not become the Iraqi ones.
      auto found = titles.find(mention.title_key);
      if (found != titles.end()) mention.code = found->second.code;
      continue;
    }
    if (mention.code.empty() && !mention.sentence_code.empty()) {
      mention.code = mention.sentence_code;  // a guess from the sentence: not passed on
      guessed = m;
      continue;
    }
    if (mention.code.empty()) continue;
    if (!mention.title_key.empty()) {
      titles[mention.title_key] = {mention.code, "", false, ""};
      if (size_t space = mention.title_key.find(' '); space != std::string::npos) {
        title_heads[mention.title_key.substr(0, space)] = {mention.code, "", false, ""};
      }
    }
    if (std::string head = HeadKey(mention); !head.empty()) {
      heads[head] = {mention.code, mention.name, false, ""};
    }
    if (std::string surname = SurnameKey(mention); !surname.empty()) {
      const std::string& before = units_[mention.end_unit - 2].key;
      surnames[surname] = {mention.code, mention.name, mention.coded_by_context, before};
    }
  }
  if (!mentions->empty()) code_person_before(mentions->size() - 1);
  scan_gap(units_.size());
  if (!added.empty()) {
    mentions->insert(mentions->end(), added.begin(), added.end());
    std::sort(mentions->begin(), mentions->end(),
              [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  }
  CodeBareRoles(mentions);
}

bool WithinArticleResolver::Adjacent(const Mention& before, const Mention& after) const {
  if (after.first_unit != before.end_unit || before.end_unit == 0 ||
      after.first_unit >= units_.size()) {
    return false;
  }
  return units_[after.first_unit].token == units_[before.end_unit - 1].token + 1;
}

bool WithinArticleResolver::TitleInAppositionAfter(const Mention& person,
                                                   const Mention& title) const {
  if (person.type != "PER" || !person.title_key.empty() || !person.code.empty() ||
      title.type != "PER" || title.title_key.empty() || title.code.empty() ||
      title.first_unit >= units_.size() || title.span.start > text_.size()) {
    return false;
  }
  // With nothing between them, only a full name: a surname alone right before a title is
  // mostly the subject of a verb whose object the title is («حث أوبراين رئيس جنوب السودان»).
  if (Adjacent(person, title)) return !SurnameKey(person).empty();
  // One comma between them, a unit of its own: «أوبراين، المستشار».
  if (text_.empty() || title.first_unit != person.end_unit + 1 ||
      !units_[person.end_unit].key.empty() || person.span.end > title.span.start) {
    return false;
  }
  std::string_view between = text_.substr(person.span.end, title.span.start - person.span.end);
  constexpr std::string_view kBlank = " \t";
  const size_t first = between.find_first_not_of(kBlank);
  const size_t last = between.find_last_not_of(kBlank);
  if (first == std::string_view::npos) return false;
  const std::string_view mark = between.substr(first, last + 1 - first);
  return mark == "," || mark == "\u060C";
}

bool WithinArticleResolver::CodeByTitleAfter(const Mention& title, Mention* person) const {
  if (!TitleInAppositionAfter(*person, title)) return false;
  person->code = title.code;
  person->coded_by_context = true;
  return true;
}

bool WithinArticleResolver::InConstructAfterTitle(const Mention& head, const Mention& title) const {
  // Not after an act («قرار الحكومة» is the government's) nor a speaker («مصادر الشرطة»).
  if (head.title_key.empty() || head.speaks_for || head.type == "MISC" || !Adjacent(head, title)) {
    return false;
  }
  if (title.first_unit >= units_.size() ||
      title.span.start != units_[title.first_unit].span.start) {
    return false;  // a proclitic: «معارضون للحكومة»
  }
  return !text_.empty() && !WrittenDefinite(head.first_unit) && WrittenDefinite(title.first_unit);
}

void WithinArticleResolver::CodeBareRoles(std::vector<Mention>* mentions) const {
  for (size_t m = 0; m < mentions->size(); ++m) {
    Mention& title = (*mentions)[m];
    if (!title.code.empty() || title.bare_role.empty()) continue;
    // «جامعة الملك سعود»: a title in construct after another heads a name, not an actor.
    if (m > 0 && InConstructAfterTitle((*mentions)[m - 1], title)) continue;
    // «ولي العهد الأمير محمد بن نايف»: honorific titles may stand between the title and the
    // name it heads.
    const Mention* before = &title;
    size_t n = m + 1;
    while (n + 1 < mentions->size() && IsHonorific((*mentions)[n]) &&
           Adjacent(*before, (*mentions)[n])) {
      before = &(*mentions)[n++];
    }
    if (n != m + 1 && (*mentions)[n].type != "PER") {  // honorifics before no name
      before = &title;
      n = m + 1;
    }
    Mention* next = n < mentions->size() ? &(*mentions)[n] : nullptr;
    if (next != nullptr && next->title_key.empty() && Adjacent(*before, *next)) {
      // «الرئيس عبد ربه»: the name is the actor, and takes the role if nothing coded it;
      // «قوات التحالف»: the title is in construct with the actor it belongs to.
      if (next->type == "PER" && next->code.empty()) {
        next->code = title.bare_role;
        next->coded_by_context = true;
      }
      continue;
    }
    title.code = title.bare_role;
    // «ما شاء الله الزوي وزير النفط»: the person before it is that role too.
    if (m > 0) CodeByTitleAfter(title, &(*mentions)[m - 1]);
  }
}

}  // namespace marsad::actors
