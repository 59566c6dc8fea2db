#include "store/link_pass.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include "link/duplicate_finder.h"
#include "link/event_merger.h"
#include "link/link_inputs.h"
#include "link/link_words.h"
#include "link/minhash.h"
#include "link/story_clusterer.h"

namespace marsad::store {
namespace {

// What linking needs of the stored articles, read in id order.
struct LinkInputs {
  std::vector<int64_t> article_ids;          // by doc index
  std::vector<int64_t> stored_groups;        // by doc index: duplicate_group as stored
  std::vector<int64_t> stored_stories;       // by doc index: story as stored (0 for none)
  std::vector<link::StoryDoc> story_docs;    // by doc index
  std::vector<link::EventMention> mentions;  // all events, article by article
  std::vector<int64_t> mention_event_ids;    // event row id of each mention
  link::DuplicateFinder duplicates;
};

// Rebuilds the part of an Analysis that linking reads (actors, events) from rows, with
// statements prepared once for all articles.
class ArticlePartsReader {
 public:
  static Expected<ArticlePartsReader> Prepare(SqliteDb& db) {
    auto entities = db.Prepare("SELECT actor FROM entities WHERE article_id = ?1 ORDER BY idx");
    if (!entities.ok()) return entities.status();
    auto events = db.Prepare(
        "SELECT id, source_actor, target_actor, code, polarity, modality, date, sentence_start,"
        " sentence_end FROM events WHERE article_id = ?1 ORDER BY idx");
    if (!events.ok()) return events.status();
    return ArticlePartsReader(std::move(entities).value(), std::move(events).value());
  }

  Status Read(int64_t id, Analysis* a, std::vector<int64_t>* event_ids) {
    entities_.Bind(1, id);
    while (entities_.Step()) {
      Entity entity;
      entity.actor = entities_.Text(0);
      a->entities.push_back(std::move(entity));
    }
    Status status = entities_.status();
    entities_.Reset();
    if (!status.ok()) return status;
    events_.Bind(1, id);
    while (events_.Step()) {
      Event event;
      event_ids->push_back(events_.Int(0));
      event.source.actor = events_.Text(1);
      event.target.actor = events_.Text(2);
      event.code = events_.Text(3);
      event.polarity = events_.Text(4);
      event.modality = events_.Text(5);
      event.date = events_.Text(6);
      event.sentence =
          Span{static_cast<uint32_t>(events_.Int(7)), static_cast<uint32_t>(events_.Int(8))};
      a->events.push_back(std::move(event));
    }
    status = events_.status();
    events_.Reset();
    return status;
  }

 private:
  ArticlePartsReader(Statement entities, Statement events)
      : entities_(std::move(entities)), events_(std::move(events)) {}
  Statement entities_;
  Statement events_;
};

// One stored article as linking reads it back: its row, entities and events.
struct StoredArticle {
  int64_t id = 0;
  int64_t stored_group = 0;
  int64_t stored_story = 0;
  Analysis analysis;
  std::vector<int64_t> event_ids;
};

Status ReadArticles(SqliteDb& db, std::vector<StoredArticle>* articles_out) {
  auto parts = ArticlePartsReader::Prepare(db);
  if (!parts.ok()) return parts.status();
  auto articles = db.Prepare(
      "SELECT id, outlet, url, title, published, text, duplicate_group,"
      " COALESCE(story, 0) FROM articles ORDER BY id");
  if (!articles.ok()) return articles.status();
  while (articles->Step()) {
    StoredArticle& article = articles_out->emplace_back();
    article.id = articles->Int(0);
    Analysis& a = article.analysis;
    a.outlet = articles->Text(1);
    a.url = articles->Text(2);
    a.title = articles->Text(3);
    a.published = articles->Text(4);
    a.article.text = articles->Text(5);
    article.stored_group = articles->IsNull(6) ? 0 : articles->Int(6);
    article.stored_story = articles->Int(7);
    Status status = parts->Read(article.id, &a, &article.event_ids);
    if (!status.ok()) return status;
  }
  return articles->status();
}

// What each article contributes to duplicate finding and story clustering; computing it
// (normalising and hashing every text) is most of linking's work, so it is shared out over
// the machine's cores. Each article's features depend on it alone, so the result is the same
// whatever the number of threads.
struct ArticleFeatures {
  link::Signature signature;
  uint64_t exact_hash = 0;
  link::StoryDoc story_doc;
};

std::vector<ArticleFeatures> ComputeFeatures(const std::vector<StoredArticle>& articles) {
  std::vector<ArticleFeatures> features(articles.size());
  const link::MinHasher hasher;
  std::atomic<size_t> next{0};
  constexpr size_t kChunk = 64;
  auto work = [&] {
    for (size_t begin = next.fetch_add(kChunk); begin < articles.size();
         begin = next.fetch_add(kChunk)) {
      const size_t end = std::min(articles.size(), begin + kChunk);
      for (size_t doc = begin; doc < end; ++doc) {
        const Analysis& a = articles[doc].analysis;
        const std::vector<std::string> words = link::WordsOfAnalysis(a);
        features[doc].signature = hasher.Sign(words);
        features[doc].exact_hash = link::HashOfWords(words);
        features[doc].story_doc = link::MakeStoryDoc(a, static_cast<uint32_t>(doc), words);
      }
    }
  };
  const size_t helpers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 8) - 1;
  std::vector<std::thread> threads;
  for (size_t i = 0; i < helpers && articles.size() > kChunk * (i + 1); ++i) {
    try {
      threads.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no thread to spare: fewer threads do the same work
    }
  }
  work();
  for (std::thread& thread : threads) thread.join();
  return features;
}

Status ReadInputs(SqliteDb& db, LinkInputs* inputs) {
  std::vector<StoredArticle> articles;
  Status status = ReadArticles(db, &articles);
  if (!status.ok()) return status;
  std::vector<ArticleFeatures> features = ComputeFeatures(articles);
  inputs->story_docs.reserve(articles.size());
  for (size_t doc = 0; doc < articles.size(); ++doc) {
    StoredArticle& article = articles[doc];
    inputs->duplicates.Add(std::move(features[doc].signature), features[doc].exact_hash);
    inputs->story_docs.push_back(std::move(features[doc].story_doc));
    for (link::EventMention& mention :
         link::MakeEventMentions(article.analysis, static_cast<uint32_t>(doc))) {
      mention.sentence_text.clear();
      inputs->mentions.push_back(std::move(mention));
    }
    inputs->mention_event_ids.insert(inputs->mention_event_ids.end(), article.event_ids.begin(),
                                     article.event_ids.end());
    inputs->article_ids.push_back(article.id);
    inputs->stored_groups.push_back(article.stored_group);
    inputs->stored_stories.push_back(article.stored_story);
    article.analysis = Analysis{};  // the text is no longer needed
  }
  return Status::Ok();
}

std::string JsonIds(const std::vector<uint32_t>& mentions, const std::vector<int64_t>& ids) {
  std::string out = "[";
  for (uint32_t m : mentions) {
    if (out.size() > 1) out += ",";
    out += std::to_string(ids[m]);
  }
  return out + "]";
}

// Sets one column of the articles whose stored value differs from the wanted one (0 writes
// NULL). Updating only those matters: an update rewrites the whole row, text included.
Status UpdateChanged(SqliteDb& db, const char* column, const LinkInputs& in,
                     const std::vector<int64_t>& stored, const std::vector<int64_t>& wanted) {
  auto update =
      db.Prepare(std::string("UPDATE articles SET ") + column + " = NULLIF(?1, 0) WHERE id = ?2");
  if (!update.ok()) return update.status();
  for (size_t doc = 0; doc < wanted.size(); ++doc) {
    if (stored[doc] == wanted[doc]) continue;
    Status status = update->Bind(1, wanted[doc]).Bind(2, in.article_ids[doc]).Run();
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Status WriteDuplicates(SqliteDb& db, const LinkInputs& in, const link::DuplicateResult& result) {
  auto insert = db.Prepare(
      "INSERT OR REPLACE INTO duplicate_groups(group_id, article_id, similarity)"
      " VALUES(?1, ?2, ?3)");
  if (!insert.ok()) return insert.status();
  // Each article's similarity to its group's representative (1 for the representative).
  std::unordered_map<uint64_t, double> similarity_of_pair;
  for (const link::DuplicatePair& pair : result.pairs) {
    similarity_of_pair[(uint64_t{pair.first} << 32) | pair.second] = pair.similarity;
  }
  std::vector<int64_t> groups = in.article_ids;  // by default, every article is its own group
  for (const link::DuplicateGroup& group : result.groups) {
    const int64_t representative = in.article_ids[group.docs[0]];
    for (uint32_t doc : group.docs) {
      auto pair = similarity_of_pair.find((uint64_t{group.docs[0]} << 32) | doc);
      const double similarity = pair == similarity_of_pair.end() ? 1.0 : pair->second;
      insert->Bind(1, representative).Bind(2, in.article_ids[doc]).Bind(3, similarity);
      if (Status status = insert->Run(); !status.ok()) return status;
      groups[doc] = representative;
    }
  }
  return UpdateChanged(db, "duplicate_group", in, in.stored_groups, groups);
}

Status WriteStories(SqliteDb& db, const LinkInputs& in, const std::vector<link::Story>& stories) {
  auto insert = db.Prepare(
      "INSERT INTO stories(id, title, first_seen, last_seen, num_articles, num_outlets)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!insert.ok()) return insert.status();
  std::vector<int64_t> story_of_doc(in.article_ids.size(), 0);
  for (size_t i = 0; i < stories.size(); ++i) {
    const link::Story& story = stories[i];
    const auto id = static_cast<int64_t>(i + 1);
    insert->Bind(1, id).Bind(2, story.label).Bind(3, story.first_date).Bind(4, story.last_date);
    insert->Bind(5, static_cast<int64_t>(story.docs.size()));
    insert->Bind(6, static_cast<int64_t>(story.outlets.size()));
    if (Status status = insert->Run(); !status.ok()) return status;
    for (uint32_t doc : story.docs) story_of_doc[doc] = id;
  }
  return UpdateChanged(db, "story", in, in.stored_stories, story_of_doc);
}

Status WriteEvents(SqliteDb& db, const LinkInputs& in, const link::MergedEvents& merged) {
  auto insert = db.Prepare(
      "INSERT INTO corpus_events(id, source, target, root, code, first_seen, last_seen,"
      " num_articles, num_sources, num_mentions) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  auto mention = db.Prepare(
      "INSERT OR IGNORE INTO corpus_event_mentions(corpus_event_id, event_id) VALUES(?1, ?2)");
  auto contradiction = db.Prepare(
      "INSERT INTO contradictions(corpus_event_id, kind, asserting, denying)"
      " VALUES(?1, ?2, ?3, ?4)");
  if (!insert.ok()) return insert.status();
  if (!mention.ok()) return mention.status();
  if (!contradiction.ok()) return contradiction.status();
  Status status;
  for (size_t i = 0; i < merged.events.size(); ++i) {
    const link::CorpusEvent& e = merged.events[i];
    const auto id = static_cast<int64_t>(i + 1);
    insert->Bind(1, id).Bind(2, e.source).Bind(3, e.target).Bind(4, e.root).Bind(5, e.code);
    insert->Bind(6, e.first_seen).Bind(7, e.last_seen).Bind(8, int64_t{e.num_articles});
    insert->Bind(9, int64_t{e.num_sources}).Bind(10, int64_t{e.num_mentions});
    if (status = insert->Run(); !status.ok()) return status;
    for (uint32_t m : e.mentions) {
      if (m >= in.mention_event_ids.size()) continue;
      mention->Bind(1, id).Bind(2, in.mention_event_ids[m]);
      if (status = mention->Run(); !status.ok()) return status;
    }
  }
  for (const link::Contradiction& c : merged.contradictions) {
    contradiction->Bind(1, static_cast<int64_t>(c.event) + 1).Bind(2, c.kind);
    contradiction->Bind(3, JsonIds(c.asserting, in.mention_event_ids));
    contradiction->Bind(4, JsonIds(c.denying, in.mention_event_ids));
    if (status = contradiction->Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

Expected<LinkCounts> RunLinkPass(Store* store) {
  SqliteDb& db = store->db();
  LinkInputs inputs;
  Status status = ReadInputs(db, &inputs);
  if (!status.ok()) return status;
  // The three algorithms are independent: duplicates are found and events merged beside
  // story clustering, the longest of them.
  link::DuplicateResult duplicates;
  link::MergedEvents merged;
  auto find_and_merge = [&] {
    duplicates = inputs.duplicates.Find();
    merged = link::EventMerger().Merge(inputs.mentions);
  };
  std::thread helper;
  try {
    helper = std::thread(find_and_merge);
  } catch (const std::system_error&) {
    find_and_merge();  // no thread to spare
  }
  const std::vector<link::Story> stories = link::StoryClusterer().Cluster(inputs.story_docs);
  if (helper.joinable()) helper.join();
  status = store->InTransaction([&]() -> Status {
    for (const char* table : {"duplicate_groups", "stories", "corpus_events",
                              "corpus_event_mentions", "contradictions"}) {
      Status cleared = db.Execute(std::string("DELETE FROM ") + table);
      if (!cleared.ok()) return cleared;
    }
    Status written = WriteDuplicates(db, inputs, duplicates);
    if (written.ok()) written = WriteStories(db, inputs, stories);
    if (written.ok()) written = WriteEvents(db, inputs, merged);
    return written;
  });
  if (!status.ok()) return status;
  LinkCounts counts;
  counts.articles = inputs.article_ids.size();
  counts.duplicate_groups = duplicates.groups.size();
  counts.stories = stories.size();
  counts.corpus_events = merged.events.size();
  counts.contradictions = merged.contradictions.size();
  return counts;
}

}  // namespace marsad::store
