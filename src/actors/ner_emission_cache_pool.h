// NerEmissionCachePool keeps the entity tagger's emission caches alive from one article to the
// next: each worker borrows a cache for an article and gives it back, so that a word type is
// described and scored once per cache for the whole run instead of once per article (or, for
// every word the model's vocabulary and word classes know, all at load). Caches are never
// shared by two threads at once; the pool itself is safe to use from any thread.
#ifndef MARSAD_ACTORS_NER_EMISSION_CACHE_POOL_H_
#define MARSAD_ACTORS_NER_EMISSION_CACHE_POOL_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "actors/ner_emission_cache.h"

namespace marsad::actors {

class NerEmissionCachePool {
 public:
  // All must outlive the pool. `vocabulary` holds precomputed scores (may be empty).
  NerEmissionCachePool(const NerModel& model, const NerLexicon& lexicon,
                       const NerWordScores& vocabulary);
  NerEmissionCachePool(const NerEmissionCachePool&) = delete;
  NerEmissionCachePool& operator=(const NerEmissionCachePool&) = delete;

  // A cache for the caller alone, given back to the pool when the lease ends.
  class Lease {
   public:
    Lease(const NerEmissionCachePool* pool, std::unique_ptr<NerEmissionCache> cache)
        : pool_(pool), cache_(std::move(cache)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    NerEmissionCache& operator*() const { return *cache_; }
    NerEmissionCache* operator->() const { return cache_.get(); }

   private:
    const NerEmissionCachePool* pool_;
    std::unique_ptr<NerEmissionCache> cache_;
  };

  // An idle cache (a new one when every cache is in use). Thread-safe.
  Lease Acquire() const;

  // Caches created so far (in use or idle).
  size_t created() const;

 private:
  void Release(std::unique_ptr<NerEmissionCache> cache) const;

  const NerModel& model_;
  const NerLexicon& lexicon_;
  const NerWordScores& vocabulary_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<NerEmissionCache>> idle_;
  mutable size_t created_ = 0;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_EMISSION_CACHE_POOL_H_
