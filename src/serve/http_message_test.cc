#include "serve/http_message.h"

#include <gtest/gtest.h>

namespace marsad::serve {
namespace {

TEST(HttpMessageTest, ParamOrFallback) {
  HttpRequest request;
  request.params = {{"q", "الحكومة"}, {"x", ""}};
  EXPECT_EQ(request.Param("q"), "الحكومة");
  EXPECT_EQ(request.Param("x", "none"), "");
  EXPECT_EQ(request.Param("y", "none"), "none");
}

TEST(HttpMessageTest, ErrorIsJsonWithTheEscapedMessage) {
  HttpResponse response = HttpResponse::Error(404, "no \"x\"");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(response.body, "{\"error\":\"no \\\"x\\\"\"}");
}

TEST(HttpMessageTest, InvalidUtf8InAnErrorIsReplacedNotThrown) {
  HttpResponse response = HttpResponse::Error(400, std::string("bad \xff byte"));
  EXPECT_EQ(response.body, "{\"error\":\"bad \xEF\xBF\xBD byte\"}");
}

}  // namespace
}  // namespace marsad::serve
