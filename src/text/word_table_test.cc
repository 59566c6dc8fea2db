#include "text/word_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace marsad::text {
namespace {

TEST(WordTableTest, InsertsAndFinds) {
  WordTable table(2);
  table.Insert("قال").count = 7;
  table.Insert("وقال").count = 3;
  ASSERT_NE(table.Find("قال"), nullptr);
  EXPECT_EQ(table.Find("قال")->count, 7u);
  EXPECT_EQ(table.Find("وقال")->count, 3u);
  EXPECT_EQ(table.Find("قالت"), nullptr);
  EXPECT_EQ(table.Insert("قال").count, 7u);  // inserting again returns the same entry
  EXPECT_EQ(table.size(), 2u);
}

TEST(WordTableTest, PrefetchNeitherInsertsNorChangesEntries) {
  WordTable table(4);
  table.Insert("قال").count = 7;
  table.Prefetch("قال");
  table.Prefetch("قالت");
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(table.Find("قالت"), nullptr);
  ASSERT_NE(table.Find("قال"), nullptr);
  EXPECT_EQ(table.Find("قال")->count, 7u);
}

TEST(WordTableTest, LargeTableOnHugePagesInsertsAndFinds) {
  WordTable table(1 << 18);  // 8 MB of slots: allocated in huge-page units
  for (int i = 0; i < 3000; ++i) table.Insert("k" + std::to_string(i)).count = i + 1;
  EXPECT_EQ(table.size(), 3000u);
  for (int i = 0; i < 3000; i += 101) {
    const WordEntry* entry = table.Find("k" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->count, static_cast<uint32_t>(i + 1));
  }
  EXPECT_EQ(table.Find("k3000"), nullptr);
}

TEST(WordTableTest, GrowsPastItsInitialSize) {
  WordTable table;
  for (int i = 0; i < 5000; ++i) table.Insert("w" + std::to_string(i)).count = i;
  EXPECT_EQ(table.size(), 5000u);
  for (int i = 0; i < 5000; i += 97) {
    const WordEntry* entry = table.Find("w" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->count, static_cast<uint32_t>(i));
  }
  EXPECT_EQ(table.Find("w5000"), nullptr);
}

// The fingerprint as first written: eight-byte chunks, the last one copied into a zeroed chunk.
// Fingerprint reads the last chunk another way; the fingerprints, which the segmentation data
// is keyed by, must not change.
uint64_t ReferenceFingerprint(std::string_view word) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  uint64_t hash = word.size() * kMultiplier;
  for (size_t i = 0; i < word.size(); i += 8) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + i, std::min<size_t>(8, word.size() - i));
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  hash ^= hash >> 33;
  hash *= 0xFF51AFD7ED558CCDULL;
  hash ^= hash >> 33;
  hash *= 0xC4CEB9FE1A85EC53ULL;
  hash ^= hash >> 33;
  return hash == 0 ? 1 : hash;
}

TEST(WordTableTest, FingerprintOfEveryLengthIsTheChunkedHash) {
  std::string bytes;
  for (int i = 0; i < 40; ++i) bytes.push_back(static_cast<char>(0xD8 + i * 37 % 200));
  for (size_t start = 0; start < 3; ++start) {
    for (size_t size = 0; start + size <= bytes.size(); ++size) {
      const std::string_view word = std::string_view(bytes).substr(start, size);
      EXPECT_EQ(WordTable::Fingerprint(word), ReferenceFingerprint(word)) << start << " " << size;
    }
  }
  EXPECT_EQ(WordTable::Fingerprint("قال"), ReferenceFingerprint("قال"));
}

}  // namespace
}  // namespace marsad::text
