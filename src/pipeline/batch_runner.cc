#include "pipeline/batch_runner.h"

namespace marsad::pipeline {

BatchRunner::BatchRunner(const Analyzer& analyzer, Depth depth, size_t threads, ResultSink sink)
    : analyzer_(analyzer), depth_(depth), sink_(std::move(sink)) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // One thread: analyse on the caller's thread, no workers.
  in_flight_limit_ = threads * 16;
  if (threads > 1) {
    for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
}

BatchRunner::~BatchRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

void BatchRunner::Submit(ReadResult&& item) {
  if (workers_.empty()) {  // single-threaded: analyse right here
    if (auto* article = std::get_if<Article>(&item)) {
      sink_(analyzer_.Analyze(std::move(*article), depth_));
    } else {
      sink_(std::get<ReadFailure>(std::move(item)));
    }
    return;
  }
  {
    std::unique_lock lock(mutex_);
    work_done_.wait(lock,
                    [&] { return slots_.size() < in_flight_limit_ || slots_.front().output; });
    slots_.push_back(Slot{std::move(item), std::nullopt});
  }
  work_ready_.notify_one();
  Deliver(false);
}

void BatchRunner::Finish() {
  if (!workers_.empty()) Deliver(true);
}

void BatchRunner::Deliver(bool wait_all) {
  while (true) {
    AnalysisResult ready;
    {
      std::unique_lock lock(mutex_);
      if (wait_all) {
        work_done_.wait(lock, [&] { return slots_.empty() || slots_.front().output; });
      }
      if (slots_.empty() || !slots_.front().output) return;
      ready = std::move(*slots_.front().output);
      slots_.pop_front();
      ++front_sequence_;
    }
    sink_(std::move(ready));
  }
}

void BatchRunner::Work() {
  while (true) {
    ReadResult item;
    size_t sequence;
    {
      std::unique_lock lock(mutex_);
      auto pending = [&] { return next_to_start_ < front_sequence_ + slots_.size(); };
      work_ready_.wait(lock, [&] { return stopping_ || pending(); });
      if (!pending()) return;  // stopping with nothing left
      sequence = next_to_start_++;
      item = std::move(*slots_[sequence - front_sequence_].input);
    }
    AnalysisResult result;
    if (auto* article = std::get_if<Article>(&item)) {
      result = analyzer_.Analyze(std::move(*article), depth_);
    } else {
      result = std::get<ReadFailure>(std::move(item));
    }
    {
      std::lock_guard lock(mutex_);
      // A slot is delivered only once it has its output, so ours is still in the queue.
      slots_[sequence - front_sequence_].output = std::move(result);
    }
    work_done_.notify_all();
  }
}

}  // namespace marsad::pipeline
