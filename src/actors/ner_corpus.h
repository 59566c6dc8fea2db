// NER corpora: reads entity-tagged sentences in the column formats the entity tagger trains
// and is measured on — ANERcorp (`token TAG` a line, blank line between sentences) and
// NewsFANE (`token<TAB>TAG`, fine classes, a line with an empty token between sentences,
// BOM and U+200E marks) — maps their classes to PER/ORG/LOC/MISC, and writes ANERcorp.
#ifndef MARSAD_ACTORS_NER_CORPUS_H_
#define MARSAD_ACTORS_NER_CORPUS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace marsad::actors {

// One sentence: words as written and their BIO tags over the coarse types ("O", "B-PER",
// "I-LOC", ...). Both vectors have the same length.
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

// Maps a corpus's entity classes (NewsFANE's 50 fine classes, ANERcorp's PERS...) to the
// coarse types PER, ORG, LOC, MISC.
class NerClassMap {
 public:
  // The identity map over PER/ORG/LOC/MISC, plus ANERcorp's PERS → PER.
  NerClassMap();
  // Reads `fine<TAB>coarse` lines (# comments allowed) on top of the identity map.
  static Expected<NerClassMap> Load(const std::string& path);

  // The coarse type of `label`, or an empty view when the map does not know it.
  std::string_view Coarse(std::string_view label) const;

 private:
  std::unordered_map<std::string, std::string> coarse_;
};

// Parses the content of an ANERcorp or NewsFANE file. Every tag's class must be known to
// `classes`; the error names the line otherwise.
Expected<std::vector<TaggedSentence>> ParseTaggedSentences(std::string_view content,
                                                           const NerClassMap& classes);
Expected<std::vector<TaggedSentence>> ReadTaggedFile(const std::string& path,
                                                     const NerClassMap& classes);

// ANERcorp text: `word TAG` lines (PER written PERS), a blank line after each sentence.
std::string FormatAnercorp(const std::vector<TaggedSentence>& sentences);

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_CORPUS_H_
