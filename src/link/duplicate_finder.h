// DuplicateFinder groups near-duplicate articles (the same text syndicated under another
// URL or lightly re-edited): locality-sensitive hashing over MinHash signatures
// (link/minhash.h) proposes candidate pairs, which are kept when their estimated Jaccard
// similarity reaches the threshold. Articles with the same exact hash are always grouped.
// Pure and in-memory: the caller adds documents in index order and asks for the result.
#ifndef MARSAD_LINK_DUPLICATE_FINDER_H_
#define MARSAD_LINK_DUPLICATE_FINDER_H_

#include <cstdint>
#include <vector>

#include "link/minhash.h"

namespace marsad::link {

// Two documents (indices in the order they were added, first < second) found similar.
struct DuplicatePair {
  uint32_t first = 0;
  uint32_t second = 0;
  double similarity = 0;  // estimated Jaccard of the shingle sets; 1 for exact duplicates
  bool exact = false;     // same exact hash (identical normalised words)
};

// Documents linked, directly or through others, by duplicate pairs. docs is sorted; docs[0]
// (the earliest added) serves as the group's representative.
struct DuplicateGroup {
  std::vector<uint32_t> docs;
};

struct DuplicateResult {
  std::vector<DuplicatePair> pairs;    // sorted by (first, second)
  std::vector<DuplicateGroup> groups;  // groups of two or more; sorted by docs[0]
};

class DuplicateFinder {
 public:
  struct Options {
    double threshold = 0.8;  // minimum estimated Jaccard similarity
    // LSH bands of num_hashes / bands rows. Pairs are found with probability
    // 1 - (1 - s^rows)^bands at similarity s: 16 bands of 8 rows find 95 % of pairs at 0.8;
    // a threshold of 0.7 or less wants 32 bands of 4 rows.
    int bands = 16;
  };

  DuplicateFinder() : DuplicateFinder(Options{}) {}
  explicit DuplicateFinder(Options options) : options_(options) {}

  // Adds the next document (its index is the number of documents added before it).
  // exact_hash: HashOfWords() of its words, 0 when it has none; documents with the same
  // nonzero exact hash are always grouped, whatever their length. An empty signature (a
  // document too short for MinHash) takes part in exact matching only.
  void Add(Signature signature, uint64_t exact_hash);

  size_t size() const { return exact_hashes_.size(); }

  DuplicateResult Find() const;

 private:
  Options options_;
  std::vector<Signature> signatures_;
  std::vector<uint64_t> exact_hashes_;
};

}  // namespace marsad::link

#endif  // MARSAD_LINK_DUPLICATE_FINDER_H_
