// Progress shows, on a terminal, how a long run is going (items, MB/s, and ETA when the total
// is known) on one rewritten stderr line; it stays silent when stderr is not a terminal.
#ifndef MARSAD_CLI_PROGRESS_H_
#define MARSAD_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace marsad::cli {

class Progress {
 public:
  Progress(std::string label, bool enabled);
  void SetTotalBytes(size_t total) { total_bytes_ = total; }
  void Add(size_t items, size_t bytes);
  void Done();
  double Seconds() const;

 private:
  void Draw(bool final);
  std::string label_;
  bool enabled_;
  size_t items_ = 0;
  size_t bytes_ = 0;
  size_t total_bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace marsad::cli

#endif  // MARSAD_CLI_PROGRESS_H_
