// GdeltRow writes one event in the layout of the GDELT 2.0 event table: its 61 columns in
// order (GLOBALEVENTID … SOURCEURL), tab-separated, empty where a column does not apply
// (geography, tone, ethnic and religion codes), so that tools built for GDELT read marsad's
// events as they are.
#ifndef MARSAD_STORE_GDELT_ROW_H_
#define MARSAD_STORE_GDELT_ROW_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::store {

// One event as exported: a corpus event (merged across articles) or an article's event.
struct EventRecord {
  int64_t id = 0;
  std::string date;  // YYYY-MM-DD of the event (else of its article); may be empty
  std::string source_actor;
  std::string source_text;
  std::string target_actor;
  std::string target_text;
  std::string code;  // CAMEO
  int quad_class = 0;
  double goldstein = 0;
  int64_t num_mentions = 1;
  int64_t num_sources = 1;
  int64_t num_articles = 1;
  bool root_event = false;  // reported in the article's first sentence
  std::string polarity;
  std::string modality;
  std::string url;
  std::string outlet;
  std::string article;      // the article's id
  int64_t article_id = 0;   // the article's row in the store
  std::string ingested_at;  // ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z
};

inline constexpr size_t kGdeltColumnCount = 61;
extern const std::array<std::string_view, kGdeltColumnCount> kGdeltColumns;

// The parts of a CAMEO actor code: country (or IGO/NGO-like group) first, then role types.
struct ActorCodeParts {
  std::string country;
  std::string known_group;
  std::array<std::string, 3> types;
};
ActorCodeParts SplitActorCode(std::string_view code);

// The row without a trailing newline.
std::string FormatGdeltRow(const EventRecord& event);

}  // namespace marsad::store

#endif  // MARSAD_STORE_GDELT_ROW_H_
