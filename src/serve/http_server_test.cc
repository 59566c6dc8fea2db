#include "serve/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

namespace marsad::serve {
namespace {

using nlohmann::json;

// A server on a free loopback port, serving on its own thread for the test's lifetime.
class RunningServer {
 public:
  explicit RunningServer(HttpHandler handler, int threads = 4)
      : server_(std::move(handler), HttpServerOptions{.threads = threads}) {
    listening_ = server_.Listen("127.0.0.1", 0);
    if (listening_.ok()) serving_ = std::thread([this] { served_ = server_.Serve(); });
  }
  ~RunningServer() { Stop(); }
  Status Stop() {
    server_.Stop();
    if (serving_.joinable()) serving_.join();
    return served_;
  }
  const Status& listening() const { return listening_; }
  int port() const { return server_.port(); }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port());
    client.set_connection_timeout(5);
    client.set_read_timeout(10);
    return client;
  }

 private:
  HttpServer server_;
  Status listening_;
  Status served_;
  std::thread serving_;
};

HttpResponse Echo(const HttpRequest& request) {
  json body{{"method", request.method}, {"path", request.path}, {"q", request.Param("q")}};
  return HttpResponse::Json(body.dump());
}

// Sends raw bytes to 127.0.0.1:port and returns everything the server answers.
std::string Exchange(int port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  std::string response;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
    send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    char buffer[4096];
    ssize_t n;
    while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) response.append(buffer, n);
  }
  close(fd);
  return response;
}

TEST(HttpServerTest, HandsTheDecodedPathAndFirstParameterValuesToTheHandler) {
  RunningServer server(Echo);
  ASSERT_TRUE(server.listening().ok()) << server.listening().message();
  ASSERT_GT(server.port(), 0);
  // Raw bytes, so that no client re-encodes the target ('+' is a space, as URLSearchParams
  // sends it).
  std::string response = Exchange(server.port(),
                                  "GET /api/a%20b?q=%D8%A7%D9%84+%22x%22&q=second HTTP/1.1\r\n"
                                  "Host: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(response.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << response;
  EXPECT_NE(response.find("Content-Type: application/json; charset=utf-8\r\n"), std::string::npos);
  EXPECT_NE(response.find("X-Content-Type-Options: nosniff\r\n"), std::string::npos);
  json body = json::parse(response.substr(response.find("\r\n\r\n") + 4));
  EXPECT_EQ(body["path"], "/api/a b");
  EXPECT_EQ(body["q"], "ال \"x\"");
  EXPECT_TRUE(server.Stop().ok());
}

TEST(HttpServerTest, HeadHasNoBodyOtherMethodsAre405AndGarbageIs400) {
  RunningServer server(Echo);
  ASSERT_TRUE(server.listening().ok()) << server.listening().message();
  httplib::Client client = server.Client();
  auto head = client.Head("/x");
  ASSERT_TRUE(head) << httplib::to_string(head.error());
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  auto post = client.Post("/api/x", "{}", "application/json");
  ASSERT_TRUE(post) << httplib::to_string(post.error());
  EXPECT_EQ(post->status, 405);
  EXPECT_TRUE(json::parse(post->body).contains("error")) << post->body;
  std::string garbage = Exchange(server.port(), "garbage\r\n\r\n");
  EXPECT_EQ(garbage.rfind("HTTP/1.1 400", 0), 0u) << garbage;
  EXPECT_NE(garbage.find("{\"error\":"), std::string::npos) << garbage;
}

// Two requests are inside the handler at the same time: each waits (bounded) for the other.
TEST(HttpServerTest, AnswersSeveralRequestsAtOnce) {
  std::mutex mutex;
  std::condition_variable arrived;
  int inside = 0;
  RunningServer server([&](const HttpRequest&) {
    std::unique_lock<std::mutex> lock(mutex);
    ++inside;
    arrived.notify_all();
    const bool together =
        arrived.wait_for(lock, std::chrono::seconds(5), [&] { return inside >= 2; });
    return HttpResponse::Json(together ? "\"together\"" : "\"alone\"");
  });
  ASSERT_TRUE(server.listening().ok()) << server.listening().message();
  std::string answers[2];
  std::thread clients[2];
  for (int i = 0; i < 2; ++i) {
    clients[i] = std::thread([&, i] {
      auto response = server.Client().Get("/wait");
      if (response) answers[i] = response->body;
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(answers[0], "\"together\"");
  EXPECT_EQ(answers[1], "\"together\"");
}

TEST(HttpServerTest, StopBeforeServeMakesServeReturnAtOnce) {
  HttpServer server(Echo);
  ASSERT_TRUE(server.Listen("127.0.0.1", 0).ok());
  server.Stop();
  EXPECT_TRUE(server.Serve().ok());
}

TEST(HttpServerTest, APortInUseOrABadAddressIsAnError) {
  RunningServer first(Echo);
  ASSERT_TRUE(first.listening().ok()) << first.listening().message();
  HttpServer second(Echo);
  EXPECT_FALSE(second.Listen("127.0.0.1", first.port()).ok());
  HttpServer third(Echo);
  EXPECT_FALSE(third.Listen("256.1.1.1", 0).ok());
  EXPECT_FALSE(third.Serve().ok());
}

}  // namespace
}  // namespace marsad::serve
