// CueLexicon holds the event cues of data/lexicon/events.tsv: a verb (by its past and present
// stems) or verbal noun with its CAMEO code, the words that must follow it, the prepositions
// that introduce its target and whether it reports speech. At load time every cue is expanded
// by the morphological generator (verb_forms.h) into its surface forms, so coding a sentence
// is one allocation-free hash lookup per token.
#ifndef MARSAD_EVENTS_CUE_LEXICON_H_
#define MARSAD_EVENTS_CUE_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace marsad::events {

enum class CueKind : uint8_t {
  kAct,     // the act itself (رفض، هاجم، اجتمع)
  kReport,  // a speech verb (قال، أكد): 010 unless its content codes something more specific
  kDeny,    // a denial (نفى): the act it denies is coded too, as reported
};

struct CuePattern {
  std::string code;  // CAMEO code
  // One of these folded stems must follow closely; empty: none. A stem written !stem must
  // follow without the article (an indefinite crowd: مئات المتظاهرين, not المتظاهرون).
  std::vector<std::string> next;
  std::vector<std::string> target_by;  // folded prepositions introducing the target; "obj"
  CueKind kind = CueKind::kAct;
  bool nominal_only = false;  // the cue has no verb forms
  std::string lemma;          // the past stem or first noun, for messages
  std::string example;        // a real sentence this cue codes
  std::string file;           // the file it was read from
  int line = 0;               // line in the file
};

struct CueForm {
  uint32_t pattern = 0;  // index into patterns()
  bool future = false;
  bool noun = false;
  // The same letters are both a verb form and the verbal noun of the cue (قتل: "killed" and
  // "killing"); the finder reads it as the noun after a nominal context word (جرائم قتل).
  bool ambiguous = false;
};

class CueLexicon {
 public:
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
  // (فجر followed by أمس is the dawn).
  void Exclude(std::string_view text);

  // Reads context words, `kind<TAB>word` a line (# comments): kind `nominal` for the
  // prepositions and nouns after which an ambiguous form is the verbal noun (في قتل، عمليات
  // خطف), `relative` for the relative pronouns that open a clause presupposing its act
  // (السفينة التي خطفها قراصنة), `verbal` for the verbs whose ب-object is the act itself
  // (قام مسلحون بخطف).
  Status AddContext(std::string_view text, const std::string& name);

  // The cues a folded token can be; nullptr when none.
  const std::vector<CueForm>* Find(std::string_view folded) const;

  // Whether folded `word` is not a cue because folded `next` follows it.
  bool ExcludedBefore(std::string_view word, std::string_view next) const;

  // Whether folded `word` makes an ambiguous form after it a verbal noun.
  bool IsNominalContext(std::string_view word) const;

  // Whether folded `word` is a relative pronoun: the act of a cue right after it is
  // presupposed background, not news (الهجمات التي شنتها القوات).
  bool IsRelativeContext(std::string_view word) const;

  // Whether folded `word` is a light verb whose verbal noun object with ب names the act done
  // (قام مسلحون بخطف: they kidnapped).
  bool IsVerbalContext(std::string_view word) const;

  const std::vector<CuePattern>& patterns() const { return patterns_; }

 private:
  // Hashes std::string and std::string_view alike, so Find looks a view up without copying it.
  struct FormHash {
    using is_transparent = void;
    size_t operator()(std::string_view form) const { return std::hash<std::string_view>{}(form); }
  };
  template <typename Value>
  using FormMap = std::unordered_map<std::string, Value, FormHash, std::equal_to<>>;

  std::vector<CuePattern> patterns_;
  FormMap<std::vector<CueForm>> forms_;
  FormMap<std::vector<std::string>> excluded_before_;  // word → the next words that exclude it
  FormMap<bool> nominal_context_;                      // word → true
  FormMap<bool> relative_context_;                     // word → true
  FormMap<bool> verbal_context_;                       // word → true
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_LEXICON_H_
