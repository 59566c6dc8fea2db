// TextAnalyzer is the text stage of the pipeline: it tokenises an article, splits it into
// sentences (marking those inside boilerplate lines), segments clitics, normalises every
// token and segment for matching, and finds dates.
#ifndef MARSAD_TEXT_TEXT_ANALYZER_H_
#define MARSAD_TEXT_TEXT_ANALYZER_H_

#include <string>

#include "core/analysis.h"
#include "core/status.h"
#include "text/dates.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

namespace marsad::text {

class TextAnalyzer {
 public:
  static Expected<TextAnalyzer> Load(const std::string& data_dir);

  // Fills analysis->tokens, sentences and dates. Reads analysis->boilerplate and published.
  void Apply(Analysis* analysis) const;

  const Normalizer& normalizer() const { return normalizer_; }
  const Segmenter& segmenter() const { return segmenter_; }

 private:
  TextAnalyzer(Segmenter segmenter, DateFinder dates)
      : segmenter_(std::move(segmenter)), dates_(std::move(dates)) {}
  Normalizer normalizer_;
  Segmenter segmenter_;
  DateFinder dates_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TEXT_ANALYZER_H_
