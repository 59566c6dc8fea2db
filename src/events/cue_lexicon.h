// CueLexicon holds the event cues of data/lexicon/events.tsv: a verb (by its past and present
// stems) or verbal noun with its CAMEO code, the words that must follow it, the prepositions
// that introduce its target and whether it reports speech. At load time every cue is expanded
// by the morphological generator (verb_forms.h) into its surface forms, so coding a sentence
// is one hash lookup per token.
#ifndef MARSAD_EVENTS_CUE_LEXICON_H_
#define MARSAD_EVENTS_CUE_LEXICON_H_

#include <cstdint>
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
  std::string code;                    // CAMEO code
  std::vector<std::string> next;       // one of these stems must follow closely; empty: none
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
};

class CueLexicon {
 public:
  // Reads the cue files data_dir/lexicon/events.tsv (talk, cooperation, demands, threats)
  // and events_conflict.tsv (protest, force, assault, fighting), and the words never read as
  // cues, data_dir/lexicon/events_exclude.tsv.
  static Expected<CueLexicon> Load(const std::string& data_dir);
  // Parses the TSV text; `name` is used in error messages.
  static Expected<CueLexicon> Parse(std::string_view text, const std::string& name);

  // Adds the cues of one more TSV text; `name` is used in error messages. Pattern lines are
  // numbered within their file.
  Status Add(std::string_view text, const std::string& name);

  // Removes the forms of `text` (one word a line, # comments) from the lexicon.
  void Exclude(std::string_view text);

  // The cues a folded token can be; nullptr when none.
  const std::vector<CueForm>* Find(std::string_view folded) const;

  const std::vector<CuePattern>& patterns() const { return patterns_; }

 private:
  std::vector<CuePattern> patterns_;
  std::unordered_map<std::string, std::vector<CueForm>> forms_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CUE_LEXICON_H_
