#include "events/act_occurrence.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "events/actor_refs.h"
#include "text/date_calendar.h"

namespace marsad::events {
namespace {

// Words after the colon of a dated line whose act nouns the line tells.
constexpr uint32_t kDatedLineReach = 6;

// Words before a date searched for a relative pronoun whose clause it dates (مدينة تدمر التي
// سقطت بأيدي عناصره في مايو), not the sentence's act.
constexpr uint32_t kRelativeClauseReach = 6;

// Whether `word` is a year of the calendar (1995، 2005).
bool IsYear(std::string_view word) {
  return word.size() == 4 && (word.substr(0, 2) == "19" || word.substr(0, 2) == "20") &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The day and month opening the sentence (17 مارس), a date with no year the date finder may
// leave out; nullopt when the sentence opens otherwise.
std::optional<Span> DayAndMonthAtStart(const Analysis& a, const SentenceView& view,
                                       const std::vector<MarkerHit>& hits) {
  uint32_t day = 0;
  day = NextWord(view, day);
  if (day + 1 >= view.words.size()) return std::nullopt;
  const std::string& word = view.words[day];
  if (word.empty() || word.size() > 2 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const bool month = std::any_of(hits.begin(), hits.end(), [day](const MarkerHit& h) {
    return h.marker == Marker::kMonth && h.first_token == day + 1;
  });
  if (!month) return std::nullopt;
  return Span{WordSpan(a, view, day).start, WordSpan(a, view, day + 1).end};
}

}  // namespace

bool OccurredNear(const std::vector<MarkerHit>& hits, uint32_t cue) {
  return MarkerNear(hits, Marker::kOccurred, cue);
}

bool OnsetBefore(const std::vector<MarkerHit>& hits, uint32_t cue) {
  return MarkerBefore(hits, Marker::kOnset, cue);
}

bool AnnouncedResult(const MarkerLexicon& markers, const std::vector<std::string>& words,
                     const std::vector<MarkerHit>& hits, uint32_t cue) {
  for (const MarkerHit& result : hits) {
    if (result.marker != Marker::kResult || cue < result.first_token ||
        cue - result.first_token > static_cast<uint32_t>(result.reach)) {
      continue;
    }
    const bool announced = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
      if (h.marker != Marker::kAnnounce || h.end_token > result.first_token ||
          result.first_token - h.end_token > static_cast<uint32_t>(h.reach)) {
        return false;
      }
      for (uint32_t w = h.end_token; w < result.first_token; ++w) {
        if (markers.IsClauseOpener(words[w])) return false;
      }
      return true;
    });
    if (announced) return true;
  }
  return false;
}

bool InDatedLine(const Analysis& a, const SentenceView& view, const std::vector<MarkerHit>& hits,
                 Span sentence, uint32_t cue) {
  const std::string_view text = a.text();
  std::vector<Span> dates;
  for (const DateMention& date : a.dates) {
    if (date.span.start >= sentence.start && date.span.end <= sentence.end) {
      dates.push_back(date.span);
    }
  }
  if (std::optional<Span> day_month = DayAndMonthAtStart(a, view, hits)) {
    dates.push_back(*day_month);
  }
  for (const Span& date : dates) {
    // Only bullets, dashes and spaces before the date.
    const std::string_view before = text.substr(sentence.start, date.start - sentence.start);
    constexpr std::string_view kTatweel = "\u0640";
    std::string rest(before);
    for (size_t at; (at = rest.find(kTatweel)) != std::string::npos;) rest.erase(at, 2);
    if (rest.find_first_not_of(" *-\n") != std::string::npos) continue;
    // The colon closing the date, past a parenthesis or a year the date left out (30 ديسمبر
    // (كانون الأول) 2002:).
    const size_t colon = text.find(':', date.end);
    if (colon == std::string_view::npos || colon >= sentence.end) continue;
    std::string between(text.substr(date.end, colon - date.end));
    const size_t open = between.find('(');
    const size_t close = between.find(')');
    if (open != std::string::npos && close != std::string::npos && open < close) {
      between.erase(open, close - open + 1);
    }
    if (between.find_first_not_of(" 0123456789") != std::string::npos) continue;
    uint32_t first = 0;
    while (first < view.words.size() && WordSpan(a, view, first).start <= colon) ++first;
    return cue >= first && cue - first <= kDatedLineReach;
  }
  return false;
}

bool RunningTally(const std::vector<MarkerHit>& hits) {
  return std::any_of(hits.begin(), hits.end(),
                     [](const MarkerHit& h) { return h.marker == Marker::kTally; });
}

bool QuantityBefore(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                    uint32_t word) {
  if (word == 0) return false;
  const std::string& before = words[word - 1];
  const bool digits = !before.empty() && std::all_of(before.begin(), before.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
  if (digits) return true;
  return std::any_of(hits.begin(), hits.end(), [word](const MarkerHit& h) {
    return h.marker == Marker::kCount && h.end_token == word;
  });
}

bool Counted(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
             const std::vector<CueMatch>& matches, uint32_t cue) {
  if (cue == 0) return false;
  const bool after_noun = std::any_of(matches.begin(), matches.end(), [cue](const CueMatch& m) {
    return m.noun && m.token + 1 == cue;
  });
  if (after_noun && Counted(hits, words, matches, cue - 1)) return true;
  return QuantityBefore(hits, words, cue);
}

bool InThePast(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
               uint32_t cue) {
  return std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
    // فقد تعرض لمحاولة اغتيال قبل ثمانية أشهر: months or years ago, on either side of the act.
    if (h.marker == Marker::kAgo) return h.WithinReachOf(cue);
    if (h.marker != Marker::kPast) return false;
    if (h.reach == 0) return h.end_token < words.size() && IsYear(words[h.end_token]);
    return h.EndsWithinReachBefore(cue);
  });
}

std::optional<int64_t> FirstDayOfTheNews(std::string_view published) {
  const std::optional<text::CivilDay> day = text::ParseIsoDay(published);
  if (!day) return std::nullopt;
  return text::DaysFromCivil(*day) - kNewsDays;
}

bool DatedBeforeTheNews(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                        const std::vector<MarkerHit>& hits, Span sentence, int64_t news_from) {
  bool dated = false;
  for (const DateMention& date : a.dates) {
    if (!sentence.contains(date.span)) continue;
    const std::optional<text::CivilDay> last = text::LastDayOfIsoPeriod(date.value);
    // A date of the news, or one unread.
    if (!last || text::DaysFromCivil(*last) >= news_from) return false;
    uint32_t word = 0;
    while (word < view.words.size() && WordSpan(a, view, word).start < date.span.start) ++word;
    // The date's first word, past a clause opener the date stage took into the date (منذ عامين).
    const uint32_t last_word = word < view.words.size() ? word + 1 : word;
    const bool other_clause = std::any_of(hits.begin(), hits.end(), [&](const MarkerHit& h) {
      return h.marker == Marker::kOtherClause && h.first_token < last_word &&
             (h.end_token > word || word - h.end_token < static_cast<uint32_t>(h.reach));
    });
    bool in_relative_clause = false;
    for (uint32_t w = word; w > 0 && w + kRelativeClauseReach > word; --w) {
      if (view.words[w - 1].empty()) break;  // punctuation ends the clause
      if (markers.Is(Marker::kRelative, view.words[w - 1])) in_relative_clause = true;
    }
    if (!other_clause && !in_relative_clause) dated = true;
  }
  return dated;
}

}  // namespace marsad::events
