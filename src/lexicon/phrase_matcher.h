// PhraseMatcher is a compiled, read-only dictionary of multi-word phrases over variant keys
// (lexicon/variant_key.h): a trie whose edges are whole keys, so matching costs one hash
// lookup per word. Each phrase carries integer values (indices into the caller's entries).
// Built once at start-up by PhraseMatcher::Builder and then shared between threads.
#ifndef MARSAD_LEXICON_PHRASE_MATCHER_H_
#define MARSAD_LEXICON_PHRASE_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/key_filter.h"
#include "core/key_index.h"

namespace marsad::lexicon {

// One position of the text to match: its key and, optionally, a second key that the position
// may also be read as (a word without its proclitics, «لروسيا» → «روسيا»). The hashes are
// PhraseMatcher::KeyHash of each key, computed once per position (KeyChoices does); 0 means
// not computed, and the matcher computes it.
struct KeyChoice {
  std::string_view key;
  std::string_view alternative;  // empty when none
  std::string_view second;       // a second alternative, empty when none
  uint64_t key_hash = 0;
  uint64_t alternative_hash = 0;
  uint64_t second_hash = 0;
};

class PhraseMatcher {
 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> next;
    std::vector<uint32_t> values;
  };

 public:
  struct Match {
    size_t length = 0;     // number of positions matched; 0 when none
    int first_choice = 0;  // how the first position matched: 0 key, 1 alternative, 2 second
    std::span<const uint32_t> values;  // the phrase's values
  };

  class Builder {
   public:
    Builder() : nodes_(1) {}
    // Adds a phrase (a sequence of non-empty keys) with one value. Adding the same phrase
    // again appends the value (duplicate values are kept once). Empty phrases are ignored.
    void Add(const std::vector<std::string>& keys, uint32_t value);
    PhraseMatcher Build() &&;

   private:
    std::vector<Node> nodes_;
    size_t phrase_count_ = 0;
  };

  PhraseMatcher() = default;

  // The longest phrase that starts at positions[begin]. Alternatives are tried at every
  // position; on a tie the plain key of the first position wins.
  Match LongestAt(std::span<const KeyChoice> positions, size_t begin) const;

  size_t phrase_count() const { return phrase_count_; }

  // The hash of a key (FNV-1a, 64 bits): cheap on the short keys of words. Never 0.
  static uint64_t KeyHash(std::string_view key);

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  // An edge of the trie: the key it reads (in key_bytes_) and the node it leads to.
  struct Edge {
    uint32_t key_start = 0;
    uint32_t key_size = 0;
    uint32_t child = 0;
    uint32_t next_same_slot = kNone;  // another edge whose index key is the same (a collision)
  };
  // The index key of the edge reading `key_hash` out of `node`.
  static uint64_t EdgeKey(uint32_t node, uint64_t key_hash);
  // Whether some phrase may start with the key (false: none does; true: look it up).
  bool MayStart(uint64_t hash) const;
  // The node reached from `node` by `key`, or kNone.
  uint32_t Child(uint32_t node, std::string_view key, uint64_t key_hash) const;
  std::span<const uint32_t> ValuesOf(uint32_t node) const {
    return std::span<const uint32_t>(values_).subspan(value_begin_[node],
                                                      value_begin_[node + 1] - value_begin_[node]);
  }
  void Walk(std::span<const KeyChoice> positions, size_t at, uint32_t node, int first_choice,
            size_t begin, Match* best) const;

  // The trie, flat: edges found through one hash index over (node, key), the values of node n
  // at values_[value_begin_[n], value_begin_[n + 1]).
  KeyIndex edge_index_;
  std::vector<Edge> edges_;
  std::string key_bytes_;
  std::vector<uint32_t> value_begin_ = {0, 0};
  std::vector<uint32_t> values_;
  // The phrases' first keys: most words of a text start no phrase, and this answers that from a
  // small bitmap instead of the edge index.
  KeyFilter first_key_filter_;
  size_t phrase_count_ = 0;
};

}  // namespace marsad::lexicon

#endif  // MARSAD_LEXICON_PHRASE_MATCHER_H_
