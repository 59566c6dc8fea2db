// HttpServer serves a handler over HTTP/1.1 with cpp-httplib: it listens on one address, runs
// the handler for GET and HEAD requests on a pool of worker threads (so several requests are
// answered at once; the handler must be thread-safe), answers other methods with 405 and
// malformed requests with 400, both as {"error": …}. Stop, from any other thread (never from
// the handler), makes Serve return once the requests in flight are answered.
#ifndef MARSAD_SERVE_HTTP_SERVER_H_
#define MARSAD_SERVE_HTTP_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "core/status.h"
#include "serve/http_message.h"

namespace marsad::serve {

class StoppableHttplibServer;

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpServerOptions {
  int threads = 8;             // worker threads: requests answered at the same time
  int keep_alive_seconds = 2;  // an idle kept-alive connection holds a worker this long
};

class HttpServer {
 public:
  explicit HttpServer(HttpHandler handler, HttpServerOptions options = {});
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;
  ~HttpServer();

  // Binds host:port (an address or a host name); port 0 picks a free port. A port in use
  // is an error (no SO_REUSEPORT sharing).
  Status Listen(const std::string& host, int port);
  int port() const { return port_; }

  // Serves until Stop() is called; an error when not listening or the server failed.
  Status Serve();
  // Thread-safe, and works before Serve starts too (Serve then returns at once).
  void Stop();

 private:
  std::unique_ptr<StoppableHttplibServer> server_;
  int port_ = 0;
};

}  // namespace marsad::serve

#endif  // MARSAD_SERVE_HTTP_SERVER_H_
