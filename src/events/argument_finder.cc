#include "events/argument_finder.h"

#include <algorithm>

#include "events/cue_traits.h"
#include "events/match_form.h"

namespace marsad::events {
namespace {

constexpr uint32_t kVerbSubjectReach = 5;  // words after a verb its subject may start
constexpr uint32_t kNearSubjectReach = 3;  // words before a verb a close subject may end
constexpr uint32_t kFarSubjectReach = 8;   // words before a verb any subject may end
constexpr uint32_t kTargetReach = 9;       // words after the cue its target may start
constexpr std::string_view kWaw = "\u0648";

// Whether the cue codes material conflict (CAMEO 14-20: protest, force, assault …).
bool IsMaterial(const CuePattern& pattern) {
  constexpr int kFirstMaterialRoot = 14;
  return pattern.code.size() >= 2 && std::stoi(pattern.code.substr(0, 2)) >= kFirstMaterialRoot;
}

// أنه، إنها، بأنهم …: a clause opener carrying the subject as a pronoun.
bool IsPronounClauseOpener(std::string_view word) {
  static constexpr std::string_view kForms[] = {"\u0627\u0646\u0647",
                                                "\u0627\u0646\u0647\u0627",
                                                "\u0627\u0646\u0647\u0645",
                                                "\u0628\u0627\u0646\u0647",
                                                "\u0628\u0627\u0646\u0647\u0627",
                                                "\u0628\u0627\u0646\u0647\u0645",
                                                "\u0648\u0627\u0646\u0647",
                                                "\u0648\u0627\u0646\u0647\u0627"};
  for (std::string_view form : kForms) {
    if (word == form) return true;
  }
  return false;
}

// خطفوا، قتلوا، يتظاهرون: a verb whose ending is its plural subject pronoun. The noun after it is
// its object (خطفوا امس القنصل الافغاني), not its subject.
bool CarriesPluralSubject(std::string_view verb) {
  constexpr size_t kMinLetters = 4;  // two bytes a letter: the suffix and a stem of two
  if (verb.size() < 2 * kMinLetters) return false;
  if (verb.ends_with("\u0648\u0627")) return true;  // ـوا
  const std::string_view stem = WithoutConjunction(verb, 0);
  return (stem.starts_with("\u064A") || stem.starts_with("\u062A")) &&
         stem.ends_with("\u0648\u0646");  // يـ…ون، تـ…ون
}

}  // namespace

bool ArgumentFinder::PrepositionBefore(const SentenceView& view, int e) const {
  const EntityInSentence& entity = view.entities[e];
  if (!entity.clitic.empty()) {
    const std::string_view clitic = entity.clitic;
    // و alone is coordination, not a preposition.
    if (clitic != kWaw) return true;
  }
  if (entity.first == 0) return false;
  const std::string& previous = view.words[entity.first - 1];
  if (!view.closes_phrase[entity.first - 1] && markers_->IsPreposition(previous)) return true;
  // لوكالة "سبوتنيك": the genitive of a noun inside a prepositional phrase.
  uint32_t before = entity.first;
  while (before > 0 && view.words[before - 1].empty()) --before;
  return before > 0 && view.entity_at[before - 1] < 0 && view.prepositional[before - 1];
}

int ArgumentFinder::BareEntityAt(const SentenceView& view, uint32_t i) const {
  const int e = view.EntityStartingAt(i);
  if (e < 0) return -1;
  return PrepositionBefore(view, e) ? -1 : e;
}

std::vector<int> ArgumentFinder::Coordinated(const SentenceView& view, int e) const {
  std::vector<int> out = {e};
  const auto n = static_cast<uint32_t>(view.words.size());
  auto skip_punctuation = [&](uint32_t j) {
    while (j < n && view.words[j].empty()) ++j;
    return j;
  };
  uint32_t i = view.entities[e].end;
  while (i < n) {
    uint32_t j = skip_punctuation(i);
    // "ودول المنطقة، ومن ضمنها تركيا": a common noun joined by و and closed by a comma may
    // stand between the actors when an inclusive phrase follows it.
    if (j < n && view.entity_at[j] < 0 && view.words[j].starts_with(kWaw)) {
      for (uint32_t k = j; k < j + 3 && k < n && view.entity_at[k] < 0; ++k) {
        if (!view.closes_phrase[k]) continue;
        const uint32_t after = skip_punctuation(k + 1);
        if (markers_->LengthAt(Marker::kInclusive, view.words, after) > 0) j = after;
        break;
      }
    }
    // "تركيا والسعودية، وكذلك الولايات المتحدة": the list goes on after the phrase.
    const uint32_t inclusive = markers_->LengthAt(Marker::kInclusive, view.words, j);
    if (inclusive > 0) j = skip_punctuation(j + inclusive);
    // "و X" as one word (clitic و) or two words.
    if (j < n && view.words[j] == kWaw) ++j;
    if (j >= n) break;
    const int next = view.EntityStartingAt(j);
    if (next < 0) break;
    const EntityInSentence& entity = view.entities[next];
    const bool joined = inclusive > 0 || entity.clitic == kWaw || view.words[j - 1] == kWaw;
    if (!joined) break;
    out.push_back(next);
    i = entity.end;
  }
  return out;
}

int ArgumentFinder::SourceAfter(const SentenceView& view, uint32_t cue, uint32_t limit) const {
  bool in_phrase = false;  // inside a prepositional phrase (بخصوص الملف النووي الإيراني)
  for (uint32_t i = cue + 1; i < view.words.size() && i <= cue + limit; ++i) {
    if (markers_->IsClauseOpener(view.words[i])) return -1;
    // وقال «أبلغني وزير …»: the quoted words are what was said, not who said it; a quoted
    // name (وتبنى «داعش» الهجوم) is still the subject.
    if (view.opens_quote[i]) {
      uint32_t j = i;
      while (j < view.words.size() && view.words[j].empty()) ++j;
      const int named = view.EntityStartingAt(j);
      const bool quoted_name = named >= 0 && view.closes_phrase[view.entities[named].end - 1];
      if (!quoted_name) return -1;
    }
    if (in_phrase) {
      if (view.closes_phrase[i]) in_phrase = false;
      continue;
    }
    if (markers_->IsPreposition(view.words[i]) && i + 2 < view.words.size() &&
        view.entity_at[i + 1] < 0 && view.entity_at[i + 2] >= 0) {
      // في مواجهة تنظيم الدولة: the actor is the genitive inside the phrase, not a subject.
      i = view.entities[view.entity_at[i + 2]].end - 1;
      continue;
    }
    if (markers_->IsPreposition(view.words[i]) && view.entity_at[i] < 0) {
      // A noun phrase after a preposition holds its actors as genitives.
      in_phrase = !view.closes_phrase[i] && i + 1 < view.words.size() && view.entity_at[i + 1] < 0;
      if (in_phrase) continue;
    }
    const int e = BareEntityAt(view, i);
    if (e >= 0) return e;
    // اشتبك العشرات من المتظاهرين: the actor counted by a quantity and من is the subject.
    const int counted = view.EntityStartingAt(i);
    if (counted >= 0 && i >= cue + 3 && view.entities[counted].clitic.empty() &&
        view.words[i - 1] == "\u0645\u0646" && markers_->IsCount(view.words[i - 2])) {
      return counted;
    }
    if (view.entity_at[i] >= 0) return -1;  // a prepositional actor: the object side
    if (view.closes_phrase[i] && i > cue + 1) return -1;
  }
  return -1;
}

int ArgumentFinder::PurposeHolder(const SentenceView& view, uint32_t cue) const {
  for (uint32_t k = 1; k <= kNearSubjectReach && k <= cue; ++k) {
    const uint32_t i = cue - k;
    if (view.closes_phrase[i] && view.entity_at[i] < 0) return -1;
    const int e = view.entity_at[i];
    if (e < 0) continue;
    const EntityInSentence& entity = view.entities[e];
    k += i - entity.first;  // the whole name is one step back
    // في العراق: a place or party governed by a preposition is where or with whom, not who.
    const bool governed =
        (!entity.clitic.empty() && entity.clitic != kWaw) ||
        (entity.first > 0 && markers_->IsPreposition(view.words[entity.first - 1]));
    if (governed) continue;
    // بوجود خبراء روس، بإرسال قوات: the genitive of a noun with a preposition.
    uint32_t before = entity.first;
    while (before > 0 && view.words[before - 1].empty()) --before;
    if (before > 0 && view.entity_at[before - 1] < 0 && view.prepositional[before - 1]) return e;
    return -1;
  }
  return -1;
}

bool ArgumentFinder::AfterClauseOpener(const SentenceView& view, uint32_t i) const {
  constexpr uint32_t kSubjectWords = 4;  // an actor's words between the opener and `i`
  for (uint32_t k = 1; k <= kSubjectWords && k <= i; ++k) {
    if (markers_->IsClauseOpener(view.words[i - k])) return true;
  }
  return false;
}

int ArgumentFinder::SourceBefore(const SentenceView& view, uint32_t cue, uint32_t reach) const {
  for (uint32_t k = 1; k <= reach && k <= cue; ++k) {
    const uint32_t i = cue - k;
    // وقال لافروف "يرفض شركاؤنا …": a quotation opening after an actor is what it said; not
    // when the actor opens a reported clause itself (إن الولايات المتحدة «تدين …»).
    if (view.opens_quote[i + 1] && !AfterClauseOpener(view, i)) return -1;
    if (view.closes_phrase[i] && view.entity_at[i] < 0) return -1;
    if (markers_->IsClauseOpener(view.words[i]) && view.entity_at[i] < 0) {
      // "X يمكن أن تنضم": a modal before the opener keeps X as the subject.
      const bool modal = i > 0 && (markers_->Is(Marker::kHypothetical, view.words[i - 1]) ||
                                   markers_->Is(Marker::kIntended, view.words[i - 1]));
      if (!modal) return -1;
      continue;
    }
    const int e = view.entity_at[i];
    if (e < 0) continue;
    const int head = e;
    if (PrepositionBefore(view, head)) {
      // Skip over the prepositional phrase and keep looking.
      k += i - view.entities[head].first;
      continue;
    }
    // في البقاع اللبناني: a bare country right after a place of that country (or of none) in a
    // prepositional phrase qualifies it; it is inside the phrase.
    const uint32_t head_first = view.entities[head].first;
    const int qualified =
        head_first > 0 && !view.closes_phrase[head_first - 1] ? view.entity_at[head_first - 1] : -1;
    const std::string& country = view.entities[head].actor;
    if (qualified >= 0 && country.size() == 3 && PrepositionBefore(view, qualified) &&
        (view.entities[qualified].actor.empty() ||
         view.entities[qualified].actor.starts_with(country))) {
      k = cue - view.entities[qualified].first;
      continue;
    }
    // Several coordinated actors before the verb: the first of them is the subject.
    uint32_t first = view.entities[head].first;
    int subject = head;
    while (first > 0) {
      // "فوكس نيوز" الأمريكية: an entity right before, past punctuation, is the head.
      if (first >= 2 && view.words[first - 1].empty() && view.entity_at[first - 2] >= 0) {
        subject = view.entity_at[first - 2];
        first = view.entities[subject].first;
        continue;
      }
      const int previous = view.entity_at[first - 1];
      if (previous < 0 || PrepositionBefore(view, previous)) {
        if (first >= 2 && view.words[first - 1] == kWaw && view.entity_at[first - 2] >= 0) {
          subject = view.entity_at[first - 2];
          first = view.entities[subject].first;
          continue;
        }
        break;
      }
      if (previous == subject) break;
      subject = previous;
      first = view.entities[subject].first;
    }
    if (subject != head && PrepositionBefore(view, subject)) {
      // لوكالة "سبوتنيك" الروسية: the whole chain lies inside a prepositional phrase.
      k = cue - first;
      continue;
    }
    return subject;
  }
  return -1;
}

int ArgumentFinder::FindTarget(const SentenceView& view, uint32_t from, const CuePattern& pattern,
                               int source, uint32_t clause_end, uint32_t* clause_start) const {
  bool direct = false;
  for (const std::string& by : pattern.target_by) direct = direct || by == "obj";
  const uint32_t end = std::min<size_t>({view.words.size(), from + kTargetReach, clause_end});
  for (uint32_t i = from; i < end; ++i) {
    if (markers_->IsClauseOpener(view.words[i]) && view.entity_at[i] < 0) {
      *clause_start = i + 1;
      return -1;
    }
    const int e = view.EntityStartingAt(i);
    if (e < 0 || e == source) continue;
    const EntityInSentence& entity = view.entities[e];
    std::string_view preposition;
    if (!entity.clitic.empty() && entity.clitic != kWaw) {
      preposition = entity.clitic;
      // "ول" → "ل": drop a leading conjunction.
      if (preposition.size() > 2 && preposition.starts_with(kWaw)) preposition.remove_prefix(2);
      // للعراق: ل before the article's ل.
      if (preposition == "\u0644\u0644") preposition = "\u0644";
    } else if (i > 0 && markers_->IsPreposition(view.words[i - 1])) {
      preposition = view.words[i - 1];
      if (preposition.size() > 4 && preposition.starts_with(kWaw)) preposition.remove_prefix(2);
    }
    uint32_t before = i;
    while (before > from && view.words[before - 1].empty()) --before;  // quote marks
    if (preposition.empty() && before > from && view.entity_at[before - 1] < 0 &&
        view.words[before - 1].size() > 2) {
      // A title carrying the preposition before the name: ندد "بالدكتاتور" بشار الأسد.
      const std::string_view title = view.words[before - 1];
      for (const std::string& by : pattern.target_by) {
        if (by.size() == 2 && title.substr(0, 2) == by && !markers_->IsPreposition(title)) {
          return e;
        }
      }
    }
    if (preposition.empty() && before >= from + 2 && view.entity_at[before - 1] < 0 &&
        !markers_->IsPreposition(view.words[before - 1]) &&
        markers_->IsPreposition(view.words[before - 2])) {
      // مع نظيره العراقي، على وزير خارجية X: the preposition governs the head noun whose
      // adjective or genitive the actor is.
      for (const std::string& by : pattern.target_by) {
        if (by == view.words[before - 2]) return e;
      }
      // إطلاق صواريخ من جنوب لبنان: in a material act the genitive of a noun من governs is where
      // the act came from, no direct object, unless من counts it (مقتل 11 من عناصر الحرس
      // الثوري، قتل عددا من زعماء طالبان).
      const bool from = view.words[before - 2] == "\u0645\u0646";
      const bool counted = from && before >= 3 &&
                           (markers_->IsCount(view.words[before - 3]) ||
                            markers_->Is(Marker::kPartitive, view.words[before - 3]));
      if (IsMaterial(pattern) && from && !counted) continue;
    }
    // انفجار سيارة مفخخة شرق الموصل، في شمال غرب باكستان: a place a noun of setting heads is
    // where a material act happened, not what it hit.
    if (IsMaterial(pattern) && before > from && !markers_->IsPreposition(view.words[before - 1]) &&
        markers_->Is(Marker::kSetting, view.words[before - 1])) {
      continue;
    }
    if (preposition.empty()) {
      if (direct) return e;
      continue;
    }
    for (const std::string& by : pattern.target_by) {
      if (by == preposition) return e;
    }
    // قصفوا مواقع لتنظيم داعش، استهدف اجتماعا لقوات الصحوة: the owner (ل) of a material act's
    // direct object, a bare noun right before it, is what the act hit.
    const bool owner = direct && preposition == "\u0644" && !entity.actor.empty() &&
                       before >= from + 1 && before - 1 >= 1 && view.entity_at[before - 1] < 0 &&
                       !view.prepositional[before - 1] &&
                       !markers_->IsPreposition(view.words[before - 1]) &&
                       !markers_->IsPreposition(view.words[before - 2]) && IsMaterial(pattern);
    if (owner) return e;
    // An actor in some other prepositional phrase (في بغداد) is not the target; go on.
  }
  return -1;
}

namespace {

// أما X … ، فـ+verb: the bare actor right after the nearest أما before the verb `c`, or -1.
// The topic may be separated from its verb by commas and relative clauses.
int AmmaTopic(const ArgumentFinder& finder, const SentenceView& view, uint32_t c) {
  for (uint32_t k = c; k-- > 0;) {
    if (view.words[k] != "\u0627\u0645\u0627" && view.words[k] != "\u0648\u0627\u0645\u0627") {
      continue;
    }
    for (uint32_t i = k + 1; i < c && i <= k + 2; ++i) {
      const int e = finder.BareEntityAt(view, i);
      if (e >= 0) return e;
    }
    return -1;
  }
  return -1;
}

// X، فقد دعا …: the actor ending right before the comma (and فقد) in front of the verb `c`,
// the first of a chain of adjacent names (وزير خارجية بريطاني بوريس جونسون), or -1.
int TopicBeforeComma(const ArgumentFinder& finder, const SentenceView& view, uint32_t c) {
  uint32_t i = c;
  while (i > 0 && (view.words[i - 1].empty() || view.words[i - 1] == "\u0641\u0642\u062F")) --i;
  if (i == 0 || i == c || view.entity_at[i - 1] < 0) return -1;
  int topic = view.entity_at[i - 1];
  while (view.entities[topic].first > 0 && view.entity_at[view.entities[topic].first - 1] >= 0 &&
         view.entity_at[view.entities[topic].first - 1] != topic) {
    topic = view.entity_at[view.entities[topic].first - 1];
  }
  return finder.BareEntityAt(view, view.entities[topic].first) >= 0 ? topic : -1;
}

}  // namespace

int AttackOwner(const SentenceView& view, const MarkerLexicon& markers, uint32_t cue) {
  std::string_view noun = view.words[cue];
  // بهجوم، لغارات: the noun may carry a preposition of its own.
  if (noun.starts_with("\u0628") || noun.starts_with("\u0644")) noun.remove_prefix(2);
  if (!markers.Is(Marker::kOwnedAttack, view.words[cue]) &&
      !markers.Is(Marker::kOwnedAttack, noun)) {
    return -1;
  }
  for (uint32_t i = cue + 1; i < view.words.size() && i <= cue + 2; ++i) {
    if (view.closes_phrase[i - 1]) return -1;
    const int e = view.EntityStartingAt(i);
    if (e < 0) {
      // قصف مدفعي للحوثيين، غارات جوية للتحالف: a relative adjective may stand between; not a
      // word that governs the ل itself (غارات مساندة للمقاومة).
      const std::string_view word = view.words[i];
      const bool relative_adjective = word.ends_with("\u064A") || word.ends_with("\u064A\u0647");
      if (i > cue + 1 || view.entity_at[i] >= 0 || !relative_adjective) return -1;
      continue;
    }
    const EntityInSentence& entity = view.entities[e];
    if (entity.clitic == "\u0644" || entity.clitic == "\u0644\u0644") {
      return entity.actor.empty() ? -1 : e;
    }
    // هجوم انتحاري لـ: a one-word role noun right after the attack noun may be its adjective.
    if (i > cue + 1 || !entity.clitic.empty() || entity.end != i + 1) return -1;
  }
  return -1;
}

int ArgumentFinder::RelativeAntecedent(const SentenceView& view, uint32_t cue) const {
  // تنظيم الدولة الذي سيطر على …: the actor before the relative pronoun does the act, also
  // when it is the genitive of a prepositional phrase (في مواجهة تنظيم الدولة الذي …).
  if (cue < 2 || !markers_->Is(Marker::kRelative, view.words[cue - 1])) return -1;
  int e = view.entity_at[cue - 2];
  if (e < 0) return -1;
  // وزير الخارجية الروسي سيرغي لافروف الذي: the first of adjacent names is the head.
  while (view.entities[e].first > 0) {
    const int before = view.entity_at[view.entities[e].first - 1];
    if (before < 0 || before == e) break;
    e = before;
  }
  return e;
}

Arguments ArgumentFinder::Find(const SentenceView& view, const CueMatch& cue,
                               const CuePattern& pattern) const {
  Arguments args;
  const uint32_t c = cue.token;
  if (view.entity_at[c] >= 0) {
    // The cue word itself is inside an entity name: not an act.
    args.source = -1;
  }
  const bool pronoun_subject = c > 0 && IsPronounClauseOpener(view.words[c - 1]);
  const bool with_ba = cue.noun && !cue.complement && view.words[c].starts_with("\u0628");
  if (pronoun_subject) {
    // أكد أنه سيزور …: the subject is the pronoun; the coder resolves it to the speaker.
  } else if (with_ba && SourceBefore(view, c, kNearSubjectReach) >= 0) {
    // قيام X بإنشاء …، X يقوم بقصف …: the actor is before, what follows is the object.
    args.source = SourceBefore(view, c, kNearSubjectReach);
  } else if (cue.noun) {
    // Verbal noun: its genitive or adjective follows (انضمام روسيا، رفض روسي).
    for (uint32_t i = c + 1; i < view.words.size() && i <= c + 2; ++i) {
      // Right after the noun its own proclitic (بانضمام روسيا) does not hide the genitive.
      const int next = view.EntityStartingAt(i);
      const bool genitive = i == c + 1 && next >= 0 && view.entities[next].clitic.empty();
      const int e = genitive ? next : BareEntityAt(view, i);
      // زيارة موسكو: a place after a noun of going is where the act goes, not who does it.
      if (e >= 0 && view.entities[e].place && TakesTargetBy(pattern, "place")) break;
      if (e >= 0) {
        args.source = e;
        break;
      }
      if (view.closes_phrase[i]) break;
    }
    if (args.source < 0) args.source = AttackOwner(view, *markers_, c);
    // A noun predicated of an actor just before it: أن تكون إيران وروسيا جزءا من تحالف;
    // خبراء روس في العراق للتنسيق مع … . Not the complement of a verb (رحب بانضمام روسيا).
    if (args.source < 0 && !cue.complement) {
      args.source = SourceBefore(view, c, kNearSubjectReach);
    }
    // للتنسيق: a purpose noun, its ل a proclitic (not لقاء).
    const bool purpose = view.prepositional[c] && view.words[c].starts_with("\u0644");
    if (args.source < 0 && !cue.complement && purpose) {
      args.source = PurposeHolder(view, c);
    }
  } else {
    // أما X … فـ+verb; X، فقد دعا: a topic before the verb is its subject.
    const bool topic_verb = view.words[c].compare(0, 2, "\u0641") == 0 ||
                            (c > 0 && view.words[c - 1] == "\u0641\u0642\u062F");
    // قتل جندي عندما فتح مقاتلون النار: a verb right after a subordinator has its own subject
    // when one follows it; without one it is the subject of the clause before (فجرت إثيوبيا
    // الخلاف عندما طلبت …).
    const bool subordinate = c > 0 && markers_->Is(Marker::kOtherClause, view.words[c - 1]);
    if (subordinate && !CarriesPluralSubject(view.words[c])) {
      args.source = SourceAfter(view, c, kVerbSubjectReach);
    }
    // قرية تسيطر عليها القوات الكردية: the actor right after a preposition fronted with its
    // pronoun is the subject.
    if (args.source < 0 && c + 2 < view.words.size() &&
        markers_->Is(Marker::kFronted, view.words[c + 1]) && !CarriesPluralSubject(view.words[c])) {
      const int e = view.EntityStartingAt(c + 2);
      if (e >= 0 && view.entities[e].clitic.empty()) args.source = e;
    }
    if (args.source < 0) args.source = RelativeAntecedent(view, c);
    if (args.source < 0) args.source = SourceBefore(view, c, kNearSubjectReach);
    if (args.source < 0 && topic_verb) {
      args.source = AmmaTopic(*this, view, c);
      if (args.source < 0) args.source = TopicBeforeComma(*this, view, c);
    }
    if (args.source < 0 && !CarriesPluralSubject(view.words[c])) {
      args.source = SourceAfter(view, c, kVerbSubjectReach);
    }
    if (args.source < 0) {
      uint32_t reach = topic_verb ? 2 * kFarSubjectReach : kFarSubjectReach;
      // استنكار الحكومة لقيام مجموعة من المتظاهرين بالتجمع: the doer of a ب-act is the
      // genitive of the light noun before it, not an actor before that noun.
      if (view.words[c].starts_with("\u0628")) {
        for (uint32_t k = 1; k <= reach && k <= c; ++k) {
          if (markers_->Is(Marker::kLightNoun, view.words[c - k])) {
            reach = k - 1;
            break;
          }
        }
      }
      args.source = SourceBefore(view, c, reach);
    }
  }
  uint32_t from = c + 1;
  const CuePattern* frame = &pattern;
  CuePattern with_object;
  constexpr int kFirstMaterialConflictRoot = 14;
  if (with_ba && std::stoi(pattern.code.substr(0, 2)) >= kFirstMaterialConflictRoot) {
    // X يقوم بقصف Y: the noun's object is its victim (not so for بإنشاء مركز).
    with_object = pattern;
    with_object.target_by.push_back("obj");
    frame = &with_object;
  }
  if (args.source >= 0 && view.entities[args.source].first > c) {
    from = view.entities[args.source].end;
    // وزير الخارجية الروسي سيرغي لافروف: a name in apposition is the subject again.
    const std::string& subject = view.entities[args.source].actor;
    for (int e = view.EntityStartingAt(from); e >= 0; e = view.EntityStartingAt(from)) {
      const EntityInSentence& next = view.entities[e];
      const bool apposed = next.clitic.empty() && subject.size() >= 3 &&
                           next.actor.compare(0, 3, subject, 0, 3) == 0;
      if (!apposed) break;
      from = next.end;
    }
  }
  if (cue.next_token > c && !pattern.next.empty()) {
    // Targets may also sit between the cue and its required word (دعت التحالف إلى الانضمام).
    from = std::min(from, cue.next_token);
  }
  int target = FindTarget(view, from, *frame, args.source, cue.clause_end, &args.clause_start);
  if (target < 0 && cue.next_token > from) {
    target = FindTarget(view, cue.next_token + 1, *frame, args.source, cue.clause_end,
                        &args.clause_start);
  }
  if (target >= 0) args.targets = Coordinated(view, target);
  if (args.clause_start == 0) {
    // A reported clause may open right after the subject (قال X إن …).
    for (uint32_t i = from; i < view.words.size() && i < from + kTargetReach; ++i) {
      if (markers_->IsClauseOpener(view.words[i]) && view.entity_at[i] < 0) {
        args.clause_start = i + 1;
        break;
      }
    }
  }
  return args;
}

}  // namespace marsad::events
