// HttpRequest and HttpResponse are the plain values the API works on, apart from any socket
// or HTTP library: a request is a method, a decoded path and decoded query parameters; a
// response is a status, a content type and a body. The server (http_server.h) translates
// between them and the wire.
#ifndef MARSAD_SERVE_HTTP_MESSAGE_H_
#define MARSAD_SERVE_HTTP_MESSAGE_H_

#include <map>
#include <string>

namespace marsad::serve {

struct HttpRequest {
  std::string method = "GET";
  std::string path;  // decoded, without the query string
  std::map<std::string, std::string> params;

  // The parameter's value, or `fallback` when absent.
  std::string Param(const std::string& name, const std::string& fallback = "") const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;

  static HttpResponse Json(std::string body, int status = 200);
  static HttpResponse Error(int status, const std::string& message);  // {"error": message}
};

}  // namespace marsad::serve

#endif  // MARSAD_SERVE_HTTP_MESSAGE_H_
