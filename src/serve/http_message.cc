#include "serve/http_message.h"

#include <nlohmann/json.hpp>

namespace marsad::serve {

std::string HttpRequest::Param(const std::string& name, const std::string& fallback) const {
  auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

HttpResponse HttpResponse::Json(std::string body, int status) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

HttpResponse HttpResponse::Error(int status, const std::string& message) {
  nlohmann::json body{{"error", message}};
  return Json(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), status);
}

}  // namespace marsad::serve
