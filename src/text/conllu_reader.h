// ConlluReader reads the sentences of a CoNLL-U treebank file (Universal Dependencies) as the
// segmentation evaluation needs them: the sentence text and its syntactic words with their
// forms, UPOS tags and whether a space follows. Multi-word token lines and empty nodes are
// skipped; the words' forms, concatenated with the spaces they declare, spell the text.
#ifndef MARSAD_TEXT_CONLLU_READER_H_
#define MARSAD_TEXT_CONLLU_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad::text {

struct ConlluWord {
  std::string form;
  std::string upos;
  bool space_after = true;
};

struct ConlluSentence {
  std::string id;    // "# sent_id = …"
  std::string text;  // "# text = …"
  std::vector<ConlluWord> words;
};

// Parses CoNLL-U content; fails on a word line with fewer than 10 columns.
Expected<std::vector<ConlluSentence>> ParseConllu(std::string_view content);

// Reads and parses a CoNLL-U file.
Expected<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_CONLLU_READER_H_
