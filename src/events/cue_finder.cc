#include "events/cue_finder.h"

#include <algorithm>
#include <span>
#include <string_view>

#include "events/cue_traits.h"
#include "events/match_form.h"

namespace marsad::events {
namespace {

// Whether `word`, whose bare form is `bare`, is `stem` with proclitics in front and perhaps a
// suffix (استعداده).
bool StartsWithStem(std::string_view word, std::string_view bare, std::string_view stem) {
  return word == stem || bare.starts_with(stem);
}

// The partitive preposition من (عدد من المتظاهرين), folded.
constexpr std::string_view kPartitive = "\u0645\u0646";

// Whether `word` is the required following word `next`; a `next` written !stem must be
// without the article (مئات المتظاهرين but not المتظاهرون), or with it after the partitive من
// that `previous` may be: a part of a crowd is as new as the crowd (عدد من المتظاهرين).
// `bare` is the bare form of `word`.
bool IsRequiredWord(std::string_view previous, std::string_view word, std::string_view bare,
                    std::string_view next) {
  if (!next.empty() && next.front() == '!') {
    return StartsWithStem(word, bare, next.substr(1)) &&
           (!IsDefinite(word) || previous == kPartitive);
  }
  return StartsWithStem(word, bare, next);
}

// CAMEO roots from here on are material conflict (protest, force, assault, fighting).
constexpr int kFirstMaterialConflictRoot = 14;
constexpr int kProtestRoot = 14;

// CAMEO roots of assault, fighting and mass violence (from kFirstAssaultRoot): a form of their
// cues with an object pronoun (خطفوها) tells what was done to a victim the text has already named.
constexpr int kLastAssaultRoot = 20;

bool IsAssaultRoot(int root) { return root >= kFirstAssaultRoot && root <= kLastAssaultRoot; }

// How far after a cue its required following word may be: past a time, a place and a count
// word (خرج امس في الضفة الغربية آلاف المتظاهرين، شن الجيش امس على مواقع المسلحين غارات). On
// the protest and assault gold (both halves) 5 and 6 words find the same sentences; 4 or fewer
// lose crowds told after a place, 8 or more start pairing a cue with the words of the next
// clause (a traffic jam's مئات, a criticism's هجوم).
constexpr uint32_t kNextWindow = 6;

// How far before a ب-noun its light verb may be (قام عدد من جنود المارينز بقتل; قامت امرأة
// بلجيكية اعتنقت الاسلام ومتزوجة من مغربي بتفجير نفسها). On the assault gold 9 words find one
// more act than 6 in one half and lose nothing in either.
constexpr uint32_t kLightVerbReach = 9;

// How far before an assault cue a word of condemning, accusing or commemorating may be (أدان
// الحزب الديمقراطي التقدمي التونسي المعارض أمس عملية خطف; اتهم نائب وزير الدفاع الصومالي صلاد
// علي جيلي جماعة مرتبطة بتنظيم القاعدة بمحاولة اغتيال). On the assault gold 11 to 13 words drop
// three background acts more than 9 (one in one half, two in the other) and lose nothing; 15
// starts losing news told after an accusation.
constexpr uint32_t kBackgroundReach = 12;

// How far before a cue its كان and after it its قد may be in the pluperfect (وكان متظاهرون
// غاضبون قد تجمعوا، وكانت مظاهرات اخرى قد انطلقت).
constexpr uint32_t kPluperfectReach = 4;

// How many auxiliaries may stand between a relative pronoun and its verb (التي كانت قد خطفت).
constexpr uint32_t kMostAuxiliaries = 2;

// Whether folded `word` starts with the preposition ب (بخطف، وبتفجير).
bool StartsWithBa(std::string_view word) {
  return WithoutConjunction(word, 0).starts_with("\u0628");
}

// How far apart two verbal nouns joined by و may be (في قتل الأبرياء، وخطف الطائرات).
constexpr uint32_t kCoordinationReach = 3;

// Whether folded `word` starts with the conjunction و.
bool StartsWithWaw(std::string_view word) { return word.substr(0, 2) == "\u0648"; }

}  // namespace

// Whether the cue at `i`, written with و, is joined to verbal nouns: a form read as a noun by
// its context a few words before (في قتل الأبرياء، وخطف الطائرات), the verbal noun of a verb
// cue right before (حالات تعذيب وقتل), or a cue noun with و following within reach (وقتل
// واغتصاب وتعذيب). `noun_read_at` is where the last form read as a noun by its context was
// (kNone for none); `found` are the cues found so far.
bool CueFinder::CoordinatedWithNoun(const std::vector<std::string>& words,
                                    const std::vector<CueMatch>& found, uint32_t noun_read_at,
                                    uint32_t i) const {
  if (!StartsWithWaw(words[i])) return false;
  if (noun_read_at != kNone && noun_read_at + kCoordinationReach >= i) return true;
  if (!found.empty() && found.back().noun && found.back().token + 1 == i &&
      !lexicon_->patterns()[found.back().pattern].nominal_only) {
    return true;
  }
  const uint32_t end = std::min<uint32_t>(words.size(), i + 1 + kCoordinationReach);
  for (uint32_t k = i + 1; k < end; ++k) {
    if (!StartsWithWaw(words[k])) continue;
    const std::vector<CueForm>* forms = lexicon_->Find(words[k]);
    if (forms == nullptr) continue;
    for (const CueForm& form : *forms) {
      if (form.noun && !form.ambiguous) return true;
    }
  }
  return false;
}

bool CueFinder::AfterRelativePronoun(const std::vector<std::string>& words, uint32_t i) const {
  uint32_t k = i;
  for (uint32_t skipped = 0; k > 0 && skipped <= kMostAuxiliaries; ++skipped) {
    if (lexicon_->IsContext(CueContext::kRelative, words[k - 1])) return true;
    // التي لم تنفجر: a negation inside the clause still recalls a known thing.
    if (!lexicon_->IsContext(CueContext::kAuxiliary, words[k - 1]) &&
        !lexicon_->IsContext(CueContext::kVerbal, words[k - 1]) &&
        !lexicon_->IsContext(CueContext::kNegation, words[k - 1])) {
      return false;
    }
    --k;
  }
  return false;
}

bool CueFinder::ResultInRelativeClause(const std::vector<std::string>& words, uint32_t i) const {
  uint32_t k = i;
  // The preposition after the verb (عن، إلى) is a result word too; لمقتل carries its own.
  if (k > 1 && lexicon_->IsContext(CueContext::kResult, words[k - 1]) &&
      lexicon_->IsContext(CueContext::kResult, words[k - 2])) {
    --k;
  }
  if (k == 0 || !lexicon_->IsContext(CueContext::kResult, words[k - 1])) return false;
  return AfterRelativePronoun(words, k - 1);
}

bool CueFinder::ResultOfBackgroundAct(const std::vector<std::string>& words,
                                      const std::vector<bool>& background,
                                      const std::vector<bool>& cue_at, uint32_t i) const {
  if (i == 0 || !lexicon_->IsContext(CueContext::kResult, words[i - 1])) return false;
  for (uint32_t k = i - 1; k > 0; --k) {
    if (background[k - 1]) return true;
    if (cue_at[k - 1]) return false;
  }
  return false;
}

bool CueFinder::AfterBackgroundWord(const std::vector<std::string>& words,
                                    const std::vector<bool>& background,
                                    const std::vector<bool>& act_at, uint32_t i) const {
  for (uint32_t k = i; k > 0 && k + kBackgroundReach > i; --k) {
    // ذكرى اغتياله بتفجير استهدف موكبه: an assault named as background carries on to the next.
    if (background[k - 1] || lexicon_->IsContext(CueContext::kBackground, words[k - 1]))
      return true;
    // أدان الهجوم وقال إن مسلحين قتلوا: another cue opens another act; a cue form that is no
    // cue where it stands does not (يرفض بالقطع قتل أبرياء: بالقطع, "categorically"), nor does
    // an office (اتهم وزير الدفاع جماعة بمحاولة اغتيال).
    if (act_at[k - 1]) return false;
  }
  return false;
}

bool CueFinder::Anaphoric(const std::vector<std::string>& words, const CueForm& form,
                          uint32_t i) const {
  // Before the cue only a definite noun: إلى ذلك قتلت is "besides, … killed". After it only a
  // form that may be a verbal noun, whose object the demonstrative opens: after a verb it opens
  // the subject (ارتكبت هذه الميليشيا المجزرة).
  return (i > 0 && IsDefinite(words[i]) &&
          lexicon_->IsContext(CueContext::kDemonstrative, words[i - 1])) ||
         ((form.noun || form.ambiguous) && i + 1 < words.size() &&
          lexicon_->IsContext(CueContext::kDemonstrative, words[i + 1]));
}

bool CueFinder::TollOfToldAct(const std::vector<std::string>& words, uint32_t i) const {
  const uint32_t end = std::min<uint32_t>(words.size(), i + 1 + kNextWindow);
  for (uint32_t k = i + 1; k + 1 < end; ++k) {
    if (words[k].empty()) return false;  // the clause ends
    if (!lexicon_->IsContext(CueContext::kDemonstrative, words[k]) || !IsDefinite(words[k + 1])) {
      continue;
    }
    const std::vector<CueForm>* forms = lexicon_->Find(words[k + 1]);
    if (forms == nullptr) return false;
    return std::any_of(forms->begin(), forms->end(), [&](const CueForm& form) {
      return form.noun && IsAssaultRoot(CameoRoot(lexicon_->patterns()[form.pattern].code));
    });
  }
  return false;
}

uint32_t CueFinder::RequiredWordAt(const std::vector<std::string>& words, const CuePattern& pattern,
                                   uint32_t from, uint32_t to,
                                   std::vector<std::string_view>* bare) {
  if (bare->empty()) bare->resize(words.size());
  for (uint32_t k = from; k < to; ++k) {
    // A bare form found is a view into its word, never null.
    std::string_view& bare_word = (*bare)[k];
    if (bare_word.data() == nullptr) bare_word = BareForm(words[k]);
    const std::string_view previous = k > 0 ? words[k - 1] : std::string_view();
    for (const std::string& stem : pattern.next) {
      if (IsRequiredWord(previous, words[k], bare_word, stem)) return k;
    }
  }
  return kNone;
}

uint32_t CueFinder::LightVerbBefore(const std::vector<std::string>& words, uint32_t i) const {
  for (uint32_t k = i; k > 0 && k + kLightVerbReach > i; --k) {
    if (lexicon_->IsContext(CueContext::kVerbal, words[k - 1])) return k - 1;
  }
  return kNone;
}

bool CueFinder::Pluperfect(const std::vector<std::string>& words, uint32_t i) const {
  for (uint32_t k = i; k > 0 && k + kPluperfectReach > i; --k) {
    if (words[k - 1].empty()) return false;  // the clause starts
    if (!lexicon_->IsContext(CueContext::kPastAuxiliary, words[k - 1])) continue;
    const uint32_t end = std::min<uint32_t>(words.size(), i + 1 + kPluperfectReach);
    for (uint32_t p = k; p < end && !words[p].empty(); ++p) {
      if (lexicon_->IsContext(CueContext::kPerfect, words[p])) return true;
    }
    return false;
  }
  return false;
}

std::vector<CueMatch> CueFinder::Find(const std::vector<std::string>& words) const {
  std::vector<CueMatch> matches;
  const auto& patterns = lexicon_->patterns();
  std::vector<bool> consumed(words.size(), false);    // words that completed an earlier cue
  std::vector<bool> background(words.size(), false);  // assault cues read as background
  std::vector<bool> cue_at(words.size(), false);      // where the cues of `matches` stand
  // Where the cues that open another act stand: not the nouns below material conflict, which
  // name an office or a field (وزير الدفاع، دعم) as often as an act.
  std::vector<bool> act_at(words.size(), false);
  uint32_t noun_read_at = kNone;  // the last verb-or-noun form read as a noun (جرائم قتل)
  std::vector<std::string_view> bare;  // the words' bare forms, as RequiredWordAt reads them
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (consumed[i]) continue;
    const std::vector<CueForm>* forms = lexicon_->Find(words[i]);
    if (forms == nullptr) continue;
    const std::span<const std::string> sentence(words);
    if (lexicon_->ExcludedBefore(words[i], sentence.subspan(i + 1))) continue;
    // قتل after في or جرائم is the verbal noun "killing", not the verb "killed"; so is وقتل
    // in a list of such nouns (التعذيب وقتل المدنيين، وقتل واغتصاب وتعذيب).
    const bool nominal_context =
        (i > 0 && lexicon_->IsContext(CueContext::kNominal, words[i - 1])) ||
        CoordinatedWithNoun(words, matches, noun_read_at, i);
    const bool relative_clause = AfterRelativePronoun(words, i);
    const CueForm* best = nullptr;
    uint32_t best_next = i;
    // يقتلون الأبرياء: the plain present of an act that needs a negation before it is generic.
    const bool negated = i > 0 && lexicon_->IsContext(CueContext::kNegation, words[i - 1]);
    const uint32_t light_verb_at = StartsWithBa(words[i]) ? LightVerbBefore(words, i) : kNone;
    for (const CueForm& form : *forms) {
      const CuePattern& pattern = patterns[form.pattern];
      if (form.present && pattern.present_after_negation_only && !negated) continue;
      if (pattern.next.empty()) {
        if (best == nullptr) best = &form;
        continue;
      }
      const uint32_t end = std::min<uint32_t>(words.size(), i + 1 + kNextWindow);
      uint32_t found_at = RequiredWordAt(words, pattern, i + 1, end, &bare);
      // قام عدد من المتظاهرين بالتجمع: the act a light verb makes of a ب-noun may have its
      // required word between the two.
      if (found_at == kNone && form.noun && light_verb_at != kNone &&
          RequiredWordAt(words, pattern, light_verb_at + 1, i, &bare) != kNone) {
        found_at = i;
      }
      if (found_at == kNone) continue;
      if (best == nullptr || patterns[best->pattern].next.empty() || found_at < best_next) {
        best = &form;
        best_next = found_at;
      }
    }
    if (best != nullptr && best_next != i) {
      // شن هجوما حادا، نظم تظاهرة ثقافية: the word the cue needs is not that act where it
      // stands, so neither is the cue.
      if (lexicon_->ExcludedBefore(words[best_next], sentence.subspan(best_next + 1))) continue;
      consumed[best_next] = true;
    }
    // الذين قاموا بتفجير: a ب-noun right after a light verb is read as the verb; a form read as
    // a noun (من قتل المدنيين: من is "from" there, not "who") opens no clause.
    const bool read_as_verb =
        best != nullptr && !best->noun && !(best->ambiguous && nominal_context);
    if (best != nullptr && relative_clause &&
        (read_as_verb ||
         (StartsWithBa(words[i]) && lexicon_->IsContext(CueContext::kVerbal, words[i - 1]))) &&
        CameoRoot(patterns[best->pattern].code) >= kFirstMaterialConflictRoot) {
      // الهجمات التي شنتها القوات: a known act the clause only recalls; so are the cue nouns
      // that tell how it was done (الذين قاموا بتفجير سيارة مفخخة).
      background[i] = true;
      continue;
    }
    if (best != nullptr && IsAssaultRoot(CameoRoot(patterns[best->pattern].code))) {
      // أدان عملية خطف السائحين، ذكرى اغتياله: the act is the known subject of a condemnation
      // or commemoration.
      if (AfterBackgroundWord(words, background, act_at, i)) {
        background[i] = true;
        continue;
      }
      // وتأتي الهجمات بعد ضربة جوية نفذها الجيش: an act that dates the news is known.
      if (best->noun && i > 0 && lexicon_->IsContext(CueContext::kTimeAnchor, words[i - 1])) {
        background[i] = true;
        continue;
      }
      // الهجوم الذي أسفر عن مقتل 15 جنديا: the toll of an act the clause recalls.
      if (best->noun && (ResultInRelativeClause(words, i) ||
                         ResultOfBackgroundAct(words, background, cue_at, i))) {
        background[i] = true;
        continue;
      }
      // مثل هذه التفجيرات، خطف هذه السفينة: a demonstrative points back to an act already told.
      if (Anaphoric(words, *best, i)) {
        background[i] = true;
        continue;
      }
      // قتلوا في هذا الهجوم: the toll of an attack already told.
      if (!best->noun && TollOfToldAct(words, i)) {
        background[i] = true;
        continue;
      }
      // سفينة خطفها القراصنة: the victim is already known; but a verb joined by و goes on
      // with the sentence's own story (أصاب صاروخ السيارة وقتلهم جميعا).
      if (best->object && !best->noun && !StartsWithWaw(words[i])) {
        background[i] = true;
        continue;
      }
    }
    // اندلعت اشتباكات بعد مظاهرة: a protest that dates other news is known too; so is one
    // told in the pluperfect (وكانت مظاهرات اخرى قد انطلقت).
    if (best != nullptr && CameoRoot(patterns[best->pattern].code) == kProtestRoot &&
        ((best->noun && i > 0 && lexicon_->IsContext(CueContext::kTimeAnchor, words[i - 1])) ||
         Pluperfect(words, i))) {
      background[i] = true;
      continue;
    }
    // اغتياله، تظاهراتنا، مسيرتهم: a noun of protest or violence owned by a pronoun is the act
    // of someone the text has already named, not news of a new one; unless the day of the
    // news follows it (اعتداءاتها أمس); even after a passive auxiliary (الفتوى تم اختطافها).
    // Not the coercion between them (اعتقاله، حصارها): an arrest is news told so too.
    if (best != nullptr && best->object && (best->noun || (best->ambiguous && nominal_context)) &&
        (CameoRoot(patterns[best->pattern].code) == kProtestRoot ||
         IsAssaultRoot(CameoRoot(patterns[best->pattern].code))) &&
        !(i + 1 < words.size() && lexicon_->IsContext(CueContext::kRecent, words[i + 1]))) {
      background[i] = true;
      continue;
    }
    if (best != nullptr) {
      bool noun = best->noun || (best->ambiguous && nominal_context);
      if (best->ambiguous && noun) noun_read_at = i;
      const bool with_ba = noun && StartsWithBa(words[i]);
      const bool after_on =
          noun && i > 0 && lexicon_->IsContext(CueContext::kLightOn, words[i - 1]);
      if (with_ba || after_on) {
        // قام مسلحون بخطف، أقدم متظاهرون على قطع الطريق، تمكن الجيش من قتل: the light verb
        // makes the noun the act. A verb taking a preposition written apart reaches no further
        // than the cue before (تمكنت الشرطة من اعتقال المتهم في قتل زوجته).
        for (uint32_t k = i; k > 0 && k + kLightVerbReach > i; --k) {
          if (after_on && !with_ba && cue_at[k - 1]) break;
          if ((with_ba && lexicon_->IsContext(CueContext::kVerbal, words[k - 1])) ||
              (after_on && lexicon_->IsContext(CueContext::kVerbalOn, words[k - 1]))) {
            noun = false;
          }
        }
      }
      matches.push_back({i, best->pattern, best_next, best->future, noun});
      cue_at[i] = true;
      act_at[i] = !noun || CameoRoot(patterns[best->pattern].code) >= kFirstMaterialConflictRoot;
    }
  }
  return matches;
}

}  // namespace marsad::events
