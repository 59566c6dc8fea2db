// Who an assault (CAMEO 18-20) was done to and by: the victim named after an assault noun or a
// count (مقتل ثلاثة أطباء), the subject of an assault verb read as a passive (ستة أشخاص قتلوا),
// the one "subjected to" an attack (تعرض الجيش لهجوم), what the attack was aimed at (استهدف،
// أطلقت الصواريخ على …), the other side of a fight (اشتبك … مع), and the doer named by an
// agent phrase (على يد) or by the attack noun after the verb (قتلوا في هجوم انتحاري). The
// event coder asks these questions of a cue; the words they look for are markers of
// data/lexicon/events_markers.tsv.
#ifndef MARSAD_EVENTS_VICTIMS_H_
#define MARSAD_EVENTS_VICTIMS_H_

#include <cstdint>
#include <vector>

#include "core/analysis.h"
#include "events/cue_finder.h"
#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/role_nouns.h"
#include "events/sentence_view.h"

namespace marsad::events {

// Words before a passive verb its subject, the victim, may end (خمسة إثيوبيين خطفوا).
inline constexpr uint32_t kVictimBeforeReach = 3;

// Whether the actor named right after an assault cue that takes a direct object is its victim:
// a name or definite noun right after a verbal noun (اغتيال الحريري، بقتل المدنيين), or a
// number after the cue (مقتل ثلاثة أطباء), which after a verb reads as a passive (قتل 150
// مدنيا، وقتل ثلاثة جنود).
bool VictimFollows(const SentenceView& view, const MarkerLexicon& markers,
                   const CuePattern& pattern, const CueMatch& cue);

// The last word a victim after the cue may start at: the next one, or the one after a number
// or a partitive word and its من (مقتل ثلاثة أطباء، مقتل اثنين من عناصر الشرطة، قتل أحد الجنود),
// past a count of some of them (إصابة عشرة بينهم ثلاثة من رجال الشرطة).
uint32_t VictimWord(const SentenceView& view, const MarkerLexicon& markers, uint32_t cue);

// One past the actor (a name or a role noun) at the VictimWord of the verb at `cue`: its
// subject, the victim when the verb is a passive (قتل أحد عناصر الشرطة وأصيب خمسة); 0 when
// there is none.
uint32_t SubjectEndAfter(const SentenceView& view, const MarkerLexicon& markers,
                         const RoleNouns& roles, uint32_t cue);

// Whether an assault verb is read as a passive: killing, abduction, assassination, torture or
// rape (CAMEO 181-186 with a direct object, not an attack 180 or a bombing 183, whose verbs are
// active without an object too: هاجموا ليلا، فجروا في السوق) with no object after it (ستة أشخاص
// قتلوا في هجوم، امرأة قتلت وأصيب ثمانية), or with only its subject and then no object (قتل
// جنديان أميركيان وأصيب تسعة). `subject_end` is one past the actor right after the verb, or 0;
// `actor_before` tells whether an actor ends right before the verb: its subject, the actor after
// it then its object (مجهولين خطفوا مصورا فرنسيا في بوساسو); `object_pronoun` whether the verb
// carries its object as a pronoun (وقتلهم), which makes it active.
bool ReadAsPassive(const SentenceView& view, const MarkerLexicon& markers,
                   const CuePattern& pattern, const CueMatch& cue, uint32_t subject_end,
                   bool actor_before, bool object_pronoun);

// ستة أشخاص قتلوا في هجوم، قتل جنديان أميركيان وأصيب تسعة: recasts the actors of the passive
// verb at `cue` (`subject_end` as for ReadAsPassive). Its subject is the victim, before the
// verb (in its own clause) or right after it, and goes first in `targets`; an actor past the
// subject is no object (none follows a passive) and is dropped; the source is cleared, since
// the doer is named by an attack or agent phrase, if at all.
void TakePassiveVictim(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                       const RoleNouns& roles, uint32_t cue, uint32_t subject_end, ActorRef* source,
                       std::vector<ActorRef>* targets);

// مقتل ثلاثة مدنيين على يد قوات التحالف، خطفوا على أيدي مسلحين: the actor named right after
// an agent phrase within its reach after the cue, a name or a role noun; an empty reference
// when there is none.
ActorRef PassiveAgent(const Analysis& a, const SentenceView& view, const RoleNouns& roles,
                      const std::vector<MarkerHit>& hits, uint32_t cue);

// اشتبك X … مع Y: the actor (a name or a role noun) right after the first مع within reach of a
// cue whose frame takes مع, before any reported clause; an empty reference when none or when
// it spans `source`.
ActorRef OpponentAfterWith(const Analysis& a, const SentenceView& view,
                           const MarkerLexicon& markers, const RoleNouns& roles,
                           const CuePattern& pattern, uint32_t cue, const Span& source);

// The assault noun that follows the assault verb at `cue` within reach, after في or with ب
// (قتل 28 متطوعا في الجيش … في هجوم انتحاري، قتلوا بانفجار): the verb is then a passive telling
// the victims of that attack. Its word, or 0 when there is none.
uint32_t AttackAfter(const CueLexicon& cues, const SentenceView& view,
                     const std::vector<CueMatch>& matches, uint32_t cue);

// غارة إسرائيلية، القصف الروسي، هجوم فلسطيني، الهجوم الانتحاري: who did the attack named by
// the noun at word `attack`, told by a relative (nisba) adjective after it, of a nationality or
// a kind of attacker: a coded entity that holds the noun or starts right after it and ends with
// such an adjective (word_shapes.h) as definite as the noun. Not قصف غزة or هجوم إسرائيل, whose
// genitive is what was hit. An empty reference when there is none.
ActorRef DoerByNationality(const Analysis& a, const SentenceView& view, uint32_t attack);

// Whether a count follows the word that ends at byte `end` within reach, before a word
// joined by و or a phrase break: the actor there is the doer of an active verb whose object
// the number counts (وقتل مهاجم انتحاري 47 شخصا).
bool CountAfterActor(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     uint32_t end);

// What an assault was aimed at when the cue names no target of its own: the first coded actor
// or role noun within a few words after an aim word (استهدف، باتجاه) within its reach after the
// cue, or after the cue's frame preposition written apart, also as the genitive of a noun or
// two (أطلقت الصواريخ على البلدات المحيطة بقطاع غزة، استهدف دورية للجيش العراقي). Stops at a
// phrase break or a reported clause; an empty reference when none.
ActorRef AimedTarget(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                     const RoleNouns& roles, const std::vector<MarkerHit>& hits,
                     const CuePattern& pattern, uint32_t cue, const Span& source);

// The تعرض "was subjected to" at the start of a hit whose ل-word or إلى follows within its
// reach (names counting as one word), before any other preposition (تعرض للضرب، تعرضت قافلته
// لهجوم، تعرض المهاجم الفنزويلي ريفاس إلى إصابة; not تعرض على الحكومة, an offer): the hit, or
// nullptr when the word at `token` is none.
const MarkerHit* SubjectedAt(const MarkerLexicon& markers, const std::vector<MarkerHit>& hits,
                             const SentenceView& view, uint32_t token);

// The word of the تعرض "was subjected to" whose ل- or إلى-phrase the act noun at `cue` lies
// within (تعرض الجيش الباكستاني لهجوم): what it names; -1 when there is none.
int SubjectedBefore(const MarkerLexicon& markers, const std::vector<MarkerHit>& hits,
                    const SentenceView& view, uint32_t cue);

// Whether a preposition of setting (or و and one) opens the phrase of the place named from word
// `first`, within reach, with no phrase break or count between (وفي جلولاء التابعة لمحافظة ديالى).
bool InPhraseOfPlace(const MarkerLexicon& markers, const SentenceView& view, uint32_t first);

// Whether `actor` is a place named in a phrase of place (في العاصمة كابل، قرب مدينة العريش).
bool PlaceNamed(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                const ActorRef& actor);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_VICTIMS_H_
