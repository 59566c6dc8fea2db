// MinHasher turns a document's normalised word sequence into a fixed-length MinHash
// signature over its word shingles (w consecutive words), so that the share of equal
// positions in two signatures estimates the Jaccard similarity of their shingle sets.
// Used to find near-duplicate articles (link/duplicate_finder.h).
#ifndef MARSAD_LINK_MINHASH_H_
#define MARSAD_LINK_MINHASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::link {

// One minimum hash value per hash function; all signatures of one MinHasher have the same
// length. A document shorter than MinHasher::Options::min_words has an empty signature.
using Signature = std::vector<uint64_t>;

class MinHasher {
 public:
  struct Options {
    int num_hashes = 128;   // signature length
    int shingle_words = 5;  // words per shingle; shorter documents form one shingle
    int min_words = 20;     // shorter documents (title-only pages, captions) are too short
                            // to call duplicates: their signature is empty
    uint64_t seed = 0x6d61727361640001ULL;
  };

  MinHasher() : MinHasher(Options{}) {}
  explicit MinHasher(Options options);

  // Signature of an already normalised word sequence (e.g. the norms of an article's
  // word tokens). Fewer than min_words words give an empty signature.
  Signature Sign(const std::vector<std::string_view>& words) const;
  Signature Sign(const std::vector<std::string>& words) const;

  int num_hashes() const { return options_.num_hashes; }

  // Share of equal positions of two signatures of the same MinHasher: an estimate of the
  // Jaccard similarity of the two shingle sets. 0 when either is empty or lengths differ.
  static double EstimateJaccard(const Signature& a, const Signature& b);

 private:
  Options options_;
  std::vector<uint64_t> multipliers_;  // odd; one a hash function
  std::vector<uint64_t> offsets_;
};

}  // namespace marsad::link

#endif  // MARSAD_LINK_MINHASH_H_
