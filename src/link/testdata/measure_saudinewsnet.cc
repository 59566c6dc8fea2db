// Measures marsad_link over SaudiNewsNet: near-duplicate pairs and groups at the default
// threshold, a fixed random draw of 50 not byte-identical pairs (written as JSON Lines with
// full texts to /tmp/linkmeasure/pairs50.jsonl for judging by hand; the verdicts are in
// neardup_50_pairs.tsv beside this file), and story clustering, with wall and CPU times.
// Not part of the build (the module globs only src/link/*.cc). Build and run, after
// `cmake --build <dir> --target marsad_link`, with <dir> e.g. build-link (one command):
//   mkdir -p /tmp/linkmeasure && g++ -std=c++20 -O2 -I src
//     src/link/testdata/measure_saudinewsnet.cc <dir>/libmarsad_link.a <dir>/libmarsad_text.a
//     <dir>/libmarsad_core.a -larchive -lxxhash $(pkg-config --libs icu-uc icu-i18n)
//     -o /tmp/linkmeasure/measure && /tmp/linkmeasure/measure [corpus dir] [story threshold]
// neardup_below_threshold_20_pairs.tsv: DUP_THRESHOLD=0.6 DUP_BANDS=32 /tmp/linkmeasure/measure
// (its first 20 pairs).
#include <archive.h>
#include <archive_entry.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <set>

#include "link/duplicate_finder.h"
#include "link/event_merger.h"
#include "link/link_words.h"
#include "link/minhash.h"
#include "link/story_clusterer.h"

using namespace marsad::link;
using Clock = std::chrono::steady_clock;

struct Doc {
  std::string id, outlet, url, date, title, content;
};

struct Stamp {
  Clock::time_point wall;
  std::clock_t cpu;
};
Stamp Now() { return {Clock::now(), std::clock()}; }
// "wall s / cpu s"
std::string Since(Stamp t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2fs wall/%.2fs cpu",
                std::chrono::duration<double>(Clock::now() - t.wall).count(),
                double(std::clock() - t.cpu) / CLOCKS_PER_SEC);
  return buf;
}

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "/work/shared/data/corpus/saudinewsnet";
  std::vector<std::string> zips;
  for (auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".zip") zips.push_back(e.path());
  std::sort(zips.begin(), zips.end());
  std::vector<Doc> docs;
  auto t0 = Now();
  for (const auto& zip : zips) {
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, zip.c_str(), 1 << 16) != ARCHIVE_OK) return 1;
    archive_entry* entry;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
      std::string bytes;
      char buf[1 << 16];
      la_ssize_t n;
      while ((n = archive_read_data(a, buf, sizeof buf)) > 0) bytes.append(buf, n);
      auto json = nlohmann::json::parse(bytes);
      std::string stem = std::filesystem::path(archive_entry_pathname(entry)).stem();
      int i = 0;
      for (auto& item : json) {
        Doc d;
        d.id = stem + "#" + std::to_string(i++);
        d.outlet = item.value("source", "");
        d.url = item.value("url", "");
        d.date = item.value("date_extracted", "").substr(0, 10);
        d.title = item.value("title", "");
        d.content = item.value("content", "");
        docs.push_back(std::move(d));
      }
    }
    archive_read_free(a);
  }
  std::cerr << "read " << docs.size() << " docs in " << Since(t0) << " s\n";

  t0 = Now();
  std::vector<std::vector<std::string>> words(docs.size());
  for (size_t i = 0; i < docs.size(); ++i)
    words[i] = WordsOfText(docs[i].title + "\n" + docs[i].content);
  const std::string t_words = Since(t0);
  t0 = Now();
  MinHasher hasher;
  // DUP_THRESHOLD (e.g. 0.6) and DUP_BANDS (e.g. 32) in the environment redo the recall check
  // below the default threshold: the draw then comes from pairs under 0.8 only and goes to
  // /tmp/linkmeasure/pairs_low.jsonl.
  const char* low_threshold = std::getenv("DUP_THRESHOLD");
  const char* bands = std::getenv("DUP_BANDS");
  DuplicateFinder finder({.threshold = low_threshold ? std::atof(low_threshold) : 0.8,
                          .bands = bands ? std::atoi(bands) : 16});
  for (size_t i = 0; i < docs.size(); ++i) finder.Add(hasher.Sign(words[i]), HashOfWords(words[i]));
  const std::string t_sign = Since(t0);
  t0 = Now();
  DuplicateResult result = finder.Find();
  const std::string t_find = Since(t0);
  size_t exact = 0, byte_identical = 0, in_groups = 0, same_outlet = 0;
  std::vector<DuplicatePair> near;
  for (auto& p : result.pairs) {
    exact += p.exact;
    const bool bytes_equal = docs[p.first].content == docs[p.second].content;
    byte_identical += bytes_equal;
    same_outlet += docs[p.first].outlet == docs[p.second].outlet;
    if (!bytes_equal && (!low_threshold || p.similarity < 0.8)) near.push_back(p);
  }
  for (auto& g : result.groups) in_groups += g.docs.size();
  std::printf("words %s | sign %s | find %s\n", t_words.c_str(), t_sign.c_str(), t_find.c_str());
  std::printf(
      "pairs %zu (exact-words %zu, byte-identical content %zu, same outlet %zu), "
      "groups %zu covering %zu docs, not byte-identical pairs %zu\n",
      result.pairs.size(), exact, byte_identical, same_outlet, result.groups.size(), in_groups,
      near.size());
  std::map<int, int> hist;
  for (auto& p : near) hist[int(p.similarity * 20)]++;
  for (auto& [b, c] : hist) std::printf("  sim [%.2f,%.2f): %d\n", b / 20.0, (b + 1) / 20.0, c);

  // 50 random not-byte-identical pairs, fixed seed.
  // Order by a seeded hash of the pair's ids: a fixed, reproducible random draw.
  auto draw_key = [&](const DuplicatePair& p) {
    const std::string ids = docs[p.first].id + "|" + docs[p.second].id;
    return XXH3_64bits_withSeed(ids.data(), ids.size(), 20150801);
  };
  std::sort(near.begin(), near.end(),
            [&](const auto& a, const auto& b) { return draw_key(a) < draw_key(b); });
  if (near.size() > 50) near.resize(50);
  std::ofstream out(low_threshold ? "/tmp/linkmeasure/pairs_low.jsonl"
                                  : "/tmp/linkmeasure/pairs50.jsonl");
  for (size_t k = 0; k < near.size(); ++k) {
    auto& p = near[k];
    nlohmann::json j;
    for (int side = 0; side < 2; ++side) {
      auto& d = docs[side == 0 ? p.first : p.second];
      j[side == 0 ? "a" : "b"] = {{"id", d.id},     {"outlet", d.outlet}, {"url", d.url},
                                  {"date", d.date}, {"title", d.title},   {"content", d.content}};
    }
    j["similarity"] = p.similarity;
    out << j.dump() << "\n";
  }

  // Stories.
  t0 = Now();
  std::vector<StoryDoc> story_docs(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    story_docs[i].doc = i;
    story_docs[i].outlet = docs[i].outlet;
    story_docs[i].published = docs[i].date;
    story_docs[i].title = docs[i].title;
    story_docs[i].terms = TermsOfWords(words[i]);
  }
  const std::string t_terms = Since(t0);
  StoryClusterer::Options options;
  if (argc > 2) options.threshold = std::atof(argv[2]);
  if (argc > 3) options.min_first_similarity = std::atof(argv[3]);
  t0 = Now();
  auto stories = StoryClusterer(options).Cluster(story_docs);
  const std::string t_cluster = Since(t0);
  size_t multi = 0, docs_in = 0, biggest = 0;
  std::map<size_t, int> sizes;
  for (auto& s : stories) {
    multi += s.outlets.size() > 1;
    docs_in += s.docs.size();
    biggest = std::max(biggest, s.docs.size());
    sizes[std::min<size_t>(s.docs.size(), 20)]++;
  }
  std::printf(
      "stories: terms %s | cluster %s; %zu stories (%zu multi-outlet) covering %zu "
      "docs; biggest %zu\n",
      t_terms.c_str(), t_cluster.c_str(), stories.size(), multi, docs_in, biggest);
  for (auto& [s, c] : sizes) std::printf("  size %zu%s: %d\n", s, s == 20 ? "+" : "", c);
  std::ofstream sout("/tmp/linkmeasure/stories.txt");
  std::mt19937 rng2(7);
  std::vector<size_t> order(stories.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng2);
  for (size_t k : order) {
    auto& s = stories[k];
    sout << "### " << s.docs.size() << " docs " << s.first_date << ".." << s.last_date << " ";
    for (auto& o : s.outlets) sout << o << ",";
    sout << "\n";
    for (size_t j = 0; j < std::min<size_t>(s.docs.size(), 12); ++j) {
      auto& d = docs[s.docs[j]];
      sout << "  " << d.date << " " << d.outlet << " | " << d.title << "\n";
    }
  }
  // Event merging has no corpus input here (no coded events): time it on synthetic mentions
  // shaped like a corpus of this size (5 a document, 60 actors, 20 roots, 3 % negated,
  // 2 % denials).
  std::vector<EventMention> mentions;
  std::mt19937 mention_rng(42);
  const char* kActors[] = {"SAU", "SAUGOV", "SAUMIL", "YEM",    "YEMREB", "IRN", "IRNGOV",
                           "USA", "USAGOV", "RUS",    "RUSGOV", "RUSMIL", "SYR", "SYRREB",
                           "EGY", "QAT",    "ARE",    "BHR",    "KWT",    "IRQ"};
  for (uint32_t doc = 0; doc < docs.size(); ++doc) {
    for (int k = 0; k < 5; ++k) {
      EventMention m;
      m.doc = doc;
      m.outlet = docs[doc].outlet;
      m.date = docs[doc].date;
      m.source = kActors[mention_rng() % 20];
      m.target = kActors[mention_rng() % 20];
      const int root = 1 + mention_rng() % 20;
      const int r = mention_rng() % 100;
      m.code = r < 2 ? "016" : (root < 10 ? "0" : "") + std::to_string(root) + "0";
      if (r >= 2 && r < 5) m.polarity = "negated";
      mentions.push_back(std::move(m));
    }
  }
  t0 = Now();
  const MergedEvents merged = EventMerger().Merge(mentions);
  std::printf("events: %zu synthetic mentions merged in %s: %zu events, %zu contradictions\n",
              mentions.size(), Since(t0).c_str(), merged.events.size(),
              merged.contradictions.size());
  return 0;
}
