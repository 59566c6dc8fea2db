#include "actors/actor_rules.h"

#include <algorithm>
#include <array>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace marsad::actors {
namespace {

constexpr size_t kLinkerWindow = 8;  // units between a speaking title and its linker
constexpr size_t kActorWindow = 3;   // units between the linker and the actor

// Months since year 0 of a YYYY[-MM[-DD]] date; `open` when the date is empty.
int MonthIndex(std::string_view date, int open) {
  if (date.size() < 4) return open;
  int year = std::stoi(std::string(date.substr(0, 4)));
  int month = date.size() >= 7 ? std::stoi(std::string(date.substr(5, 2))) : 1;
  return year * 12 + month - 1;
}

// How strongly a dated role is preferred when the article's date is unknown: a current role
// over a former one (ELI), then the longer tenure.
int UndatedPreference(const LexiconEntry& entry) {
  constexpr int kFirst = 2000 * 12, kLast = 2025 * 12 + 11;
  int months = MonthIndex(entry.valid_to, kLast) - MonthIndex(entry.valid_from, kFirst);
  bool former = entry.code.size() >= 3 && entry.code.ends_with("ELI");
  return (former ? 0 : 1 << 20) + std::max(months, 0);
}

constexpr size_t kMaxLocators = 3;  // «في شمال غرب العراق»
constexpr size_t kMaxGroupWords = 3;  // «ودول المنطقة» between a group's members and «ومنها»

// Whether the unit reads as a relative adjective («القومي», «حكومية», «الأمنيين»): the suffix
// «ي» with its feminine, dual and plural endings, and no proclitic (an adjective takes none:
// «المساعدات وطيارين كينيين» starts a new phrase).
bool IsRelativeAdjective(const lexicon::MatchUnit& unit) {
  if (!unit.alternative.empty() || !unit.second.empty()) return false;
  // Keys fold «ة» to «ه» and collapse doubled letters («حكوميين» → «حكومين»).
  static constexpr std::array<std::string_view, 7> kEndings = {
      "\u064A",                    // ي   قومي
      "\u064A\u0647",              // يه  حكومية
      "\u064A\u0646",              // ين  الأمنيين
      "\u064A\u0648\u0646",        // يون الأمنيون
      "\u064A\u0627\u0646",        // يان أمنيان
      "\u064A\u0627\u062A",        // يات الحكوميات
      "\u064A\u062A\u064A\u0646",  // يتين أمنيتين
  };
  constexpr size_t kMinBytes = 8;  // four letters: «أمني»; «ضد», «فوق» are no adjectives
  if (unit.key.size() < kMinBytes) return false;
  return std::any_of(kEndings.begin(), kEndings.end(),
                     [&](std::string_view ending) { return unit.key.ends_with(ending); });
}

struct Found {
  const LexiconMatch* match;
  const LexiconEntry* entry;
  bool locator = false;    // one of the match's entries is a locator («في», «شمال»)
  bool adjective = false;  // one of the match's entries is a nationality («السعودية»)
  bool includer = false;   // one of the match's entries is an includer («ومنها»)
};

class MentionBuilder {
 public:
  MentionBuilder(const std::vector<Found>& found, const std::vector<lexicon::MatchUnit>& units,
                 const std::vector<uint32_t>& unit_sentence)
      : found_(found), units_(units), unit_sentence_(unit_sentence) {}

  std::vector<Mention> Build() {
    mentions_.reserve(found_.size());  // mostly one per match: few are moved to grow it
    for (size_t i = 0; i < found_.size();) i = Next(i);
    ResolveSpeakers();
    ProposeSentenceCodes();
    return std::move(mentions_);
  }

 private:
  bool Adjacent(size_t a, size_t b) const {
    return b < found_.size() && found_[b].match->first_unit == found_[a].match->end_unit &&
           unit_sentence_[found_[a].match->first_unit] ==
               unit_sentence_[found_[b].match->first_unit];
  }
  // Adjacent, or separated only by a conjunction («و», «أو», «وكذلك») or a comma: «روس
  // وسوريين», «قادة تركيا والسعودية وكذلك الولايات المتحدة».
  bool Coordinated(size_t a, size_t b) const {
    if (Adjacent(a, b)) return true;
    if (b >= found_.size()) return false;
    size_t from = found_[a].match->end_unit, to = found_[b].match->first_unit;
    if (to <= from || to - from > 2 || unit_sentence_[from] != unit_sentence_[to]) return false;
    for (size_t u = from; u < to; ++u) {
      const std::string& key = units_[u].key;
      if (!key.empty() && key != "\u0648" && key != "\u0627\u0648" &&
          key != "\u0643\u0630\u0644\u0643" && key != "\u0648\u0643\u0630\u0644\u0643") {
        return false;
      }
    }
    return true;
  }
  EntryKind KindAt(size_t i) const { return found_[i].entry->kind; }
  bool IsState(size_t i) const {
    return KindAt(i) == EntryKind::kCountry || KindAt(i) == EntryKind::kNationality;
  }
  // A nationality adjective, also where a country's name reads the same («السعودية»).
  bool IsAdjective(size_t i) const {
    return KindAt(i) == EntryKind::kNationality || (IsState(i) && found_[i].adjective);
  }
  // A capital or seat of power: an actor place coded as a government («بغداد» IRQGOV).
  bool IsCapital(size_t i) const {
    const LexiconEntry& entry = *found_[i].entry;
    return entry.kind == EntryKind::kActor && entry.type == "LOC" && entry.code.size() == 6 &&
           entry.code.ends_with("GOV");
  }
  // Whether unit u is written with the article in any of its readings.
  bool UnitDefinite(size_t u) const { return units_[u].definite != 0; }
  // Whether found_[i] is written with the article in the reading the lexicon matched.
  bool WrittenDefinite(size_t i) const {
    const lexicon::MatchUnit& unit = units_[found_[i].match->first_unit];
    uint32_t start = found_[i].match->span.start;
    uint8_t readings = 0;
    if (start == unit.span.start) readings |= lexicon::kKeyDefinite;
    if (!unit.alternative.empty() && start == unit.alternative_span.start) {
      readings |= lexicon::kAlternativeDefinite;
    }
    if (!unit.second.empty() && start == unit.second_span.start) {
      readings |= lexicon::kSecondDefinite;
    }
    return (unit.definite & readings) != 0;
  }

  // Whether found_[i] is written without a proclitic («لروسيا» is no adjective nor a genitive).
  bool WithoutProclitic(size_t i) const {
    return found_[i].match->span.start == units_[found_[i].match->first_unit].span.start;
  }

  // The state that completes the title found_[i], or 0 when none does: a nationality after it
  // («وزير الدفاع الأمريكي»), also past one relative adjective of the title that agrees with it
  // («الحزب القومي الألماني», «مسؤول حكومي أميركي»); a country or capital it governs in
  // construct, which only a title written without the article can («قادة تركيا», «شرطة بغداد»;
  // «دخلت القوات العراق» is a verb's object).
  size_t StateAfterTitle(size_t i) const {
    if (KindAt(i) != EntryKind::kTitle) return 0;
    size_t j = i + 1;
    if (j >= found_.size() || !WithoutProclitic(j)) return 0;
    if (Adjacent(i, j)) {
      if (IsAdjective(j)) return j;
      if ((IsState(j) || IsCapital(j)) && !WrittenDefinite(i)) return j;
      return 0;
    }
    // «ليبيا» also reads as the accusative adjective «ليبيًا»: past an adjective, only a
    // nationality, or an adjective written with the article, completes the title.
    if (!(KindAt(j) == EntryKind::kNationality || (found_[j].adjective && WrittenDefinite(j)))) {
      return 0;
    }
    size_t middle = found_[i].match->end_unit;
    if (found_[j].match->first_unit != middle + 1 || !IsRelativeAdjective(units_[middle])) {
      return 0;
    }
    if (unit_sentence_[middle] != unit_sentence_[found_[i].match->first_unit] ||
        unit_sentence_[middle] != unit_sentence_[found_[j].match->first_unit]) {
      return 0;
    }
    bool definite = WrittenDefinite(j);
    return UnitDefinite(middle) == definite && WrittenDefinite(i) == definite ? j : 0;
  }

  // The first member of a list that an includer opens after found_[i], the last named member
  // of a group or the title that heads it: «قادة سوريا ودول المنطقة، ومن ضمنها تركيا»,
  // «قادة دول المنطقة ومنها تركيا». A few words may stand between (the group's other
  // members: «ودول المنطقة»), joined to a member by a conjunction or to a title written
  // without the article in construct; 0 when no list follows.
  size_t IncludedListAfter(size_t i) const {
    if (found_[i].entry->type == "MISC") return 0;  // acts («عمليات ... وبينها فرنسا»)
    size_t includer = i + 1;  // past the words of the group: a noun of states, a locator
    bool group = false;
    while (includer < found_.size() && !found_[includer].includer &&
           (KindAt(includer) == EntryKind::kLocator || KindAt(includer) == EntryKind::kLinker ||
            KindAt(includer) == EntryKind::kGroup)) {
      group = group || KindAt(includer) == EntryKind::kGroup;
      ++includer;
    }
    if (!group || includer + 1 >= found_.size() || !found_[includer].includer) return 0;
    if (!Adjacent(includer, includer + 1) || !IsState(includer + 1)) return 0;
    size_t from = found_[i].match->end_unit, to = found_[includer].match->first_unit;
    if (to <= from || to - from > kMaxGroupWords) return 0;
    if (unit_sentence_[from] != unit_sentence_[found_[i].match->first_unit] ||
        unit_sentence_[to] != unit_sentence_[from]) {
      return 0;
    }
    if (KindAt(i) == EntryKind::kTitle) {
      if (WrittenDefinite(i)) return 0;
    } else if (units_[from].alternative.empty() || !units_[from].key.starts_with("\u0648")) {
      return 0;  // no conjunction: «زار ... عدة دول منها تركيا»
    }
    return includer + 1;
  }

  // Adds the members of the coordinated list from found_[first] on with the role of `group`;
  // returns the index after the list.
  size_t AddMembers(size_t first, const std::string& role, const std::string& type) {
    size_t next = first;
    do {
      Mention member = Plain(next);
      member.name.clear();
      member.code = found_[next].entry->code.substr(0, 3) + role;
      member.type = type;
      mentions_.push_back(std::move(member));
      ++next;
    } while (Coordinated(next - 1, next) && IsState(next));
    return next;
  }

  Mention Plain(size_t i) const {
    const LexiconEntry& entry = *found_[i].entry;
    const LexiconMatch& match = *found_[i].match;
    Mention mention;
    mention.span = match.span;
    mention.first_unit = match.first_unit;
    mention.end_unit = match.end_unit;
    mention.type = entry.type;
    mention.name = entry.name;
    if (entry.kind == EntryKind::kTitle) {
      for (size_t u = match.first_unit; u < match.end_unit; ++u) {
        if (!mention.title_key.empty()) mention.title_key += ' ';
        mention.title_key += units_[u].key;
      }
      mention.speaks_for = entry.code == "+";
      if (!mention.speaks_for) mention.title_role = entry.code;
      if (entry.names_role_alone) mention.bare_role = entry.code;
      mention.name.clear();
    } else {
      mention.code = entry.code;
      mention.needs_tagger = entry.kind == EntryKind::kName;
    }
    return mention;
  }

  void Extend(Mention* mention, size_t i) const {
    mention->span.end = found_[i].match->span.end;
    mention->end_unit = found_[i].match->end_unit;
  }

  // A title followed by locators and a place is that place's country's organ: «مسلحين في شمال
  // العراق» → IRQUAF, «المتظاهرون من فلسطينيين» → PSECVL. Not for titles that speak for
  // someone, leaders («الرئيس في ...» is often a foreign leader visiting), or acts («غارات في
  // سوريا» are someone else's). The place keeps its own mention. Empty when no rule applies.
  std::string LocatedCode(size_t i) const {
    const LexiconEntry& title = *found_[i].entry;
    if (title.code == "+" || title.type == "MISC" || (title.code == "GOV" && title.type == "PER")) {
      return {};
    }
    // The second word of a compound title is no title of its own («الدفاع المدني»).
    if (i > 0 && Adjacent(i - 1, i) && KindAt(i - 1) == EntryKind::kTitle) return {};
    size_t j = i + 1;
    while (j < found_.size() && j - i <= kMaxLocators && Adjacent(j - 1, j) && found_[j].locator) {
      ++j;
    }
    if (j == i + 1 || !Adjacent(j - 1, j)) return {};
    const LexiconEntry& place = *found_[j].entry;
    bool located = IsState(j) || (place.kind == EntryKind::kActor && place.type == "LOC");
    if (!located || place.code.size() < 3) return {};
    return place.code.substr(0, 3) + title.code;
  }

  // Whether found_[i] is a title speaking for someone («متحدث», «ممثل») directly followed, in
  // construct, by a coded organisation (not a person, nor a place: «مصادر الشرق الأوسط» are
  // the newspaper's): the pair is that body.
  bool SpeaksForNextBody(size_t i) const {
    if (KindAt(i) != EntryKind::kTitle || found_[i].entry->code != "+") return false;
    if (!Adjacent(i, i + 1) || KindAt(i + 1) != EntryKind::kActor) return false;
    const LexiconEntry& body = *found_[i + 1].entry;
    return body.type == "ORG" && body.code.size() >= 3;
  }

  // Whether the country found_[i] is directly followed by a region or bloc that is no state of
  // its own (a three-letter actor code other than the country's, «الغربيين» WST) and preceded by
  // a word of the same sentence that no mention covers: the head noun the bloc agrees with.
  bool BlocAfterCountry(size_t i) const {
    if (KindAt(i) != EntryKind::kCountry || !Adjacent(i, i + 1)) return false;
    const LexiconEntry& bloc = *found_[i + 1].entry;
    if (bloc.kind != EntryKind::kActor || bloc.type != "LOC" || bloc.code.size() != 3 ||
        bloc.code == found_[i].entry->code.substr(0, 3)) {
      return false;
    }
    size_t first = found_[i].match->first_unit;
    if (first == 0 || units_[first - 1].key.empty()) return false;
    if (unit_sentence_[first - 1] != unit_sentence_[first]) return false;
    return mentions_.empty() || mentions_.back().end_unit < first;
  }

  // Builds the mention(s) starting at found_[i]; returns the next index.
  size_t Next(size_t i) {
    EntryKind kind = KindAt(i);
    if (kind == EntryKind::kModifier || kind == EntryKind::kLinker || kind == EntryKind::kLocator ||
        kind == EntryKind::kGroup || kind == EntryKind::kIncluder) {
      return i + 1;
    }
    if (BlocAfterCountry(i)) {
      // «شركاء روسيا الغربيين»: the bloc adjective agrees with the noun before the country,
      // so the phrase from that noun names the bloc (WST), not the country.
      Mention bloc = Plain(i + 1);
      size_t head = found_[i].match->first_unit - 1;
      bloc.first_unit = head;
      bloc.span.start = units_[head].span.start;
      mentions_.push_back(std::move(bloc));
      return i + 2;
    }
    Mention mention = Plain(i);
    if (SpeaksForNextBody(i)) {
      // «متحدث البيت الأبيض», «ممثل الأمم المتحدة»: the title speaks for the body it governs.
      mention.code = found_[i + 1].entry->code;
      mention.speaks_for = false;
      Extend(&mention, i + 1);
      mentions_.push_back(std::move(mention));
      return i + 2;
    }
    size_t state = StateAfterTitle(i);
    if (state == 0) {
      if (kind == EntryKind::kTitle) {
        mention.code = LocatedCode(i);
        mention.located = !mention.code.empty();
      }
      bool bare_title = kind == EntryKind::kTitle && mention.code.empty();
      if (bare_title && !mention.bare_role.empty() && Adjacent(i, i + 1) &&
          KindAt(i + 1) == EntryKind::kModifier) {
        mention.bare_role = found_[i + 1].entry->code;  // «الرئيس السابق» alone: ELI
        Extend(&mention, i + 1);
      }
      mentions_.push_back(std::move(mention));
      return bare_title ? AfterBareTitle(i) : i + 1;
    }
    // Title + state (+ modifier): the state's organ; an official speaks for its government.
    std::string role = mention.speaks_for ? "GOV" : found_[i].entry->code;
    mention.speaks_for = false;
    std::string country = found_[state].entry->code.substr(0, 3);
    mention.code = country + role;
    Extend(&mention, state);
    size_t next = state + 1;
    if (Adjacent(i + 1, next) && KindAt(next) == EntryKind::kModifier) {
      mention.code = country + found_[next].entry->code;
      Extend(&mention, next);
      ++next;
    }
    std::string role_code = mention.code.substr(3);
    std::string type = mention.type;
    mentions_.push_back(mention);
    // Coordinated states share the role: «العسكريين الروس والسوريين», «قادة تركيا والسعودية»,
    // and so do the members of a group listed after them («ودول المنطقة، ومن ضمنها تركيا»).
    if (Coordinated(next - 1, next) && IsState(next)) next = AddMembers(next, role_code, type);
    if (size_t list = IncludedListAfter(next - 1); list != 0) {
      next = AddMembers(list, role_code, type);
    }
    // A person named right after the title is that organ.
    if (Adjacent(next - 1, next) && KindAt(next) == EntryKind::kActor &&
        found_[next].entry->type == "PER") {
      Mention person = Plain(next);
      if (person.code.substr(0, 3) == country || person.code.empty()) {
        person.code = mention.code;
        person.coded_by_context = true;
      }
      mentions_.push_back(std::move(person));
      ++next;
    }
    return next;
  }

  // After a title no state completes (its mention already added): a person named after it
  // with a modifier is that person in the modified role («الرئيس السابق سيدي ولد الشيخ عبد
  // الله» → MRTELI), and the members of a group the title heads share its role when a country
  // completes them («قادة دول المنطقة ومنها تركيا» → TURGOV). Returns the next index.
  size_t AfterBareTitle(size_t i) {
    size_t modifier = i + 1, person = i + 2;
    if (Adjacent(i, modifier) && KindAt(modifier) == EntryKind::kModifier &&
        Adjacent(modifier, person) && KindAt(person) == EntryKind::kActor &&
        found_[person].entry->type == "PER" && found_[person].entry->code.size() >= 3) {
      Mention named = Plain(person);
      named.code = named.code.substr(0, 3) + found_[modifier].entry->code;
      named.coded_by_context = true;
      mentions_.push_back(std::move(named));
      return person + 1;
    }
    if (size_t list = IncludedListAfter(i); list != 0) {
      std::string role = found_[i].entry->code == "+" ? "GOV" : found_[i].entry->code;
      return AddMembers(list, role, found_[i].entry->type);
    }
    return i + 1;
  }

  // A bare title whose sentence names places of one country and no actor of another stands
  // for that country's organ (docs EVENTS.md: country from context, role from title): «قتل
  // شرطيان ... في الموصل» → IRQCOP. Not for the roles that are often foreign to the place or
  // abstract alone: government and leaders («وصل الرئيس إلى بغداد», «إلى جانب», «إدارة»),
  // armed forces («قصفت الطائرات مواقع في سوريا»), nor civilians (the event coder codes them
  // by its own role nouns); nor for speakers, acts and titles behind a preposition. Agencies
  // coded without a country
  // («رويترز» MED) do not count.
  void ProposeSentenceCodes() {
    std::unordered_map<uint32_t, std::string> country;  // per sentence; empty when mixed
    std::unordered_set<uint32_t> with_place;
    for (const Mention& mention : mentions_) {
      if (mention.code.size() < 3 || (mention.code.size() == 3 && mention.type == "ORG")) continue;
      uint32_t sentence = unit_sentence_[mention.first_unit];
      std::string prefix = mention.code.substr(0, 3);
      auto [it, inserted] = country.emplace(sentence, prefix);
      if (!inserted && it->second != prefix) it->second.clear();
      if (mention.type == "LOC") with_place.insert(sentence);
    }
    for (Mention& mention : mentions_) {
      if (!mention.code.empty() || mention.title_role.empty() || mention.type == "MISC") continue;
      // Behind a preposition a title is often no actor at all («للقضاء على» to end).
      if (mention.span.start != units_[mention.first_unit].span.start) continue;
      const std::string& role = mention.title_role;
      if (role == "GOV" || role == "MIL" || role == "CVL") continue;
      uint32_t sentence = unit_sentence_[mention.first_unit];
      auto it = country.find(sentence);
      if (it == country.end() || it->second.empty() || !with_place.count(sentence)) continue;
      mention.sentence_code = it->second + mention.title_role;
    }
  }

  // Whether mentions_[m + 1] is an organ that a title made and a state completed, in construct
  // right after mentions_[m]: «متحدث وزارة الخارجية الروسية», «نائب وزير الخارجية الروسي».
  bool OrganInConstructAfter(size_t m) const {
    if (m + 1 >= mentions_.size()) return false;
    const Mention& organ = mentions_[m + 1];
    return organ.first_unit == mentions_[m].end_unit && !organ.title_key.empty() &&
           organ.code.size() > 3 && organ.type != "MISC" &&
           unit_sentence_[organ.first_unit] == unit_sentence_[mentions_[m].first_unit];
  }

  // «المتحدث الرسمي باسم الرئيس الروسي», «مسؤول ... في وزارة الخارجية الروسية»; a speaker in
  // construct with an organ speaks for it («متحدث وزارة الخارجية الروسية»).
  void ResolveSpeakers() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
      Mention& speaker = mentions_[m];
      if (!speaker.speaks_for || !speaker.code.empty()) continue;
      if (OrganInConstructAfter(m)) {
        speaker.code = mentions_[m + 1].code;
        continue;
      }
      uint32_t sentence = unit_sentence_[speaker.first_unit];
      size_t linker_end = 0;
      for (const Found& f : found_) {
        size_t start = f.match->first_unit;
        if (start < speaker.end_unit) continue;
        if (start > speaker.end_unit + kLinkerWindow || unit_sentence_[start] != sentence) break;
        if (f.entry->kind == EntryKind::kLinker) {
          linker_end = f.match->end_unit;
          break;
        }
      }
      if (linker_end == 0) continue;
      for (size_t n = m + 1; n < mentions_.size(); ++n) {
        const Mention& actor = mentions_[n];
        if (actor.first_unit < linker_end) continue;
        if (actor.first_unit > linker_end + kActorWindow ||
            unit_sentence_[actor.first_unit] != sentence) {
          break;
        }
        if (!actor.code.empty()) {
          speaker.code = actor.code;
          break;
        }
      }
    }
  }

  const std::vector<Found>& found_;
  const std::vector<lexicon::MatchUnit>& units_;
  const std::vector<uint32_t>& unit_sentence_;
  std::vector<Mention> mentions_;
};

// A person the lexicon knows, named when none of their roles holds: after the last role
// ended they are a former official (ELI) of its country; before any began, uncoded. An entry
// with a country and no role keeps its country («مجتمع سعودي» mined with dates).
const LexiconEntry* OutOfDate(const std::vector<LexiconEntry>& entries, const LexiconMatch& match,
                              std::string_view published, std::deque<LexiconEntry>* store) {
  const LexiconEntry* latest = nullptr;
  for (uint32_t index : match.entries) {
    const LexiconEntry& entry = entries[index];
    if (entry.kind != EntryKind::kActor || entry.type != "PER") continue;
    if (latest == nullptr || entry.valid_to > latest->valid_to) latest = &entry;
  }
  if (latest == nullptr) return nullptr;
  LexiconEntry person = *latest;
  if (latest->code.size() == 3) {  // a country with no role: it holds at any time
    person.valid_from.clear();
    person.valid_to.clear();
    store->push_back(std::move(person));
    return &store->back();
  }
  bool after = !latest->valid_to.empty() && !published.empty() &&
               published.substr(0, std::min(published.size(), latest->valid_to.size())) >
                   std::string_view(latest->valid_to).substr(0, published.size());
  person.code = after ? latest->code.substr(0, 3) + "ELI" : "";
  person.valid_from.clear();
  person.valid_to.clear();
  store->push_back(std::move(person));
  return &store->back();
}

// The units of [start, end): the first unit ending after start up to the last starting before end.
void UnitsOf(const std::vector<lexicon::MatchUnit>& units, Span span, Mention* mention) {
  auto first = std::lower_bound(
      units.begin(), units.end(), span.start,
      [](const lexicon::MatchUnit& unit, uint32_t start) { return unit.span.end <= start; });
  auto last = first;
  while (last != units.end() && last->span.start < span.end) ++last;
  mention->first_unit = static_cast<size_t>(first - units.begin());
  mention->end_unit = static_cast<size_t>(last - units.begin());
}

}  // namespace

const LexiconEntry* ChooseEntry(const std::vector<LexiconEntry>& entries, const LexiconMatch& match,
                                std::string_view published) {
  const LexiconEntry* best = nullptr;
  for (uint32_t index : match.entries) {
    const LexiconEntry& entry = entries[index];
    if (!ValidOn(entry, published)) continue;
    if (best == nullptr || KindPrecedence(entry.kind) < KindPrecedence(best->kind)) {
      best = &entry;
      continue;
    }
    if (KindPrecedence(entry.kind) > KindPrecedence(best->kind)) continue;
    if (entry.names_role_alone != best->names_role_alone) {
      // «الرئيس» is a role line's form; «رئيس», which folds to the same key, a title's.
      if (entry.names_role_alone) best = &entry;
      continue;
    }
    if (published.empty()) {
      // Unknown date: an undated entry, else the role held longest (former roles last).
      if (IsDated(*best) &&
          (!IsDated(entry) || UndatedPreference(entry) > UndatedPreference(*best))) {
        best = &entry;
      }
    } else {
      best = &entry;  // the last listed valid one
    }
  }
  return best;
}

std::vector<Mention> CodeMentions(const std::vector<LexiconEntry>& entries,
                                  const std::vector<LexiconMatch>& matches,
                                  const std::vector<lexicon::MatchUnit>& units,
                                  const std::vector<uint32_t>& unit_sentence,
                                  std::string_view published) {
  std::vector<Found> found;
  std::deque<LexiconEntry> out_of_date;  // persons named outside every role they held
  for (const LexiconMatch& match : matches) {
    const LexiconEntry* entry = ChooseEntry(entries, match, published);
    if (entry == nullptr) entry = OutOfDate(entries, match, published, &out_of_date);
    if (entry == nullptr) continue;
    auto any_of_kind = [&](EntryKind kind) {
      return std::any_of(match.entries.begin(), match.entries.end(), [&](uint32_t index) {
        return entries[index].kind == kind && ValidOn(entries[index], published);
      });
    };
    found.push_back({&match, entry, any_of_kind(EntryKind::kLocator),
                     any_of_kind(EntryKind::kNationality), any_of_kind(EntryKind::kIncluder)});
  }
  return MentionBuilder(found, units, unit_sentence).Build();
}

void CodeByApposition(const std::vector<Mention>& coded, Mention* mention,
                      const std::vector<uint32_t>& unit_sentence) {
  if (!mention->code.empty() || mention->first_unit >= unit_sentence.size()) return;
  for (const Mention& before : coded) {
    if (before.end_unit != mention->first_unit || before.code.empty()) continue;
    if (unit_sentence[before.first_unit] != unit_sentence[mention->first_unit]) continue;
    if (before.title_key.empty() && before.type != "PER") continue;
    mention->code = before.code;
    mention->coded_by_context = true;
    return;
  }
}

// Merges the entity tagger's entities into the lexicon's mentions. An entity that crosses a
// mention's edge is dropped (the lexicon wins); one that wraps whole mentions replaces them and
// takes their code («فلاديمير بوتين» around «بوتين»; an ORG around a nationality takes the
// country); a person right after a coded title is that actor; an ORG or MISC right before a
// nationality adjective takes its country («وكالة إنترفاكس الروسية»).
void MergeTaggedEntities(const std::vector<Entity>& tagged,
                         const std::vector<lexicon::MatchUnit>& units,
                         const std::vector<uint32_t>& unit_sentence,
                         std::vector<Mention>* mentions) {
  // Both lists are walked in text order, so each entity looks only at the mentions near it.
  std::vector<const Entity*> order;
  order.reserve(tagged.size());
  for (const Entity& entity : tagged) order.push_back(&entity);
  std::stable_sort(order.begin(), order.end(),
                   [](const Entity* a, const Entity* b) { return a->span.start < b->span.start; });
  auto sorted = std::is_sorted(
      mentions->begin(), mentions->end(),
      [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  if (!sorted) {
    std::stable_sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) {
      return a.span.start < b.span.start;
    });
  }
  // The first mention that may overlap a span starting at `start` (mentions do not overlap, so
  // their ends rise with their starts).
  auto first_from = [&](uint32_t start) {
    return static_cast<size_t>(
        std::lower_bound(mentions->begin(), mentions->end(), start,
                         [](const Mention& m, uint32_t at) { return m.span.end <= at; }) -
        mentions->begin());
  };
  std::vector<Mention> added;   // sorted and disjoint
  added.reserve(order.size());  // at most one per entity: no Mention is moved to grow it
  std::vector<bool> replaced(mentions->size(), false);
  std::vector<bool> named(mentions->size(), false);  // inside an entity the tagger found
  for (const Entity* entity_pointer : order) {
    const Entity& entity = *entity_pointer;
    if (entity.span.empty()) continue;
    if (!added.empty() && added.back().span.overlaps(entity.span)) continue;
    Mention mention;
    mention.span = entity.span;
    mention.type = entity.type;
    mention.code = entity.actor;
    mention.name = entity.name;
    mention.from_lexicon = false;
    UnitsOf(units, entity.span, &mention);
    if (mention.end_unit <= mention.first_unit) continue;
    bool crosses = false;
    std::vector<size_t> inside;
    for (size_t m = first_from(entity.span.start);
         m < mentions->size() && (*mentions)[m].span.start < entity.span.end; ++m) {
      const Mention& lexical = (*mentions)[m];
      if (!lexical.span.overlaps(entity.span)) continue;
      named[m] = named[m] || (entity.span.contains(lexical.span) && entity.type == lexical.type);
      if (entity.span.contains(lexical.span) && !replaced[m]) {
        inside.push_back(m);
      } else {
        crosses = true;
      }
    }
    // The lexicon's own span, or a title rule's finer reading inside, beats the tagger.
    for (size_t m : inside) {
      const Mention& lexical = (*mentions)[m];
      crosses = crosses || lexical.span == entity.span || !lexical.title_key.empty();
    }
    if (crosses) continue;
    for (size_t m : inside) {
      const Mention& lexical = (*mentions)[m];
      replaced[m] = true;
      // A lexicon «name» of an organisation inside a name of another type is a word of it
      // («حي الجزيرة»); a place still gives its country («مطار جدة»).
      if (lexical.needs_tagger && lexical.type != mention.type && lexical.type != "LOC") {
        continue;
      }
      // A place or an adjective inside a name gives only its country («جامعة موسكو»); inside a
      // person's name only when it leads («سويسري جوزيف بلاتر»): after a given name it is a
      // family name («فيصل بن تركي», «عادل العراقي»).
      bool country_only = lexical.type == "LOC" || lexical.type == "MISC";
      bool family_name =
          country_only && mention.type == "PER" && lexical.first_unit > mention.first_unit;
      if (mention.code.empty() && !lexical.code.empty() && !family_name) {
        mention.code = country_only ? lexical.code.substr(0, 3) : lexical.code;
        if (mention.type == lexical.type && mention.name.empty()) mention.name = lexical.name;
      }
    }
    // The mentions right before and right after the entity.
    size_t after = first_from(entity.span.end);
    if (mention.type == "PER" && mention.code.empty() && after > 0) {
      size_t before = after - 1;
      while (before > 0 && (*mentions)[before].end_unit > mention.first_unit) --before;
      const Mention& title = (*mentions)[before];
      if (title.end_unit == mention.first_unit) {
        CodeByApposition(std::vector<Mention>{title}, &mention, unit_sentence);
      }
    }
    if (mention.code.empty() && mention.type != "PER") {
      for (size_t m = after; m < mentions->size() && (*mentions)[m].first_unit <= mention.end_unit;
           ++m) {
        const Mention& next = (*mentions)[m];
        if (next.first_unit == mention.end_unit && next.title_key.empty() && next.type == "MISC" &&
            next.code.size() == 3 &&
            unit_sentence[next.first_unit] == unit_sentence[mention.first_unit]) {
          mention.code = next.code;
        }
      }
    }
    added.push_back(std::move(mention));
  }
  std::vector<Mention> merged;
  merged.reserve(mentions->size() + added.size());
  for (size_t m = 0; m < mentions->size(); ++m) {
    // A lexicon «name» stands only where the tagger found a name («القاعدة» al-Qaeda).
    if (!replaced[m] && (named[m] || !(*mentions)[m].needs_tagger)) {
      merged.push_back(std::move((*mentions)[m]));
    }
  }
  const auto first_added = static_cast<std::ptrdiff_t>(merged.size());
  for (Mention& mention : added) merged.push_back(std::move(mention));
  // Two runs in text order (the entities were walked by start): merged, the lexicon's mention
  // first of two that start together.
  std::inplace_merge(
      merged.begin(), merged.begin() + first_added, merged.end(),
      [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  *mentions = std::move(merged);
}

}  // namespace marsad::actors
