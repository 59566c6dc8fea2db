// CueFinder finds the event cues of one sentence: for each token it looks up the folded
// word in the cue lexicon, keeps the patterns whose required following words are present
// (a more specific pattern — رفض التعليق — wins over a plain one — رفض) and reports which
// cue, where, and whether the form was future (سيرفض) or nominal (الرفض). A form that is both
// verb and verbal noun (قتل) is the noun after a nominal context word (جرائم قتل، في قتل); a
// form excluded before certain words (فجر أمس, the dawn) is no cue there; a verb of material
// conflict right after a relative pronoun (السفينة التي خطفها قراصنة) recalls a known act and
// is no cue either, nor is an assault verb with an object pronoun (سفينة خطفها قراصنة، بعد
// أسابيع من خطفهم: done to a victim already named) or a few words after a word of condemning
// or commemorating (أدان عملية خطف السائحين، ذكرى اغتياله), next to a demonstrative (هذا
// الهجوم، خطف هذه السفينة), after a preposition of time (بعد ضربة جوية نفذها الجيش) or as the
// toll of a known act (الهجوم الذي أسفر عن مقتل، قتلوا في هذا الهجوم، بتهم الضلوع في الهجوم …
// وأسفر عن مقتل): an assault read as such background carries its state to the cues that go on
// telling it (الذين قاموا بتفجير سيارة مفخخة). So is a noun of protest or violence owned by a
// pronoun (اغتياله، تظاهراتنا) unless the day of the news follows it (اعتداءاتها أمس), and a
// verb after a relative pronoun and a negation (السيارات التي لم تنفجر). A ب-noun after a light
// verb (قام مسلحون بخطف), or a noun after the preposition of one (أقدم متظاهرون على قطع الطريق،
// تمكن الجيش من قتل), is read as the verb, and may have the crowd it needs between the light
// verb and itself (لقيام مجموعة من المتظاهرين بالتجمع); a form joined by و to verbal nouns around
// it (التعذيب وقتل المدنيين) is a noun too. A protest told in the pluperfect (وكانت مظاهرات قد
// انطلقت) or named after a preposition of time (قتل شاب خلال مظاهرة) is background.
#ifndef MARSAD_EVENTS_CUE_FINDER_H_
#define MARSAD_EVENTS_CUE_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/cue_lexicon.h"

namespace marsad::events {

struct CueMatch {
  uint32_t token = 0;       // index into the words passed in
  uint32_t pattern = 0;     // index into CueLexicon::patterns()
  uint32_t next_token = 0;  // where the required following word was found (= token if none)
  bool future = false;
  bool noun = false;
  // Set by the coder: the cue is the prepositional complement of the verb before it
  // (رحب العراق بانضمام روسيا), so its actor is not that verb's subject.
  bool complement = false;
  // Set by the coder: the first word of the next clause, a verb cue joined by و or ف after a
  // comma (قصفت الميليشيات أحياء في بيحان، واشتبكت المقاومة …); the cue's target lies before
  // it. No limit when there is none.
  uint32_t clause_end = UINT32_MAX;
};

class CueFinder {
 public:
  explicit CueFinder(const CueLexicon* lexicon) : lexicon_(lexicon) {}

  // `words` are the folded tokens of one sentence (match_form.h).
  std::vector<CueMatch> Find(const std::vector<std::string>& words) const;

 private:
  // Whether the form at `i`, written with و, is a verbal noun by coordination with the nouns
  // around it; `found` are the cues found before `i`, `noun_read_at` the last verb-or-noun form
  // read as a noun by its context, or kNone.
  bool CoordinatedWithNoun(const std::vector<std::string>& words,
                           const std::vector<CueMatch>& found, uint32_t noun_read_at,
                           uint32_t i) const;
  // Whether a relative pronoun opens the clause of the verb at `i`, right before it or before
  // auxiliaries and light verbs (التي خطفها، الذي كان قد فجر، الذين قاموا بتفجير).
  bool AfterRelativePronoun(const std::vector<std::string>& words, uint32_t i) const;
  // Where in [from, to) the first word `pattern` requires stands, or kNone. `bare` keeps the
  // bare forms of `words` (BareForm) found so far, a null view for a word not read yet, so
  // that each is found once per sentence however many patterns read it.
  static uint32_t RequiredWordAt(const std::vector<std::string>& words, const CuePattern& pattern,
                                 uint32_t from, uint32_t to, std::vector<std::string_view>* bare);
  // Where the nearest light verb (قام) whose ب-object is the act stands within reach before `i`,
  // or kNone.
  uint32_t LightVerbBefore(const std::vector<std::string>& words, uint32_t i) const;
  // Whether the cue noun at `i` is what a relative clause says a known act caused: a verb of
  // outcome, perhaps with its preposition, between a relative pronoun and the cue (الهجوم الذي
  // أسفر عن مقتل 15 جنديا، الحادث الذي أدى لمقتل أربعة).
  bool ResultInRelativeClause(const std::vector<std::string>& words, uint32_t i) const;
  // Whether the cue noun at `i` is what a verb of outcome right before it says an act caused
  // (وأسفر عن مقتل المئات) and the nearest cue before it, that act, was read as `background`:
  // the toll of a known act is known too. `cue_at` marks the cues found so far.
  bool ResultOfBackgroundAct(const std::vector<std::string>& words,
                             const std::vector<bool>& background, const std::vector<bool>& cue_at,
                             uint32_t i) const;
  // Whether a word of condemning, accusing, trying or commemorating, or an assault cue already
  // read as `background`, stands a few words before `i` with no other cue between (أدان الحزب
  // أمس عملية خطف; not أدان الهجوم وقال إن مسلحين قتلوا); `act_at` marks the cues found so far
  // that open another act.
  bool AfterBackgroundWord(const std::vector<std::string>& words,
                           const std::vector<bool>& background, const std::vector<bool>& act_at,
                           uint32_t i) const;
  // Whether a demonstrative stands right before the definite cue noun at `i` or right after
  // its verbal noun `form` (هذا الهجوم، خطف هذه السفينة): the act is one the text has already
  // told.
  bool Anaphoric(const std::vector<std::string>& words, const CueForm& form, uint32_t i) const;
  // Whether the clause of the cue at `i` goes on to a demonstrative and an assault noun (قتلوا
  // في هذا الهجوم): it tells the toll of an act the text has already told.
  bool TollOfToldAct(const std::vector<std::string>& words, uint32_t i) const;
  // Whether the cue at `i` is told in the pluperfect: كان a few words before it in its clause
  // and قد after that, before the cue or a few words after it (وكان متظاهرون قد تجمعوا،
  // وكانت مظاهرات اخرى قد انطلقت).
  bool Pluperfect(const std::vector<std::string>& words, uint32_t i) const;
  static constexpr uint32_t kNone = UINT32_MAX;

  const CueLexicon* lexicon_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_FINDER_H_
