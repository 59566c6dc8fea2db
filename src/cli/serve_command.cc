// `marsad serve`: the JSON API and the web UI over a store, on a local HTTP port.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "pipeline/analyzer.h"
#include "serve/api.h"
#include "serve/http_server.h"
#include "serve/static_files.h"
#include "serve/store_pool.h"
#include "store/store.h"

namespace marsad::cli {
namespace {

struct ServeOptions {
  std::string db = "marsad.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 8;
  std::string web;
};

// "http://host:port/", with an IPv6 address in brackets.
std::string UrlOf(const std::string& host, int port) {
  const bool ipv6 = host.find(':') != std::string::npos;
  return "http://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/";
}

int RunServe(const ServeOptions& options, const CliContext& context) {
  // SIGINT and SIGTERM are blocked before any thread starts (the server's workers inherit
  // the mask) and awaited by one thread that stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigset_t previous_mask;
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous_mask);
  struct MaskRestorer {
    const sigset_t* mask;
    ~MaskRestorer() { pthread_sigmask(SIG_SETMASK, mask, nullptr); }
  } restore_mask_on_return{&previous_mask};

  const std::string data_dir = pipeline::ResolveDataDir(context.data_dir_flag);
  auto text = text::TextAnalyzer::Load(data_dir);
  if (!text.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n", text.status().message().c_str());
    return 2;
  }
  // One read-only connection a worker thread, so no request waits for a connection.
  auto stores = serve::StorePool::OpenReadOnly(options.db, &*text, options.threads);
  if (!stores.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n", stores.status().message().c_str());
    return 2;
  }
  const std::string web_dir = serve::ResolveWebDir(options.web);
  const serve::Api api(&*stores, serve::StaticFiles(web_dir),
                       data_dir + "/codebooks/cameo-codes.csv");
  serve::HttpServer server(
      [&api](const serve::HttpRequest& request) { return api.Handle(request); },
      serve::HttpServerOptions{.threads = options.threads});
  Status listening = server.Listen(options.host, options.port);
  if (!listening.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n", listening.message().c_str());
    return 2;
  }

  std::atomic<bool> served{false};
  std::thread signal_watcher([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    if (!served) server.Stop();
  });

  int articles = 0;
  {
    auto store = stores->Borrow();
    auto stats = store->Stats();
    if (stats.ok()) articles = static_cast<int>(stats->articles);
  }
  std::printf("marsad serve: %s  (store %s, %d articles, %d threads, web UI from %s)\n",
              UrlOf(options.host, server.port()).c_str(), options.db.c_str(), articles,
              options.threads, web_dir.c_str());
  std::fflush(stdout);
  Status serving = server.Serve();
  served = true;
  // Wakes the watcher when Serve ended without a signal (the signal is blocked, so it is
  // only consumed by sigwait).
  pthread_kill(signal_watcher.native_handle(), SIGTERM);
  signal_watcher.join();
  if (!serving.ok()) {
    std::fprintf(stderr, "marsad serve: %s\n", serving.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App* app, CliContext* context) {
  auto options = std::make_shared<ServeOptions>();
  auto* cmd = app->add_subcommand("serve", "Serve the store's JSON API and web UI over HTTP");
  cmd->add_option("--db", options->db, "Store file (default: ./marsad.db)");
  cmd->add_option("--port", options->port, "TCP port (default: 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", options->host, "Address to listen on (default: 127.0.0.1)");
  cmd->add_option("--threads", options->threads, "Requests answered at the same time (default: 8)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--web", options->web,
                  "Web UI folder (default: $MARSAD_WEB, the installed or the source web/)");
  cmd->callback([options, context] { context->exit_code = RunServe(*options, *context); });
}

}  // namespace marsad::cli
