// PhraseMatcher is a compiled, read-only dictionary of multi-word phrases over variant keys
// (lexicon/variant_key.h): a trie whose edges are whole keys, so matching costs one hash
// lookup per word. Each phrase carries integer values (indices into the caller's entries).
// Built once at start-up by PhraseMatcher::Builder and then shared between threads.
#ifndef MARSAD_LEXICON_PHRASE_MATCHER_H_
#define MARSAD_LEXICON_PHRASE_MATCHER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marsad::lexicon {

// One position of the text to match: its key and, optionally, a second key that the position
// may also be read as (a word without its proclitics, «لروسيا» → «روسيا»).
struct KeyChoice {
  std::string_view key;
  std::string_view alternative;  // empty when none
  std::string_view second;       // a second alternative, empty when none
};

class PhraseMatcher {
 private:
  // A key with its hash, computed once per text position and used both for the first-word
  // filter and the table lookup.
  struct HashedKey {
    std::string_view text;
    size_t hash;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return KeyHash(s); }
    size_t operator()(const HashedKey& key) const { return key.hash; }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    bool operator()(const HashedKey& a, std::string_view b) const { return a.text == b; }
    bool operator()(std::string_view a, const HashedKey& b) const { return a == b.text; }
  };
  struct Node {
    std::unordered_map<std::string, uint32_t, Hash, Equal> next;
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

  PhraseMatcher() : nodes_(1) {}

  // The longest phrase that starts at positions[begin]. Alternatives are tried at every
  // position; on a tie the plain key of the first position wins.
  Match LongestAt(std::span<const KeyChoice> positions, size_t begin) const;

  size_t phrase_count() const { return phrase_count_; }

 private:
  static constexpr size_t kFilterBits = size_t{1} << 18;
  // The hash of a key (FNV-1a): cheap on the short keys of words.
  static size_t KeyHash(std::string_view key);
  // The key's bit in the first-word filter.
  static size_t FilterSlot(size_t hash) { return (hash ^ (hash >> 18)) % kFilterBits; }
  // Whether some phrase may start with the key (false: none does; true: look it up).
  bool MayStart(size_t hash) const;
  void Walk(std::span<const KeyChoice> positions, size_t at, const Node& node, int first_choice,
            size_t begin, Match* best) const;

  std::vector<Node> nodes_;
  // One bit per FilterSlot of the phrases' first keys: most words of a text start no phrase,
  // and this answers that from a small bitmap instead of the root's large hash table.
  std::vector<uint64_t> first_key_filter_;
  size_t phrase_count_ = 0;
};

}  // namespace marsad::lexicon

#endif  // MARSAD_LEXICON_PHRASE_MATCHER_H_
