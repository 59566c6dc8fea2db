#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace marsad::cli {

Progress::Progress(std::string label, bool enabled)
    : label_(std::move(label)),
      enabled_(enabled && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Add(size_t items, size_t bytes) {
  items_ += items;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ > std::chrono::milliseconds(200)) {
    last_draw_ = now;
    Draw(false);
  }
}

void Progress::Done() {
  if (enabled_) Draw(true);
}

void Progress::Draw(bool final) {
  double seconds = Seconds();
  double mb = static_cast<double>(bytes_) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::fprintf(stderr, "\r%s: %zu articles, %.1f MB, %.1f MB/s", label_.c_str(), items_, mb, rate);
  if (total_bytes_ > 0 && rate > 0 && !final) {
    double left = (static_cast<double>(total_bytes_) / 1e6 - mb) / rate;
    std::fprintf(stderr, ", ETA %.0f s", left > 0 ? left : 0);
  }
  std::fprintf(stderr, final ? "\n" : "   ");
  std::fflush(stderr);
}

}  // namespace marsad::cli
