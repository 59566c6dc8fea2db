// MarkerLexicon holds the function words and phrases the coder reads around a cue
// (data/lexicon/events_markers.tsv): negators (لم، لن، عدم), conditions (في حال، إذا),
// announced intentions (تعتزم، سوف), rumour and allegation words (ما يشاع، زعم), the
// continuation phrases that carry the previous actor (من جهته), clause openers (أن، إن) and
// prepositions, and the words saying that a named act took place (وقع الهجوم، اندلعت
// مظاهرات). Each marker has the number of tokens before a cue it reaches.
#ifndef MARSAD_EVENTS_MARKER_LEXICON_H_
#define MARSAD_EVENTS_MARKER_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/key_filter.h"
#include "core/key_index.h"
#include "core/status.h"

namespace marsad::events {

enum class Marker : uint8_t {
  kNegation,
  kHypothetical,
  kIntended,
  kReported,
  kCarry,        // من جهته: the previous sentence's actor acts again
  kClause,       // أن، إن: opens a reported clause
  kPreposition,  // في، على، إلى ...: a following actor is not a subject
  kOccurred,  // وقع، أسفر عن، اندلعت، احتجاجا: a named act (هجوم، مظاهرة) took place
  kCondition,  // في حال، بشروط: after an act (within reach words) it makes it hypothetical
  kMaybe,  // قد: hypothetical before a present-tense verb (قد تنضم), not a past one (قد أكد)
  kInclusive,  // وكذلك، ومن ضمنها، بما فيها: the list of actors goes on after a comma
  kAppeal,  // يجب، ينبغي، لا بد: a statement whose content asks for an act (CAMEO 02)
  kDenial,  // لا يعلم، لم نتلق، لا وجود: a statement that denies (CAMEO 016)
  kCount,   // مائة، عشرات: a number right before an act noun makes it a statistic
  kPast,    // منذ، عام 2005: the act it dates belongs to an earlier time (background)
  kUpcoming,  // مرتقب، المقبل: right after an act noun it makes the act intended
  kVerbal,  // قائلا، لاذعا: after an attack verb (within reach words) the attack is in words
  kRelative,  // الذي، التي: the actor before it does the act of the verb after it
  kQuestion,  // سؤال حول: the act nouns after it (within reach) are asked about, not done
  kPurpose,  // تمهيدا ل، بهدف: the act nouns after it (within reach) are aims, not acts
  kMilitary,  // عسكري، غارات: after an appeal, offer, refusal or aid (within reach) it is military
  kTalks,  // حوار، مفاوضات: after an appeal (within reach) it asks for talks (CAMEO 026)
  kReceive,  // تلقى، استلم: the act noun after it (within reach) was addressed to its subject
  kKnown,  // هذا، تلك: an act noun right after it is one already reported, not a new act
  kAny,    // أي: an act noun right after it is any act, not one that happened
  kCounterpart,  // نظيره: the actor after it has the role of the actor it is the peer of
  kRecall,  // وهو ما، الأمر الذي: a denial right after it denies the acts before it
  kAddressee,  // مطالبين، مناهضين: after a protest, the actor right after it is the target
  kAgent,  // على يد، على أيدي: after an assault (within reach) it names who did it
  kTally,  // حتى الآن: the acts of the sentence are a running total, not a new act
  kOnset,  // تجددت، تواصلت: right before a definite act noun it reports a new round of it
  kPermit,  // صدور، الحصول على: an approval noun after it (within reach) is a permit, not CAMEO 03
  kAccepted,  // مقترح، طلب، خطة: what an acceptance or offer "على" (within reach) must name
  kOwnDenial,  // لم: opening a reported clause after the speaker's side, it denies an act
  kPolicy,  // الوقوف إلى جانب، تأييد: after an appeal or offer (within reach) it is diplomatic
  kInterrogative,  // هل، لماذا: a question before a ؟ starts at it
  kEconomic,  // اقتصادي، تجارة، النفط: after an appeal or offer (within reach) it is economic
  kCalm,  // هدنة، وقف، انسحاب: after an appeal (within reach) it asks for de-escalation (0256)
  kCooperation,  // التعاون، التنسيق: after a statement and هذا, a known act of cooperation
  kAnnounce,  // أعلن، أكد: a result noun after it (within reach) reports an act that took place
  kResult,  // مقتل، إصابة: announced, it and the act nouns after it (within reach) took place
  kPartitive,  // أحد، مجموعة: before من it counts the actor after من (أحد عناصر الشرطة)
  kAim,  // استهدف، باتجاه: after an assault (within reach) the actor named next is its target
  kSubjected,  // تعرض، يتعرضون: "was subjected to" (not عرض "offer") when a ل/إلى phrase follows
  kSubjectedTo,  // إلى: besides a ل-word, what opens the phrase after تعرض (تعرض إلى الضرب)
  kFaced,  // واجه، يواجه: its object, an act noun right after it or its subject's name, is one the
           // subject underwent (واجه مجلس الأمن انتقادات، يواجه اتهامات)
  kMonth,    // مارس، آذار: a month name, which with a day opens a dated line of a timeline
  kPerfect,  // تعرض، تجمع: past verbs spelled like a present, so قد before them is "has"
  kAgo,  // قبل ثمانية أشهر: within reach on either side of an act it dates it months or years ago
  kLightNoun,  // قيام، لقيام: its genitive, not an actor before it, does the ب-act after it
  kLiteral,  // وكالة أنباء: a fixed phrase whose words are no markers there (أنباء, rumours)
  kBetween,  // بين: right after the talks an offer names, they are talks between others
  kSetting,  // في، من، بين: a preposition of place or origin; the actor after it is no target
  kOutcome,  // أسفر، أدى: after an act, a result noun (within reach) tells what the act did
  kClaim,  // تبناه، أعلن مسؤوليته عنه: after an attack (within reach) the actor next did it
  kOtherClause,  // منذ، بعدما: a date within reach after it dates another act or a span's start
  kNature,  // الأمطار، السيول: within reach of a road cut or closed, nature did it, not protesters
  kAmong,  // بينهم، منهم: after a count of victims, a count of some of them follows (عشرة بينهم
           // ثلاثة)
  kProtesters,  // المتظاهرون، محتجون: as the doers of a clash or an attack, they riot (CAMEO 145)
  kOwnedAttack,  // هجوم، غارات: an attack noun whose ل-genitive right after it (or after its
                 // adjective) is its doer (هجوم انتحاري لمتمردي حزب العمال، غارات لطائرات التحالف)
  kFronted,  // عليها، فيه: right after a verb, a fronted preposition with a pronoun; the actor
             // after it is the verb's subject (قرية تسيطر عليها القوات الكردية)
};

struct MarkerPhrase {
  Marker marker;
  int reach = 0;                   // tokens before the cue it affects; 0: the whole sentence
  std::vector<std::string> words;  // folded
};

struct MarkerHit {
  Marker marker;
  int reach = 0;
  uint32_t first_token = 0;  // token index of the phrase's first word
  uint32_t end_token = 0;    // one past its last word

  // Whether the phrase ends within its reach before word `token` (reach 0: anywhere before it).
  bool EndsWithinReachBefore(uint32_t token) const {
    return end_token <= token && (reach == 0 || token - end_token < static_cast<uint32_t>(reach));
  }
  // Whether the phrase starts within its reach after word `token` (reach 0: anywhere after it).
  bool StartsWithinReachAfter(uint32_t token) const {
    return first_token > token &&
           (reach == 0 || first_token - token <= static_cast<uint32_t>(reach));
  }
  // Whether the phrase lies within its reach of word `token`, before or after it.
  bool WithinReachOf(uint32_t token) const {
    return EndsWithinReachBefore(token) || StartsWithinReachAfter(token);
  }
};

// Whether a `marker` phrase lies within its reach of word `token`, on either side.
inline bool MarkerNear(const std::vector<MarkerHit>& hits, Marker marker, uint32_t token) {
  for (const MarkerHit& h : hits) {
    if (h.marker == marker && h.WithinReachOf(token)) return true;
  }
  return false;
}

// Whether a `marker` phrase ends within its reach before word `token`.
inline bool MarkerBefore(const std::vector<MarkerHit>& hits, Marker marker, uint32_t token) {
  for (const MarkerHit& h : hits) {
    if (h.marker == marker && h.EndsWithinReachBefore(token)) return true;
  }
  return false;
}

class MarkerLexicon {
 public:
  // Reads data_dir/lexicon/events_markers.tsv.
  static Expected<MarkerLexicon> Load(const std::string& data_dir);
  static Expected<MarkerLexicon> Parse(std::string_view text, const std::string& name);

  // The markers found in the folded tokens [0, words.size()) of one sentence; indices are
  // offset by `base`. A marker inside a `literal` phrase is none (the أنباء of وكالة أنباء,
  // a news agency, is no rumour); literal phrases themselves are not returned.
  std::vector<MarkerHit> Find(const std::vector<std::string>& words, uint32_t base) const;

  // Whether the folded word (or its bare form) is a preposition.
  bool IsPreposition(std::string_view folded) const;
  bool IsClauseOpener(std::string_view folded) const;
  // Whether the folded word is a number: it starts with a digit (folding writes ١٢ as 12) or is
  // a count word (عشرات، مئات).
  bool IsCount(std::string_view folded) const;
  // Whether the folded word (or it without و/ف) is a one-word marker of that kind.
  bool Is(Marker marker, std::string_view folded) const;
  // Whether a one-word `marker` phrase is the stem of a word in words[from, from + reach),
  // reach being the phrase's (للتحالف، عسكرية), or a longer one starts there, each word the
  // stem of one in a row (بوقف إطلاق النار): the distance from `from` of the nearest, or -1.
  int NearestStem(Marker marker, const std::vector<std::string>& words, uint32_t from) const;
  // The same, keeping in `bare` the bare forms of `words` (BareForm) found so far, a null view
  // for a word not read yet: a caller asking for several markers over the same words passes
  // the same `bare` to each, and each word's bare form is found once.
  int NearestStem(Marker marker, const std::vector<std::string>& words, uint32_t from,
                  std::vector<std::string_view>* bare) const;
  // The number of words of the longest `marker` phrase starting at words[i]; 0 when none.
  uint32_t LengthAt(Marker marker, const std::vector<std::string>& words, uint32_t i) const;

 private:
  // Removes from `hits` the literal phrases and every hit inside one.
  static void DropLiteralHits(std::vector<MarkerHit>* hits);

  // The indices of the phrases whose first word is `word`; nullptr when none. Most words of a
  // sentence start no phrase and are answered by the filter.
  const std::vector<uint32_t>* StartingWith(std::string_view word) const;
  // The phrases StartingWith `word`, then those starting with `word` without a leading و/ف
  // (nullptr where none, and for the second where the word has no such conjunction): a
  // phrase's first word is found either way (والاشتباكات، اشتباكات).
  std::array<const std::vector<uint32_t>*, 2> StartingWithOrWithoutConjunction(
      std::string_view word) const;

  std::vector<MarkerPhrase> phrases_;
  // Marker → indices of its phrases, in file order: NearestStem reads one marker's phrases only.
  std::vector<std::vector<uint32_t>> by_marker_;
  // Each first word (folded, without conjunction) with the indices of the phrases starting
  // with it; found by one hash of the word: the filter, then the index, then the bytes.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> first_words_;
  KeyIndex first_word_index_;  // hash of a first word → index into first_words_
  KeyFilter first_word_filter_;
};

// Whether a preposition stands one or two words before `token` (خلال المحادثات، في جميع
// المحادثات).
bool AfterPreposition(const MarkerLexicon& markers, const std::vector<std::string>& words,
                      uint32_t token);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_MARKER_LEXICON_H_
