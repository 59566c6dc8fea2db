// NerScorer measures an entity tagger the way conlleval does: entities are maximal BIO
// chunks of one type, and a predicted entity counts only when its type and both boundaries
// match a gold entity. It reports precision, recall and F1 per type and micro-averaged.
#ifndef MARSAD_ACTORS_NER_SCORER_H_
#define MARSAD_ACTORS_NER_SCORER_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace marsad::actors {

// An entity as a half-open range of positions [begin, end) with its type ("PER", ...).
struct TagChunk {
  size_t begin = 0;
  size_t end = 0;
  std::string type;
  friend bool operator==(const TagChunk&, const TagChunk&) = default;
};

// The chunks of a BIO sequence, read as conlleval does: an I- tag whose type differs from
// the running chunk's (or that follows O) opens a new chunk.
std::vector<TagChunk> ChunksOf(const std::vector<std::string>& tags);
// The same over tag indices into kNerTags (ner_perceptron.h).
std::vector<TagChunk> ChunksOf(const std::vector<int>& tags);

struct EntityCounts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;

  double Precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

class NerScorer {
 public:
  // Adds one sentence's gold and predicted tags (same length).
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

  const EntityCounts& Total() const { return total_; }
  const std::map<std::string, EntityCounts>& ByType() const { return by_type_; }
  double TokenAccuracy() const {
    return tokens_ ? static_cast<double>(tokens_correct_) / tokens_ : 0;
  }

  // A conlleval-like table: one line per type and the micro-averaged total.
  std::string Report() const;

 private:
  EntityCounts total_;
  std::map<std::string, EntityCounts> by_type_;
  size_t tokens_ = 0;
  size_t tokens_correct_ = 0;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_NER_SCORER_H_
