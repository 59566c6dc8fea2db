// Document-level consistency for the entity tagger: a name tagged somewhere in a document is
// tagged wherever else the same words stand untagged in it («البنك التجاري» found once, missed
// fourteen times; a surname repeated down an article). The tagger decides sentence by
// sentence; this pass runs over all the sentences of one article (or, in `marsad eval ner`,
// of a block of consecutive sentences) after them and only turns O words into names.
#ifndef MARSAD_ACTORS_NER_DOCUMENT_NAMES_H_
#define MARSAD_ACTORS_NER_DOCUMENT_NAMES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace marsad::actors {

struct NerDocumentNamesOptions {
  // Names shorter than this many letters (all their words together) are not spread: one- and
  // two-letter words are too often something else.
  size_t min_letters = 3;
};

// `words` holds each sentence's folded words (FoldForNer), `tags` their tag indices into
// kNerTags (same shapes). Every name (a BIO chunk) becomes a pattern of its words (compared
// without the proclitics they surely carry: والبنك and للبنك match البنك) with the type
// it was given most often in the document (ties: the type seen first); each run of the same
// words elsewhere whose tags are all O is tagged with it, the longest pattern first at a
// position. Names already tagged are never changed. Returns how many runs were tagged.
size_t SpreadDocumentNames(const std::vector<std::vector<std::string_view>>& words,
                           std::vector<std::vector<int>>* tags,
                           const NerDocumentNamesOptions& options = {});

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_DOCUMENT_NAMES_H_
