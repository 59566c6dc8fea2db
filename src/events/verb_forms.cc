#include "events/verb_forms.h"

#include "events/match_form.h"

namespace marsad::events {
namespace {

constexpr std::string_view kAlef = "\u0627";
constexpr std::string_view kYa = "\u064A";
constexpr std::string_view kWaw = "\u0648";
constexpr std::string_view kTa = "\u062A";
constexpr std::string_view kTaMarbutaFolded = "\u0647";  // ة folds to ه
constexpr std::string_view kNun = "\u0646";
constexpr std::string_view kSin = "\u0633";
constexpr std::string_view kFa = "\u0641";
constexpr std::string_view kLam = "\u0644";
constexpr std::string_view kBa = "\u0628";
constexpr std::string_view kKaf = "\u0643";
constexpr std::string_view kDefinite = "\u0627\u0644";  // ال

// Object / possessive pronoun suffixes: ه ها هم هما هن ك كم نا ني.
constexpr std::string_view kPronouns[] = {
    "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646",
    "\u0643", "\u0643\u0645", "\u0646\u0627", "\u0646\u064A"};

std::string Cat(std::string_view a, std::string_view b) {
  std::string out(a);
  out.append(b);
  return out;
}

std::string Cat(std::string_view a, std::string_view b, std::string_view c) {
  std::string out(a);
  out.append(b).append(c);
  return out;
}

// Removes the last code point (all Arabic letters here are two bytes).
std::string_view DropLast(std::string_view s) {
  return s.substr(0, s.size() >= 2 ? s.size() - 2 : 0);
}

// A surface form before proclitics, and whether it ends in an object or possessive pronoun.
struct Inflected {
  std::string text;
  bool object = false;
};

// Adds `word` and its conjunction-prefixed variants (و، ف).
void AddWithConjunctions(const Inflected& word, bool future, bool noun, std::vector<WordForm>* out,
                         bool present = false) {
  for (std::string_view conjunction : {std::string_view(), kWaw, kFa}) {
    out->push_back({Cat(conjunction, word.text), future, noun, present, word.object});
  }
}

// Past-tense inflections of `past` (3ms, folded).
std::vector<Inflected> PastForms(std::string_view past) {
  std::vector<Inflected> forms;
  forms.push_back({std::string(past)});
  const bool defective_ya = past.ends_with(kYa);      // نفى (ى folded to ي)
  const bool defective_alef = past.ends_with(kAlef);  // دعا
  if (defective_ya || defective_alef) {
    const std::string_view stem = DropLast(past);
    const std::string_view glide = defective_ya ? kYa : kWaw;
    forms.push_back({Cat(stem, kTa)});                      // نفت، دعت
    forms.push_back({Cat(stem, kWaw, kAlef)});              // نفوا، دعوا
    forms.push_back({Cat(stem, glide, kAlef)});             // نفيا، دعوا (dual)
    forms.push_back({Cat(stem, kTa, kAlef)});               // نفتا
    forms.push_back({Cat(stem, glide, kTa)});               // نفيت، دعوت
    forms.push_back({Cat(stem, glide, Cat(kNun, kAlef))});  // نفينا، دعونا
    for (std::string_view pronoun : kPronouns) {
      forms.push_back({Cat(stem, kAlef, pronoun), true});  // نفاه، دعاه
      forms.push_back({Cat(stem, kTa, pronoun), true});    // نفته، دعته
    }
    return forms;
  }
  forms.push_back({Cat(past, kTa)});                 // رفضت
  forms.push_back({Cat(past, kWaw, kAlef)});         // رفضوا
  forms.push_back({Cat(past, kAlef)});               // رفضا
  forms.push_back({Cat(past, kTa, kAlef)});          // رفضتا
  forms.push_back({Cat(past, Cat(kNun, kAlef))});    // رفضنا
  forms.push_back({Cat(past, Cat(kTa, "\u0645"))});  // رفضتم
  for (std::string_view pronoun : kPronouns) {
    forms.push_back({Cat(past, pronoun), true});        // رفضه
    forms.push_back({Cat(past, kTa, pronoun), true});   // رفضته
    forms.push_back({Cat(past, kWaw, pronoun), true});  // رفضوه
  }
  return forms;
}

// Present-tense inflections from the 3ms present (ينفي), person prefix included.
std::vector<Inflected> PresentForms(std::string_view present) {
  std::vector<Inflected> forms;
  if (present.size() < 4 || present.substr(0, 2) != kYa) return forms;
  const std::string_view stem = present.substr(2);
  const bool defective = stem.ends_with(kYa) || stem.ends_with(kWaw) || stem.ends_with(kAlef);
  std::vector<Inflected> stems;  // person-less forms with their number suffixes
  stems.push_back({std::string(stem)});
  if (defective) {
    const std::string_view short_stem = DropLast(stem);
    stems.push_back({std::string(short_stem)});       // jussive: لم ينف
    stems.push_back({Cat(short_stem, kWaw, kNun)});   // ينفون
    stems.push_back({Cat(short_stem, kWaw, kAlef)});  // لم ينفوا
    stems.push_back({Cat(stem, kAlef, kNun)});        // ينفيان
    stems.push_back({Cat(stem, kAlef)});              // لن ينفيا
  } else {
    stems.push_back({Cat(stem, kWaw, kNun)});   // يرفضون
    stems.push_back({Cat(stem, kWaw, kAlef)});  // لن يرفضوا
    stems.push_back({Cat(stem, kAlef, kNun)});  // يرفضان
    stems.push_back({Cat(stem, kAlef)});        // لن يرفضا
    stems.push_back({Cat(stem, kYa, kNun)});    // ترفضين
    for (std::string_view pronoun : kPronouns) {
      stems.push_back({Cat(stem, pronoun), true});  // يرفضه
    }
  }
  for (const Inflected& s : stems) {
    for (std::string_view person : {kYa, kTa, kNun, kAlef}) {
      forms.push_back({Cat(person, s.text), s.object});
    }
  }
  return forms;
}

}  // namespace

std::vector<WordForm> GenerateVerbForms(std::string_view past_raw, std::string_view present_raw) {
  std::vector<WordForm> out;
  const std::string past = MatchForm(past_raw);
  const std::string present = MatchForm(present_raw);
  if (!past.empty()) {
    for (const Inflected& form : PastForms(past)) AddWithConjunctions(form, false, false, &out);
  }
  if (!present.empty()) {
    for (const Inflected& form : PresentForms(present)) {
      AddWithConjunctions(form, false, false, &out, /*present=*/true);
      AddWithConjunctions({Cat(kSin, form.text), form.object}, true, false, &out);  // سينفي
      AddWithConjunctions({Cat(kLam, form.text), form.object}, false, false, &out,
                          /*present=*/true);  // لينفي
    }
  }
  return out;
}

std::vector<WordForm> GenerateNounForms(std::string_view noun_raw) {
  std::vector<WordForm> out;
  const std::string noun = MatchForm(noun_raw);
  if (noun.empty()) return out;
  std::vector<Inflected> bases = {{noun}, {Cat(kDefinite, noun)}};
  // Possessed forms: ة is written ت before a suffix (دعوة → دعوته).
  const std::string construct = noun.ends_with(kTaMarbutaFolded) ? Cat(DropLast(noun), kTa) : noun;
  for (std::string_view pronoun : kPronouns) bases.push_back({Cat(construct, pronoun), true});
  if (noun.ends_with(kTaMarbutaFolded)) {
    bases.push_back({construct});
  } else if (!noun.ends_with(kAlef)) {
    bases.push_back({Cat(noun, kAlef)});  // indefinite accusative: احتجاجا
  }
  for (const Inflected& base : bases) {
    AddWithConjunctions(base, false, true, &out);
    for (std::string_view preposition : {kBa, kKaf}) {
      AddWithConjunctions({Cat(preposition, base.text), base.object}, false, true, &out);
    }
    // ل + ال contracts to لل.
    const bool definite = base.text.compare(0, kDefinite.size(), kDefinite) == 0;
    AddWithConjunctions(
        {definite ? Cat(kLam, base.text.substr(kAlef.size())) : Cat(kLam, base.text), base.object},
        false, true, &out);
  }
  return out;
}

}  // namespace marsad::events
