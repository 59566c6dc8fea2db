// NER features: what the entity tagger sees of each word — its folded form, the form
// without proclitics (و ف, and ب ل ك before ال), without ال, its affixes, shape and length,
// and the same of the words around it (titles such as «الرئيس، الوزير، الناطق» one or two
// words before a name), its word classes learnt from unlabelled news (NerWordClusters) — as
// 64-bit hashes, so that tagging builds no strings per feature.
#ifndef MARSAD_ACTORS_NER_FEATURES_H_
#define MARSAD_ACTORS_NER_FEATURES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/ner_lexicon.h"

namespace marsad::actors {

// Folds a word for tagging: hamza forms to their bare letters (أ إ آ ٱ → ا, ؤ → و, ئ → ي),
// ى → ي, ة → ه, drops diacritics and tatweel, Arabic-Indic digits → ASCII, Latin lowercase.
// Idempotent, so it can run on the text stage's normalised forms as well as on raw words; and
// text::Normalizer (default options) already folds all of this, so that a normalised form is
// its own fold (the tagger reads Token::norm and Segment::norm as they are).
std::string FoldForNer(std::string_view word);
// The same, appended to *out (no allocation once *out has grown).
void AppendFoldedForNer(std::string_view word, std::string* out);

// The key of a folded word's form: equal to DescribeWord(folded, ...).form.
uint64_t NerFormKey(std::string_view folded);

// The number of bytes at the start of a folded word that are surely proclitics: و or ف,
// then ب ل ك, when the word goes on with the article ال (وبالعراق → 4, للسلطة → 2: ل+لسلطة).
// 0 when no proclitic is certain.
size_t CertainProcliticBytes(std::string_view folded);

// One word as the feature templates need it: hashes of its forms, computed once.
struct NerWord {
  uint64_t form = 0;     // the folded word
  uint64_t stem = 0;     // without certain proclitics
  uint64_t bare = 0;     // without a leading و/ف even when unsure (وقال → قال)
  uint64_t core = 0;     // stem without ال
  uint64_t prefix2 = 0;  // first two letters of core
  uint64_t prefix3 = 0;
  uint64_t suffix1 = 0;  // last letters of core
  uint64_t suffix2 = 0;
  uint64_t suffix3 = 0;
  uint64_t shape = 0;      // letter classes (Arabic, digit, Latin, punctuation), repeats collapsed
  uint64_t length = 0;     // length of core in letters, bucketed
  uint64_t clitics = 0;    // which proclitics and whether ال
  uint64_t frequency = 0;  // how often the lexicon saw the word, bucketed
  uint64_t known_as = 0;   // the type the lexicon mostly saw it in, and how surely
  // Its word class at each level of the lexicon's NerWordClusters (a class of its own for
  // words the clusters do not know); 0 when the lexicon carries no clusters.
  std::array<uint64_t, 3> classes{};
  uint32_t gazetteer = 0;  // NerGazetteer bits: where it stands in dictionary names
};

// Describes a word given in folded form (FoldForNer), with what `lexicon` knows of it.
NerWord DescribeWord(std::string_view folded, const NerLexicon& lexicon);

// The key of a folded word in a NerLexicon (the hash of its form without proclitics).
uint64_t NerLexiconKey(std::string_view folded);

// Appends the hashed features of position i of a sentence: the word features of the word
// itself and of its neighbours in their roles (outside the sentence: OutsideWord()), then the
// pair features.
void AppendNerFeatures(const std::vector<NerWord>& sentence, size_t i,
                       std::vector<uint64_t>* features);

// The features that read one word only, by the role the word plays for the position tagged.
// They depend on the word alone, so a tagger can sum their weights once per word type.
enum class NerRole { kSelf, kPrevious, kBeforePrevious, kNext, kAfterNext };
inline constexpr int kNerRoleCount = 5;
void AppendWordFeatures(const NerWord& word, NerRole role, std::vector<uint64_t>* features);
// What the pair features read of a word.
struct NerContextWord {
  uint64_t stem = 0;
  uint64_t shape = 0;
  uint64_t frequency = 0;
};
NerContextWord ContextOf(const NerWord& word);
// The features of a position that combine two words (or the position itself): the word
// `self`, its neighbours (ContextOf(OutsideWord()) beyond the sentence), and whether it is first.
void AppendPairFeatures(const NerContextWord& previous, const NerContextWord& self,
                        const NerContextWord& next, bool first, std::vector<uint64_t>* features);
// The neighbour seen beyond either end of a sentence.
const NerWord& OutsideWord();

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_FEATURES_H_
