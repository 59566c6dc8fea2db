// Cleaner finds what, in crawled article text, is not the article: related-article headlines,
// «إقرأ أيضاً» / «شاهد أيضاً» blocks, «السابق» / «التالي» navigation, subscription prompts,
// share/follow lines, bare URLs, English photo captions. It also finds the title (the first
// line when it is a headline) and the outlet (from the URL, a trailing telegram.me/... style
// signature, «المصدر : الجزيرة»). Rules live in data/clean/.
#ifndef MARSAD_CLEAN_CLEANER_H_
#define MARSAD_CLEAN_CLEANER_H_

#include <memory>
#include <string>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::clean {

class Cleaner {
 public:
  // Loads the rules under data_dir/clean/.
  static Expected<Cleaner> Load(const std::string& data_dir);

  // Sets analysis->title, outlet, url, published (falling back to the article's metadata)
  // and analysis->boilerplate (byte ranges of whole lines, or of the headlines glued to the
  // start of a line: see glued_headlines.h). Runs before the text stage.
  void Apply(Analysis* analysis) const;

  struct Rules;

 private:
  explicit Cleaner(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}
  std::shared_ptr<const Rules> rules_;
};

}  // namespace marsad::clean

#endif  // MARSAD_CLEAN_CLEANER_H_
