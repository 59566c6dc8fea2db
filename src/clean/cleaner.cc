// STUB: replaced by the cleaner implementation.
#include "clean/cleaner.h"

namespace marsad::clean {

struct Cleaner::Rules {};

Expected<Cleaner> Cleaner::Load(const std::string&) {
  return Cleaner(std::make_shared<const Rules>());
}

void Cleaner::Apply(Analysis* analysis) const {
  analysis->title = analysis->article.title;
  analysis->outlet = analysis->article.outlet;
  analysis->url = analysis->article.url;
  analysis->published = analysis->article.published;
}

}  // namespace marsad::clean
