#include "actors/ner_emission_cache_pool.h"

namespace marsad::actors {

NerEmissionCachePool::NerEmissionCachePool(const NerModel& model, const NerLexicon& lexicon,
                                           const NerWordScores& vocabulary)
    : model_(model), lexicon_(lexicon), vocabulary_(vocabulary) {}

NerEmissionCachePool::Lease::~Lease() {
  if (cache_ != nullptr) pool_->Release(std::move(cache_));
}

NerEmissionCachePool::Lease NerEmissionCachePool::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<NerEmissionCache> cache = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(cache));
    }
    ++created_;
  }
  return Lease(this, std::make_unique<NerEmissionCache>(model_, lexicon_, vocabulary_));
}

size_t NerEmissionCachePool::created() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return created_;
}

void NerEmissionCachePool::Release(std::unique_ptr<NerEmissionCache> cache) const {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(cache));
}

}  // namespace marsad::actors
