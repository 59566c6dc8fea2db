// Api answers the web UI's JSON requests from a store: /api/stats, /api/search?q=…,
// /api/articles/ID (the article's text and its analysis, spans included), /api/events with
// filters, /api/stories, /api/cameo (CAMEO code names); every other path is a file of the
// web UI. Bad parameters give 400 with {"error": …}; nothing the client sends reaches SQL
// except as bound values. Handle is a plain function of the request, safe to call from
// several threads at once: each API call borrows its own connection from the store pool.
#ifndef MARSAD_SERVE_API_H_
#define MARSAD_SERVE_API_H_

#include <string>

#include "serve/http_message.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"
#include "store/store.h"

namespace marsad::serve {

class Api {
 public:
  // stores must outlive the Api. cameo_csv: data/codebooks/cameo-codes.csv (English
  // names), read once here; may be missing (/api/cameo is then {}).
  Api(StorePool* stores, StaticFiles files, const std::string& cameo_csv);

  HttpResponse Handle(const HttpRequest& request) const;

 private:
  HttpResponse HandleApi(const HttpRequest& request, store::Store* store) const;
  HttpResponse Stats(store::Store* store) const;
  HttpResponse Search(const HttpRequest& request, store::Store* store) const;
  HttpResponse Article(const std::string& id, store::Store* store) const;
  HttpResponse Events(const HttpRequest& request, store::Store* store) const;
  HttpResponse Stories(const HttpRequest& request, store::Store* store) const;

  StorePool* stores_;
  StaticFiles files_;
  std::string cameo_json_;
};

}  // namespace marsad::serve

#endif  // MARSAD_SERVE_API_H_
