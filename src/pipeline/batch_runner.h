// BatchRunner analyses a stream of read results on several threads and hands the analyses
// back in input order, so that output is the same whatever the number of threads.
#ifndef MARSAD_PIPELINE_BATCH_RUNNER_H_
#define MARSAD_PIPELINE_BATCH_RUNNER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "core/analysis.h"
#include "pipeline/analyzer.h"

namespace marsad::pipeline {

// What comes out for one input item: its analysis, or the failure that kept it from being read.
using AnalysisResult = std::variant<Analysis, ReadFailure>;
using ResultSink = std::function<void(AnalysisResult&&)>;

class BatchRunner {
 public:
  // threads == 0 uses every core. The sink is called on the caller's thread of Submit/Finish.
  BatchRunner(const Analyzer& analyzer, Depth depth, size_t threads, ResultSink sink);
  ~BatchRunner();
  BatchRunner(const BatchRunner&) = delete;
  BatchRunner& operator=(const BatchRunner&) = delete;

  void Submit(ReadResult&& item);
  // Waits for every submitted item and delivers the rest.
  void Finish();

 private:
  struct Slot {
    std::optional<ReadResult> input;
    std::optional<AnalysisResult> output;
  };
  void Work();
  void Deliver(bool wait_all);

  const Analyzer& analyzer_;
  Depth depth_;
  ResultSink sink_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  std::deque<Slot> slots_;     // in input order; front is the next to deliver
  size_t front_sequence_ = 0;  // input sequence number of slots_.front()
  size_t next_to_start_ = 0;   // sequence number of the first item no worker has taken
  size_t in_flight_limit_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace marsad::pipeline

#endif  // MARSAD_PIPELINE_BATCH_RUNNER_H_
