// Whether a sentence tells an act as news or recalls it: the markers around an act's cue
// (data/lexicon/events_markers.tsv) that say it took place (وقع الهجوم، اندلعت مظاهرات), started
// again (تجددت), was announced as a result (أعلنت الشرطة مقتل 13) or told on a dated line of a
// timeline, and those that make it background: a count of many acts (140 هجوما), a running
// total (حتى الآن), a time past (عام 2005، منذ، قبل ثمانية أشهر). The event coder codes a noun
// of material conflict only where the sentence tells it as news.
#ifndef MARSAD_EVENTS_ACT_OCCURRENCE_H_
#define MARSAD_EVENTS_ACT_OCCURRENCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "events/cue_finder.h"
#include "events/marker_lexicon.h"
#include "events/sentence_view.h"

namespace marsad::events {

// Whether a word saying that an act took place (وقع، أسفر، اندلعت) lies within its reach of the
// cue, on either side: وقع الهجوم أمس; مظاهرة خرجت. One elsewhere in the sentence speaks of
// another act.
bool OccurredNear(const std::vector<MarkerHit>& hits, uint32_t cue);

// Whether a verb saying that an act started again (تجددت، تواصلت) ends within its reach before
// the cue: تجددت المظاهرات reports a new round of the known protests as news.
bool OnsetBefore(const std::vector<MarkerHit>& hits, uint32_t cue);

// وأعلنت الشرطة مقتل 13 في هجوم انتحاري، أكد مصدر أمني إصابة خمسة جنود: a result noun an
// announcement verb reports (its subject between them, no reported clause opened by أن) tells
// that the act took place; so do the act nouns within the result's reach after it.
bool AnnouncedResult(const MarkerLexicon& markers, const std::vector<std::string>& words,
                     const std::vector<MarkerHit>& hits, uint32_t cue);

// Whether the cue is an act noun a dated line of a timeline tells (* 27 يوليو: مقتل 13 في
// هجوم; 17 مارس: مظاهرة; ـ 30 ديسمبر 2002: مقتل ثلاثة أطباء): the sentence opens, past bullets,
// with a date a colon closes, and the cue lies within reach after the colon. Such a line tells
// acts that took place then.
bool InDatedLine(const Analysis& a, const SentenceView& view, const std::vector<MarkerHit>& hits,
                 Span sentence, uint32_t cue);

// Whether the sentence counts its acts up to now (قتلوا في العراق حتى الآن): a running total.
bool RunningTally(const std::vector<MarkerHit>& hits);

// Whether the word before `word` is a number, in digits or a count word (140، مائة، آلاف).
bool QuantityBefore(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
                    uint32_t word);

// Whether the noun cue at `cue` is counted (140 هجوما، مائة هجوم انتحاري): a number right before
// it, in digits or a count word, makes it a statistic of many acts rather than news of one.
// A noun cue right after a counted one describes it (140 هجوما انتحاريا).
bool Counted(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
             const std::vector<CueMatch>& matches, uint32_t cue);

// Whether the sentence dates its acts to an earlier time in words: a year after عام/سنة (اغتيل عام
// 2005), منذ within its reach before the cue (منذ اغتيال الحريري), or months or years ago on
// either side of it (قبل ثمانية أشهر). Such a sentence recalls background; it is not news of a
// new act.
bool InThePast(const std::vector<MarkerHit>& hits, const std::vector<std::string>& words,
               uint32_t cue);

// How many days before the publication date an act may have taken place and still be news.
inline constexpr int kNewsDays = 30;

// The first day of the news of an article published on `published` (YYYY-MM-DD): kNewsDays
// before it, in days since 1970-01-01 (text/date_calendar.h); nullopt when the article has no
// publication date. The coder reads it once an article.
std::optional<int64_t> FirstDayOfTheNews(std::string_view published);

// Whether the sentence dates its acts to well before the news: the date stage found a date in
// it that lies more than kNewsDays days before the article's publication (a month or a year by
// its last day: > في 22 أبريل 1985، نفذ …؛ وقتل مسلح 38 سائحا … في اواخر يونيو الماضي), and no
// date in it is recent. A date in a relative clause dates what the clause tells (اختطف 220
// شخصا … إلى مدينة تدمر التي سقطت في مايو), and one after another clause opener (`hits` of
// other_clause: منذ، بعدما) the start of a span or another act: neither counts. Such a sentence
// recalls an act of the past; it is not news of it. `news_from` is the article's
// FirstDayOfTheNews.
bool DatedBeforeTheNews(const Analysis& a, const SentenceView& view, const MarkerLexicon& markers,
                        const std::vector<MarkerHit>& hits, Span sentence, int64_t news_from);

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_ACT_OCCURRENCE_H_
