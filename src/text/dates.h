// DateFinder finds date expressions in Arabic news and resolves them to calendar days:
// Gregorian months in every regional naming (سبتمبر/أيلول, Maghrebi شتنبر), numbered dates
// (25/9/2015), Hijri dates (converted with ICU's Islamic calendar), weekdays and relative
// days (اليوم، أمس، أول أمس، الجمعة، الأسبوع الماضي) resolved against the publication date.
#ifndef MARSAD_TEXT_DATES_H_
#define MARSAD_TEXT_DATES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/status.h"

namespace marsad::text {

class DateFinder {
 public:
  // Loads month, weekday and relative-day names from data_dir/dates/.
  static Expected<DateFinder> Load(const std::string& data_dir);

  // Finds dates in `text` (tokens as produced by Tokenize, with norm set). `published` is
  // YYYY-MM-DD or empty; relative expressions are resolved only when it is known.
  std::vector<DateMention> Find(std::string_view text, const std::vector<Token>& tokens,
                                std::string_view published) const;

  struct Tables;

 private:
  explicit DateFinder(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}
  std::shared_ptr<const Tables> tables_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_DATES_H_
