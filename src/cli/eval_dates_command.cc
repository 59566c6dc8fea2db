// `marsad eval dates [DIR]`: runs the DateFinder over the Arabic date test cases of
// Microsoft Recognizers-Text (DateExtractor.json, DateParser.json) and Duckling's Arabic
// corpus (single-day cases), and prints the pass rate per category and overall. DIR is the
// shared data/dates folder (default: $MARSAD_SHARED/data/dates, else ../shared/data/dates).
//
// A case passes when every expected date has a found mention overlapping it (and, for the
// parser and Duckling categories, carrying the expected day, resolved against the case's
// reference date as the publication date) and no mention lies outside the expected ones.
// Recognizers resolves a date without a year both forward and back; news refers to the
// past, so the expected day is its PastResolution. Duckling reads a bare weekday forward (its
// reference time is "now" in a dialogue): its cases are run under that reading
// (text::WeekdayReading::kForward), and once more under marsad's news reading (the last such
// day), printed apart as "duckling/day news-weekdays" and left out of the overall figure. The
// Recognizers cases are run once more under that suite's own conventions for numbered pairs
// (US month first), story days («اليوم التالي» as tomorrow) and «الأحد القادم» (next week's),
// which are wrong for news (text::DateConventions), printed apart as "... suite-conventions" and
// left out of the overall figure too. Cases
// marked NotSupported for .NET, and results whose expected day is not a calendar day (e.g. "the
// fifth Sunday" of a month with four), are skipped and counted as such.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "core/utf8.h"
#include "pipeline/analyzer.h"
#include "text/date_calendar.h"
#include "text/dates.h"

namespace marsad::cli {
namespace {

struct EvalDatesOptions {
  std::string dir;
  bool verbose = false;
};

struct Expectation {
  Span span;          // bytes; empty when the case gives only the expression
  std::string value;  // YYYY-MM-DD, or empty when only the span is checked
};

struct DateCase {
  std::string category;
  std::string input;
  std::string reference;  // YYYY-MM-DD
  std::vector<Expectation> expected;
  text::DateConventions conventions;
  bool in_overall = true;
};

struct Tally {
  size_t passed = 0;
  size_t total = 0;
  size_t skipped = 0;
};

std::string DefaultDir() {
  if (const char* shared = std::getenv("MARSAD_SHARED"); shared != nullptr && *shared) {
    return std::string(shared) + "/data/dates";
  }
  return MARSAD_SOURCE_DIR "/../shared/data/dates";
}

// Recognizers-Text offsets count UTF-16 code units; this maps one to a byte offset.
uint32_t ByteOffset(std::string_view text, size_t units) {
  size_t pos = 0;
  size_t counted = 0;
  while (pos < text.size() && counted < units) {
    size_t length = 0;
    const char32_t cp = utf8::Decode(text, pos, &length);
    counted += cp >= 0x10000 ? 2 : 1;
    pos += length;
  }
  return static_cast<uint32_t>(pos);
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// DateExtractor.json (spans only) or DateParser.json (spans and past-resolved days).
Status ReadRecognizers(const std::filesystem::path& path, const std::string& category,
                       bool with_values, std::vector<DateCase>* cases, Tally* tally) {
  if (!std::filesystem::exists(path)) return Status::Error("missing " + path.string());
  const auto json = nlohmann::json::parse(ReadAll(path), nullptr, false);
  if (json.is_discarded() || !json.is_array())
    return Status::Error("not a JSON array: " + path.string());
  for (const auto& item : json) {
    if (item.value("NotSupported", "").find("dotnet") != std::string::npos) {
      ++tally->skipped;
      continue;
    }
    DateCase date_case;
    date_case.category = category;
    date_case.input = item.value("Input", "");
    date_case.reference = "2016-11-07";
    if (item.contains("Context")) {
      date_case.reference = item["Context"].value("ReferenceDateTime", "").substr(0, 10);
    }
    bool skip = false;
    for (const auto& result : item.value("Results", nlohmann::json::array())) {
      Expectation expectation;
      const size_t start = result.value("Start", 0);
      const size_t length = result.value("Length", 0);
      expectation.span = {ByteOffset(date_case.input, start),
                          ByteOffset(date_case.input, start + length)};
      if (with_values) {
        const auto& value = result.value("Value", nlohmann::json::object());
        expectation.value =
            value.value("PastResolution", nlohmann::json::object()).value("date", "");
        // "0001-01-01" stands for "no such day" (e.g. the fifth Sunday of a short month).
        const auto day = text::ParseIsoDay(expectation.value);
        if (!day || day->year < 1000) skip = true;
      }
      date_case.expected.push_back(expectation);
    }
    if (skip) {
      ++tally->skipped;
      continue;
    }
    DateCase us_case = date_case;
    us_case.category += " suite-conventions";
    us_case.conventions = {.month_first_numbers = true,
                           .story_days_from_reference = true,
                           .next_weekday_in_next_week = true};
    us_case.in_overall = false;
    cases->push_back(std::move(date_case));
    cases->push_back(std::move(us_case));
  }
  return Status::Ok();
}

// duckling_ar_time_corpus.tsv: expression, start, end (empty for one day), grain. The
// reference time is given in the header comment.
Status ReadDuckling(const std::filesystem::path& path, std::vector<DateCase>* cases, Tally* tally) {
  std::ifstream in(path);
  if (!in) return Status::Error("missing " + path.string());
  std::string line;
  std::string reference = "2013-02-12";
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (const size_t at = line.find("Reference time"); at != std::string::npos) {
        const size_t digits = line.find_first_of("0123456789", at);
        if (digits != std::string::npos) reference = line.substr(digits, 10);
      }
      continue;
    }
    std::vector<std::string> f;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) f.push_back(field);
    f.resize(4);
    if (f[3] != "day" || !f[2].empty()) {  // ranges and other grains are not single days
      ++tally->skipped;
      continue;
    }
    cases->push_back({"duckling/day",
                      f[0],
                      reference,
                      {{Span{}, f[1]}},
                      {.weekdays = text::WeekdayReading::kForward},
                      true});
    cases->push_back({"duckling/day news-weekdays", f[0], reference, {{Span{}, f[1]}}, {}, false});
  }
  return Status::Ok();
}

bool Passes(const DateCase& date_case, const std::vector<DateMention>& found) {
  for (const Expectation& expected : date_case.expected) {
    bool matched = false;
    for (const DateMention& mention : found) {
      const bool where = expected.span.empty() || mention.span.overlaps(expected.span);
      if (where && (expected.value.empty() || mention.value == expected.value)) matched = true;
    }
    if (!matched) return false;
  }
  for (const DateMention& mention : found) {
    bool inside = false;
    for (const Expectation& expected : date_case.expected) {
      inside = inside || expected.span.empty() || mention.span.overlaps(expected.span);
    }
    if (!inside) return false;
  }
  return true;
}

int RunEvalDates(const EvalDatesOptions& options, const CliContext& context) {
  const std::filesystem::path dir = options.dir.empty() ? DefaultDir() : options.dir;
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr,
                 "marsad eval dates: no test cases at %s (give DIR or set "
                 "MARSAD_SHARED)\n",
                 dir.c_str());
    return 2;
  }
  auto finder = text::DateFinder::Load(pipeline::ResolveDataDir(context.data_dir_flag));
  if (!finder.ok()) {
    std::fprintf(stderr, "marsad eval dates: %s\n", finder.status().message().c_str());
    return 2;
  }
  std::map<std::string, Tally> tallies;
  std::vector<DateCase> cases;
  const std::filesystem::path recognizers = dir / "recognizers-text-ar" / "DateTime";
  for (const Status& status :
       {ReadRecognizers(recognizers / "DateExtractor.json", "recognizers/DateExtractor", false,
                        &cases, &tallies["recognizers/DateExtractor"]),
        ReadRecognizers(recognizers / "DateParser.json", "recognizers/DateParser", true, &cases,
                        &tallies["recognizers/DateParser"]),
        ReadDuckling(dir / "duckling_ar_time_corpus.tsv", &cases, &tallies["duckling/day"])}) {
    if (!status.ok()) {
      std::fprintf(stderr, "marsad eval dates: %s\n", status.message().c_str());
      return 2;
    }
  }
  Tally overall;
  for (const DateCase& date_case : cases) {
    const auto found =
        finder->Find(date_case.input, {}, date_case.reference, date_case.conventions);
    const bool pass = Passes(date_case, found);
    Tally& tally = tallies[date_case.category];
    ++tally.total;
    tally.passed += pass ? 1 : 0;
    if (date_case.in_overall) {
      ++overall.total;
      overall.passed += pass ? 1 : 0;
    }
    if (!pass && options.verbose) {
      std::string got;
      for (const DateMention& mention : found) {
        got += " [" + std::string(mention.span.of(date_case.input)) + " = " + mention.value + "]";
      }
      std::string want;
      for (const Expectation& e : date_case.expected) {
        want += " [" + std::string(e.span.of(date_case.input)) + " = " + e.value + "]";
      }
      std::printf("FAIL %s | %s | ref %s | want%s | got%s\n", date_case.category.c_str(),
                  date_case.input.c_str(), date_case.reference.c_str(), want.c_str(), got.c_str());
    }
  }
  std::printf("%-44s %8s %8s %8s %8s\n", "category", "passed", "cases", "rate", "skipped");
  for (const auto& [category, tally] : tallies) {
    if (category.find(' ') == std::string::npos) overall.skipped += tally.skipped;
    std::printf("%-44s %8zu %8zu %7.1f%% %8zu\n", category.c_str(), tally.passed, tally.total,
                tally.total ? 100.0 * tally.passed / tally.total : 0.0, tally.skipped);
  }
  std::printf("%-44s %8zu %8zu %7.1f%% %8zu\n", "overall", overall.passed, overall.total,
              overall.total ? 100.0 * overall.passed / overall.total : 0.0, overall.skipped);
  return 0;
}

}  // namespace

void AddEvalDatesCommand(CLI::App* eval, CliContext* context) {
  auto options = std::make_shared<EvalDatesOptions>();
  auto* cmd = eval->add_subcommand(
      "dates", "Date expression accuracy on the Recognizers-Text / Duckling test cases");
  cmd->add_option("dir", options->dir,
                  "The data/dates folder of shared/ (default: $MARSAD_SHARED/data/dates)");
  cmd->add_flag("-v,--verbose", options->verbose, "Print every failing case");
  cmd->callback([options, context] { context->exit_code = RunEvalDates(*options, *context); });
}

}  // namespace marsad::cli
