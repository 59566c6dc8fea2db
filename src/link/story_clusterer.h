// StoryClusterer groups articles that report the same happening, across outlets, into
// stories. Two articles are linked when they were published within a time window and their
// combined score (cosine of their tf-idf vectors over their most distinctive words, plus
// bonuses for shared event keys and shared actors) reaches a threshold; candidates come from
// an inverted index of those words. In publication order, each article joins the story of
// its best-scoring earlier article whose story began at most window_days before it (and
// whose first article it still resembles), or starts a story of its own. Pure and in-memory.
#ifndef MARSAD_LINK_STORY_CLUSTERER_H_
#define MARSAD_LINK_STORY_CLUSTERER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace marsad::link {

// What the clusterer needs to know of one article.
struct StoryDoc {
  uint32_t doc = 0;                 // the caller's document index, returned in Story::docs
  std::string outlet;               // e.g. "alriyadh"
  std::string published;            // YYYY-MM-DD (a time may follow); undated articles stay alone
  std::string title;                // used for the story's label
  std::vector<uint64_t> terms;      // hashed normalised content words, repeats = frequency
                                    // (see TermsOfWords)
  std::vector<std::string> actors;  // actor codes named, e.g. "SAU", "IRNGOV"
  std::vector<std::string> event_keys;  // "source|root|target", e.g. "SAU|19|YEMREB"
};

// Hashes words into StoryDoc::terms, skipping words shorter than two letters and numbers.
std::vector<uint64_t> TermsOfWords(const std::vector<std::string>& words);

struct Story {
  std::vector<uint32_t> docs;        // StoryDoc::doc values, earliest published first
  std::vector<std::string> outlets;  // distinct, sorted
  std::string first_date;            // YYYY-MM-DD
  std::string last_date;
  std::string label;  // the title of the earliest article with a title
};

class StoryClusterer {
 public:
  struct Options {
    int window_days = 3;                // linked articles are at most this many days apart
    double threshold = 0.35;            // minimum combined score to link two articles
    double event_bonus = 0.1;           // added a shared event key (at most two)
    double actor_bonus = 0.05;          // added a shared actor code (at most two)
    double min_first_similarity = 0.2;  // joining through a later article also needs this
                                        // cosine with the story's first (against drift)
    int terms_per_doc = 40;             // distinctive terms a document is indexed and compared by
    double max_doc_share = 0.05;        // in collections of 100+ documents, terms, event keys
                                        // and actors in more than this share are ignored
    size_t min_docs = 2;                // smaller stories are not returned
  };

  StoryClusterer() : StoryClusterer(Options{}) {}
  explicit StoryClusterer(Options options) : options_(options) {}

  // Stories of two or more (min_docs) articles, ordered by first date, then first doc.
  std::vector<Story> Cluster(const std::vector<StoryDoc>& docs) const;

 private:
  Options options_;
};

}  // namespace marsad::link

#endif  // MARSAD_LINK_STORY_CLUSTERER_H_
