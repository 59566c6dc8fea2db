#include "serve/http_server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace marsad::serve {

// httplib::Server whose listening socket can be closed whether or not it is serving yet:
// httplib's own stop() does nothing before the accept loop runs, which would lose a
// SIGTERM that arrives between Listen and Serve, and its destructor leaves the socket open.
class StoppableHttplibServer : public httplib::Server {
 public:
  ~StoppableHttplibServer() override { CloseListeningSocket(); }

  void CloseListeningSocket() {
    const socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
    if (sock == INVALID_SOCKET) return;
    shutdown(sock, SHUT_RDWR);  // wakes the accept loop
    close(sock);
  }
};

namespace {

constexpr size_t kMaxPayload = 64 * 1024;  // the API takes no bodies

HttpRequest ToHttpRequest(const httplib::Request& request) {
  HttpRequest out;
  out.method = request.method;
  out.path = request.path;
  // httplib keeps every value of a repeated parameter; the first one counts.
  for (const auto& [name, value] : request.params) {
    if (!name.empty()) out.params.emplace(name, value);
  }
  return out;
}

void FillResponse(const HttpResponse& from, httplib::Response* to) {
  to->status = from.status;
  to->set_content(from.body, from.content_type);
}

std::string ReasonOf(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 413:
      return "payload too large";
    case 414:
      return "URI too long";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

// Plain SO_REUSEADDR: httplib's default also sets SO_REUSEPORT, with which a second server
// on the same port would silently share it.
void ExclusivePortOptions(socket_t sock) {
  int yes = 1;
  setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

}  // namespace

HttpServer::HttpServer(HttpHandler handler, HttpServerOptions options)
    : server_(std::make_unique<StoppableHttplibServer>()) {
  const size_t threads = static_cast<size_t>(std::max(options.threads, 1));
  server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server_->set_socket_options(ExclusivePortOptions);
  server_->set_keep_alive_timeout(std::max(options.keep_alive_seconds, 0));
  server_->set_payload_max_length(kMaxPayload);
  server_->set_default_headers(
      {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
  // GET and HEAD go to the handler here, before httplib's regex routing and mount points
  // (for HEAD, httplib leaves the body out when it writes the response).
  server_->set_pre_routing_handler(
      [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        if (request.method != "GET" && request.method != "HEAD") {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        FillResponse(handler(ToHttpRequest(request)), &response);
        return httplib::Server::HandlerResponse::Handled;
      });
  // Other methods go on to httplib, which reads their body (so that a kept-alive connection
  // stays in step) and finds no route: a 405 here. Errors httplib finds itself (malformed
  // request, URI or body too long…) get a JSON body too.
  server_->set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (response.status == 404 && request.method != "GET" && request.method != "HEAD") {
      FillResponse(HttpResponse::Error(405, "only GET and HEAD are served"), &response);
      response.set_header("Allow", "GET, HEAD");
    } else if (response.body.empty()) {
      FillResponse(HttpResponse::Error(response.status, ReasonOf(response.status)), &response);
    }
  });
}

HttpServer::~HttpServer() = default;

Status HttpServer::Listen(const std::string& host, int port) {
  errno = 0;
  if (port == 0) {
    port_ = server_->bind_to_any_port(host);
  } else {
    port_ = server_->bind_to_port(host, port) ? port : -1;
  }
  if (port_ > 0) return Status::Ok();
  const int error = errno;
  port_ = 0;
  return Status::Error("cannot listen on " + host + ":" + std::to_string(port) +
                       (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
}

Status HttpServer::Serve() {
  if (port_ == 0) return Status::Error("the HTTP server is not listening");
  if (!server_->listen_after_bind()) return Status::Error("the HTTP server stopped on an error");
  return Status::Ok();
}

void HttpServer::Stop() { server_->CloseListeningSocket(); }

}  // namespace marsad::serve
