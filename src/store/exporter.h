// Exporter writes a table of the Store — events, articles or quotes — as JSON Lines, CSV
// (with a header) or, for events, GDELT 2.0 event rows (store/gdelt_row.h). Events are the
// corpus events (merged across articles by the link pass) when the store has them, else the
// events of the single articles.
#ifndef MARSAD_STORE_EXPORTER_H_
#define MARSAD_STORE_EXPORTER_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/gdelt_row.h"
#include "store/store.h"

namespace marsad::store {

enum class ExportTable { kEvents, kArticles, kQuotes };
enum class ExportFormat { kJsonl, kCsv, kGdelt };

Expected<ExportTable> ParseExportTable(const std::string& name);
Expected<ExportFormat> ParseExportFormat(const std::string& name);

// Writes every row to `out`; returns the number of rows.
Expected<size_t> Export(Store* store, ExportTable table, ExportFormat format, std::FILE* out);

// The events to export, in id order (corpus events when the link pass found any). At most
// `limit` rows when limit > 0; filters as in /api/events: empty strings do not filter.
struct EventQuery {
  std::string code;   // CAMEO prefix
  std::string actor;  // actor code prefix, source or target
  std::string from;   // YYYY-MM-DD
  std::string to;
  int64_t limit = 0;
  int64_t offset = 0;
  // Only acts reported as happening: corpus events with counted mentions, or article events
  // asserted and actual or reported (what GDELT records).
  bool happened_only = false;
};
// {"id", "date", "source": {"actor", "text"}, "target", "code", …, "url"}
nlohmann::json EventRecordJson(const EventRecord& event);

Expected<std::vector<EventRecord>> ReadEvents(Store* store, const EventQuery& query);

}  // namespace marsad::store

#endif  // MARSAD_STORE_EXPORTER_H_
