#include "link/story_clusterer.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "core/utf8.h"
#include "link/day_number.h"

namespace marsad::link {
namespace {

// Dense ids for term hashes: an open-addressing table (linear probing), much lighter than a
// node-based map for the millions of lookups a corpus needs.
class TermIds {
 public:
  explicit TermIds(size_t expected) { Resize(std::bit_ceil(std::max<size_t>(16, 2 * expected))); }

  uint32_t Intern(uint64_t term) {
    if (term == kEmpty) term = 1;
    if (2 * (size_ + 1) > keys_.size()) Resize(2 * keys_.size());
    size_t slot = Slot(term);
    if (keys_[slot] == kEmpty) {
      keys_[slot] = term;
      ids_[slot] = static_cast<uint32_t>(size_++);
    }
    return ids_[slot];
  }
  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmpty = 0;

  size_t Slot(uint64_t term) const {
    const size_t mask = keys_.size() - 1;
    size_t slot = static_cast<size_t>(term) & mask;  // terms are hashes already
    while (keys_[slot] != kEmpty && keys_[slot] != term) slot = (slot + 1) & mask;
    return slot;
  }
  void Resize(size_t capacity) {
    std::vector<uint64_t> old_keys(capacity, kEmpty);
    std::vector<uint32_t> old_ids(capacity, 0);
    old_keys.swap(keys_);
    old_ids.swap(ids_);
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == kEmpty) continue;
      const size_t slot = Slot(old_keys[i]);
      keys_[slot] = old_keys[i];
      ids_[slot] = old_ids[i];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> ids_;
  size_t size_ = 0;
};

struct TermCount {
  uint32_t term;  // dense id
  uint32_t count;
};

// A document's distinctive terms with unit-length tf-idf weights.
struct WeightedTerm {
  uint32_t term;
  float weight;
};

struct DocState {
  uint32_t input = 0;  // index into the input vector
  int day = 0;
  std::vector<WeightedTerm> terms;
  size_t story = 0;
  std::vector<std::string> event_keys;  // the distinctive ones (see Distinctive)
  std::vector<std::string> actors;
};

size_t CountCodePoints(std::string_view word) {
  size_t count = 0;
  for (unsigned char c : word) count += utf8::IsContinuation(c) ? 0 : 1;
  return count;
}

size_t CountShared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (const std::string& value : a) {
    shared += std::find(b.begin(), b.end(), value) != b.end() ? 1 : 0;
  }
  return shared;
}

// Each document's values of `field` (event keys or actors) without those that more than
// max_frequency documents name: "SAU|01|" or "SAU" alone says nothing of the happening.
std::vector<std::vector<std::string>> Distinctive(const std::vector<StoryDoc>& docs,
                                                  std::vector<std::string> StoryDoc::*field,
                                                  uint32_t max_frequency) {
  std::unordered_map<std::string, uint32_t> frequencies;
  std::vector<std::vector<std::string>> values(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    values[d] = docs[d].*field;
    std::sort(values[d].begin(), values[d].end());
    values[d].erase(std::unique(values[d].begin(), values[d].end()), values[d].end());
    for (const std::string& value : values[d]) ++frequencies[value];
  }
  for (auto& list : values) {
    std::erase_if(list, [&](const std::string& value) {
      return value.empty() || frequencies[value] > max_frequency;
    });
  }
  return values;
}

// Every document's term counts (by dense id), and each term's document frequency.
struct TermStatistics {
  std::vector<std::vector<TermCount>> counts;  // parallel to the input documents
  std::vector<uint32_t> document_frequency;    // by term id
};

// Calls work(i) for every i below count, shared out over the machine's cores (work must be
// safe to run concurrently for different i).
template <typename Work>
void ForEachIndex(size_t count, const Work& work) {
  constexpr size_t kChunk = 256;
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t begin = next.fetch_add(kChunk); begin < count; begin = next.fetch_add(kChunk)) {
      for (size_t i = begin; i < std::min(count, begin + kChunk); ++i) work(i);
    }
  };
  const size_t helpers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 8) - 1;
  std::vector<std::thread> threads;
  for (size_t t = 0; t < helpers && count > kChunk * (t + 1); ++t) {
    try {
      threads.emplace_back(run);
    } catch (const std::system_error&) {
      break;  // no thread to spare: fewer threads do the same work
    }
  }
  run();
  for (std::thread& thread : threads) thread.join();
}

TermStatistics CountTerms(const std::vector<StoryDoc>& docs) {
  size_t total = 0;
  for (const StoryDoc& doc : docs) total += doc.terms.size();
  // Distinct terms are far fewer than term occurrences; a table sized for the occurrences
  // would mostly miss the cache. It grows as needed (ids do not depend on its size).
  TermIds ids(std::min<size_t>(total / 16, size_t{1} << 16));
  // Interning is sequential (ids are handed out in order of first occurrence); counting each
  // document's ids is not.
  std::vector<std::vector<uint32_t>> doc_ids(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    doc_ids[d].reserve(docs[d].terms.size());
    for (uint64_t term : docs[d].terms) doc_ids[d].push_back(ids.Intern(term));
  }
  TermStatistics statistics;
  statistics.counts.resize(docs.size());
  ForEachIndex(docs.size(), [&](size_t d) {
    std::vector<uint32_t>& sorted = doc_ids[d];
    std::sort(sorted.begin(), sorted.end());
    for (size_t start = 0; start < sorted.size();) {
      size_t end = start + 1;
      while (end < sorted.size() && sorted[end] == sorted[start]) ++end;
      statistics.counts[d].push_back({sorted[start], static_cast<uint32_t>(end - start)});
      start = end;
    }
    std::vector<uint32_t>().swap(sorted);
  });
  statistics.document_frequency.assign(ids.size(), 0);
  for (const std::vector<TermCount>& counts : statistics.counts) {
    for (const TermCount& count : counts) ++statistics.document_frequency[count.term];
  }
  return statistics;
}

std::vector<WeightedTerm> Weigh(const std::vector<TermCount>& counts,
                                const std::vector<uint32_t>& document_frequency,
                                uint32_t max_frequency, size_t num_docs, size_t keep) {
  std::vector<WeightedTerm> weighted;
  weighted.reserve(counts.size());
  for (const TermCount& count : counts) {
    const uint32_t frequency = document_frequency[count.term];
    if (frequency > max_frequency) continue;
    const double tf = 1.0 + std::log(static_cast<double>(count.count));
    const double idf = std::log(static_cast<double>(num_docs + 1) / frequency);
    weighted.push_back({count.term, static_cast<float>(tf * idf)});
  }
  const auto heavier = [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight > b.weight || (a.weight == b.weight && a.term < b.term);
  };
  if (weighted.size() > keep) {
    std::nth_element(weighted.begin(), weighted.begin() + keep, weighted.end(), heavier);
    weighted.resize(keep);
  }
  double norm = 0;
  for (const WeightedTerm& term : weighted) norm += static_cast<double>(term.weight) * term.weight;
  norm = std::sqrt(norm);
  for (WeightedTerm& term : weighted) term.weight = norm > 0 ? term.weight / norm : 0;
  return weighted;
}

}  // namespace

std::vector<uint64_t> TermsOfWords(const std::vector<std::string>& words) {
  std::vector<uint64_t> terms;
  terms.reserve(words.size());
  for (const std::string& word : words) {
    if (word.empty() || (word[0] >= '0' && word[0] <= '9')) continue;
    if (CountCodePoints(word) < 2) continue;
    terms.push_back(XXH3_64bits(word.data(), word.size()));
  }
  return terms;
}

std::vector<Story> StoryClusterer::Cluster(const std::vector<StoryDoc>& docs) const {
  const TermStatistics statistics = CountTerms(docs);
  const uint32_t max_frequency =
      docs.size() >= 100
          ? static_cast<uint32_t>(options_.max_doc_share * static_cast<double>(docs.size()))
          : std::numeric_limits<uint32_t>::max();

  auto event_keys = Distinctive(docs, &StoryDoc::event_keys, max_frequency);
  auto actors = Distinctive(docs, &StoryDoc::actors, max_frequency);

  // Dated documents in publication order; undated ones stay alone.
  std::vector<DocState> states;
  for (uint32_t i = 0; i < docs.size(); ++i) {
    const std::optional<int> day = DayNumber(docs[i].published);
    if (!day) continue;
    states.push_back({i, *day,
                      Weigh(statistics.counts[i], statistics.document_frequency, max_frequency,
                            docs.size(), static_cast<size_t>(std::max(1, options_.terms_per_doc))),
                      0, std::move(event_keys[i]), std::move(actors[i])});
  }
  std::stable_sort(states.begin(), states.end(), [&](const DocState& a, const DocState& b) {
    return std::tie(a.day, docs[a.input].doc) < std::tie(b.day, docs[b.input].doc);
  });

  struct Posting {
    uint32_t state;
    float weight;
  };
  struct PostingList {
    std::vector<Posting> postings;  // in publication order
    size_t first_live = 0;          // postings before this are out of the window
  };
  std::vector<PostingList> index(statistics.document_frequency.size());  // by term id
  std::vector<int> story_first_day;
  std::vector<std::vector<uint32_t>> story_members;  // state indices
  // Dot products with earlier documents, dense by state index; `touched` lists the nonzero.
  std::vector<float> dot_products(states.size(), 0.0f);
  std::vector<uint32_t> touched;

  for (uint32_t s = 0; s < states.size(); ++s) {
    DocState& state = states[s];
    for (uint32_t other : touched) dot_products[other] = 0.0f;
    touched.clear();
    for (const auto& [term, weight] : state.terms) {
      PostingList& list = index[term];
      while (list.first_live < list.postings.size() &&
             states[list.postings[list.first_live].state].day < state.day - options_.window_days) {
        ++list.first_live;
      }
      for (size_t p = list.first_live; p < list.postings.size(); ++p) {
        const Posting& posting = list.postings[p];
        if (dot_products[posting.state] == 0.0f) touched.push_back(posting.state);
        dot_products[posting.state] += weight * posting.weight;
      }
    }
    std::optional<size_t> best_story;
    double best_score = options_.threshold;
    for (uint32_t other : touched) {
      const double dot = dot_products[other];
      if (dot + 2 * (options_.event_bonus + options_.actor_bonus) < best_score) continue;
      const size_t story = states[other].story;
      if (state.day - story_first_day[story] > options_.window_days) continue;
      // Against drift along a chain of articles: stay close to the story's first article.
      const uint32_t first = story_members[story].front();
      if (other != first && dot_products[first] < options_.min_first_similarity) continue;
      const DocState& other_state = states[other];
      const double score =
          dot +
          options_.event_bonus * static_cast<double>(std::min<size_t>(
                                     2, CountShared(state.event_keys, other_state.event_keys))) +
          options_.actor_bonus * static_cast<double>(std::min<size_t>(
                                     2, CountShared(state.actors, other_state.actors)));
      if (score > best_score || (score == best_score && best_story && story < *best_story)) {
        best_score = score;
        best_story = story;
      }
    }
    if (best_story) {
      state.story = *best_story;
    } else {
      state.story = story_members.size();
      story_members.emplace_back();
      story_first_day.push_back(state.day);
    }
    story_members[state.story].push_back(s);
    for (const auto& [term, weight] : state.terms) index[term].postings.push_back({s, weight});
  }

  std::vector<Story> stories;
  for (const auto& members : story_members) {
    if (members.size() < std::max<size_t>(1, options_.min_docs)) continue;
    Story story;
    std::set<std::string> outlets;
    for (uint32_t s : members) {
      const StoryDoc& doc = docs[states[s].input];
      story.docs.push_back(doc.doc);
      if (!doc.outlet.empty()) outlets.insert(doc.outlet);
      if (story.label.empty()) story.label = doc.title;
    }
    story.outlets.assign(outlets.begin(), outlets.end());
    story.first_date = docs[states[members.front()].input].published.substr(0, 10);
    story.last_date = docs[states[members.back()].input].published.substr(0, 10);
    stories.push_back(std::move(story));
  }
  return stories;  // story_members is already in order of first date, then first doc
}

}  // namespace marsad::link
