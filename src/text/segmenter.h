// Segmenter splits an Arabic word into its clitics as written, in the convention of
// UD Arabic-PUD: conjunctions (و ف), prepositions (ب ل ك), the future prefix (س) and pronoun
// suffixes (ه ها هم هما هن ك كم كن ي نا): وقال → و+قال, بشروط → ب+شروط, للسلطة → ل+لسلطة,
// نشرتها → نشرت+ها. The segments' concatenation is always the word itself. Splits are scored
// with word counts from news text and a few tuned biases (data/segment/README.md).
#ifndef MARSAD_TEXT_SEGMENTER_H_
#define MARSAD_TEXT_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/status.h"

namespace marsad::text {

class Segmenter {
 public:
  // Loads the segmentation model/lexicon under data_dir/segment/.
  static Expected<Segmenter> Load(const std::string& data_dir);

  // Splits the word text[word.start, word.end) and returns the segments' spans, which tile
  // the word; a word with no clitic yields one span equal to `word`.
  std::vector<Span> Segment(std::string_view text, Span word) const;
  // The same into *parts (cleared first), which the caller reuses across words to avoid an
  // allocation per word.
  void Segment(std::string_view text, Span word, std::vector<Span>* parts) const;
  // Segments every word of `words` into *parts (cleared first), with the same result as
  // Segment on each in turn: the parts of words[i] are (*parts)[(*part_ends)[i - 1] ..
  // (*part_ends)[i]) (from 0 for i == 0). Faster than a call a word, because the table
  // lookups of the next few words start early and their memory latency overlaps.
  void SegmentWords(std::string_view text, const std::vector<Span>& words, std::vector<Span>* parts,
                    std::vector<uint32_t>* part_ends) const;

  struct Model;

 private:
  explicit Segmenter(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_SEGMENTER_H_
