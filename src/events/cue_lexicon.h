// CueLexicon holds the event cues of data/lexicon/events.tsv: a verb (by its past and present
// stems) or verbal noun with its CAMEO code, the words that must follow it, the prepositions
// that introduce its target and whether it reports speech. At load time every cue is expanded
// by the morphological generator (verb_forms.h) into its surface forms, so coding a sentence
// is one allocation-free hash lookup per token.
#ifndef MARSAD_EVENTS_CUE_LEXICON_H_
#define MARSAD_EVENTS_CUE_LEXICON_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/key_filter.h"
#include "core/key_index.h"
#include "core/status.h"

namespace marsad::events {

enum class CueKind : uint8_t {
  kAct,     // the act itself (رفض، هاجم، اجتمع)
  kReport,  // a speech verb (قال، أكد): 010 unless its content codes something more specific
  kDeny,    // a denial (نفى): the act it denies is coded too, as reported
};

// The kinds of context word in data/lexicon/events_cue_context.tsv (the file's names in
// brackets); see CueLexicon::AddContext for what each does to a cue.
enum class CueContext : uint8_t {
  kNominal,   // [nominal] makes an ambiguous form after it a verbal noun
  kRelative,  // [relative] a relative pronoun: the act after it is background (التي شنتها)
  kVerbal,    // [verbal] a light verb whose ب + verbal noun names the act (قام بخطف)
  kNegation,  // [negation] a particle after which a present form written ~ is a cue (لم يقتل)
  kAuxiliary,  // [auxiliary] may stand between a relative pronoun and its verb (كان، قد)
  kBackground,  // [background] condemns, accuses, tallies an act named after it (أدان، حصيلة)
  kDemonstrative,  // [demonstrative] points back to an act already told (هذا الهجوم)
  kResult,         // [result] a verb of outcome whose object an act caused (أسفر عن مقتل)
  kTimeAnchor,     // [anchor] a preposition of time whose noun dates other news (بعد هجوم)
  kRecent,    // [recent] a day of the news right after an act noun (اعتداءاتها أمس)
  kVerbalOn,  // [verbal-on] a light verb whose preposition + verbal noun names the act (أقدم
              // على قطع، تمكن من قتل)
  kLightOn,   // [on] the prepositions, written apart, of such light verbs (على، في، من)
  kPastAuxiliary,  // [past] كان and its forms: with قد they tell what had happened before
  kPerfect,  // [perfect] قد, which makes كان + verb the pluperfect (كانت قد انطلقت)
};

struct CuePattern {
  std::string code;  // CAMEO code
  // One of these folded stems must follow closely; empty: none. A stem written !stem must
  // follow without the article (an indefinite crowd: مئات المتظاهرين, not المتظاهرون).
  std::vector<std::string> next;
  std::vector<std::string> target_by;  // folded prepositions introducing the target; "obj"
  CueKind kind = CueKind::kAct;
  bool nominal_only = false;  // the cue has no verb forms
  // Its present stems were written ~يقتل: a present form is a cue only after a negation (لم
  // يقتل); alone it is generic (يقتلون الأبرياء).
  bool present_after_negation_only = false;
  std::string lemma;    // the past stem or first noun, for messages
  std::string example;  // a real sentence this cue codes
  std::string file;     // the file it was read from
  int line = 0;         // line in the file
};

struct CueForm {
  uint32_t pattern = 0;  // index into patterns()
  bool future = false;
  bool noun = false;
  // The same letters are both a verb form and the verbal noun of the cue (قتل: "killed" and
  // "killing"); the finder reads it as the noun after a nominal context word (جرائم قتل).
  bool ambiguous = false;
  bool present = false;  // an imperfect form without س (يقتل، لم يقتل)
  // Every reading of the form carries an object or possessive pronoun (خطفوها، اختطافها): the
  // act is done to someone the text has already named.
  bool object = false;
};

class CueLexicon {
 public:
  CueLexicon() = default;
  // Movable, not copyable: the form tables are large.
  CueLexicon(CueLexicon&&) = default;
  CueLexicon& operator=(CueLexicon&&) = default;
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;

  // Reads the cue files data_dir/lexicon/events.tsv (talk, cooperation, demands, threats)
  // and events_conflict.tsv (protest, force, assault, fighting), the words never read as
  // cues, data_dir/lexicon/events_exclude.tsv, and the words after which a verb-or-noun form is
  // the noun or a clause background, data_dir/lexicon/events_cue_context.tsv.
  static Expected<CueLexicon> Load(const std::string& data_dir);
  // Parses the TSV text; `name` is used in error messages.
  static Expected<CueLexicon> Parse(std::string_view text, const std::string& name);

  // Adds the cues of one more TSV text; `name` is used in error messages. Pattern lines are
  // numbered within their file.
  Status Add(std::string_view text, const std::string& name);

  // Reads exclusions (one a line, # comments): a word alone is removed from the lexicon; a
  // word, a tab and comma-separated words is no cue when one of those words follows it
  // (فجر followed by أمس is the dawn); a next word written "." stands for punctuation or the
  // end of the sentence. An exclusion of a word also holds with و or ف in front of it.
  void Exclude(std::string_view text);

  // Reads context words, `kind<TAB>word` a line (# comments): kind `nominal` for the
  // prepositions and nouns after which an ambiguous form is the verbal noun (في قتل، عمليات
  // خطف), `relative` for the relative pronouns that open a clause presupposing its act
  // (السفينة التي خطفها قراصنة), `verbal` for the verbs whose ب-object is the act itself
  // (قام مسلحون بخطف), `negation` for the particles after which a present form written ~ is a
  // cue (لم يقتل), `auxiliary` for the words that may stand between a relative pronoun and its
  // verb (الذي كان قد فجر), `background` for the words of condemning, accusing, trying,
  // commemorating and tallying whose assault is a known act, not news (أدان عملية خطف، بتهمة
  // قتل، ذكرى اغتيال، ارتفعت حصيلة القتلى), `demonstrative` for the demonstratives that point
  // back to an act already told (هذا الهجوم), `result` for the verbs of outcome whose object
  // is what an act caused (الهجوم الذي أسفر عن مقتل) and the prepositions after them, `anchor`
  // for the prepositions of time whose assault noun dates other news (بعد ضربة جوية نفذها),
  // `recent` for the days of the news (أمس) that make an owned act noun news (اعتداءاتها أمس),
  // `verbal-on` for the light verbs whose object is a verbal noun after the preposition
  // listed as `on` (أقدم متظاهرون على قطع الطريق), `past` and `perfect` for كان and قد, which
  // together tell a protest that had happened before the news (وكانت مظاهرات قد انطلقت).
  Status AddContext(std::string_view text, const std::string& name);

  // The cues a folded token can be; nullptr when none.
  const std::vector<CueForm>* Find(std::string_view folded) const;

  // Whether folded `word` is not a cue because of the folded words that follow it in its
  // sentence (an empty word stands for punctuation; none follow at the end): an excluding word
  // written ~word in the file may stand up to four words on, within the clause (هاجم الوزير
  // بشدة: ~بشدة), one written ^word up to eight words on, past punctuation (شن هجوما متعدد
  // الاتجاهات، وقال: ^وقال), the others must be the next word. An exclusion of a word also holds
  // with proclitics in front of it (فجر أمس، بالهجوم الحاد).
  bool ExcludedBefore(std::string_view word, std::span<const std::string> following) const;

  // Whether folded `word`, also with و or ف in front (ومنع، وبعد), is a context word of `kind`.
  bool IsContext(CueContext kind, std::string_view word) const;

  const std::vector<CuePattern>& patterns() const { return patterns_; }

 private:
  // Add and Exclude without rebuilding the index (Load reads all its files, then builds it).
  Status AddForms(std::string_view text, const std::string& name);
  void ExcludeForms(std::string_view text);

  // Hashes std::string and std::string_view alike, so Find looks a view up without copying it.
  struct FormHash {
    using is_transparent = void;
    size_t operator()(std::string_view form) const { return std::hash<std::string_view>{}(form); }
  };
  template <typename Value>
  using FormMap = std::unordered_map<std::string, Value, FormHash, std::equal_to<>>;

  // The forms and their cues in flat tables, not a node per form, so that loading allocates
  // little: a form's letters are a slice of one string, its cues a list in its entry. One hash
  // of a word picks two bits of a small filter (most tokens of a text are no cue and stop there,
  // in cache) and then its entry in the KeyIndex, whose bytes are compared last.
  class FormIndex {
   public:
    // The cue list of `form`, added empty when the form is new; valid until the next call.
    std::vector<CueForm>& ListOf(std::string_view form);
    // Empties the cue list of `form`: it is no cue.
    void Remove(std::string_view form);
    // Rebuilds the filter from the forms with cues, whenever the lexicon changes.
    void Build();
    const std::vector<CueForm>* Find(std::string_view form) const;

   private:
    struct Entry {
      uint32_t offset = 0;  // of the form's letters in letters_
      uint32_t size = 0;
      uint64_t hash = 0;
      std::vector<CueForm> cues;
    };
    std::string letters_;  // every form's letters, one after another
    std::vector<Entry> entries_;
    KeyIndex by_hash_;  // hash of a form → index into entries_
    KeyFilter filter_;
  };

  std::vector<CuePattern> patterns_;
  FormIndex index_;                                    // the forms and their cues
  FormMap<std::vector<std::string>> excluded_before_;  // word → the next words that exclude it
  FormMap<uint16_t> context_;                          // word → bit set of its CueContext kinds
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_LEXICON_H_
