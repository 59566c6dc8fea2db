#include "actors/actor_rules.h"

#include <gtest/gtest.h>

namespace marsad::actors {
namespace {

// Units [10 i, 10 i + 5), all in sentence 0.
std::vector<lexicon::MatchUnit> Units(size_t count) {
  std::vector<lexicon::MatchUnit> units(count);
  for (size_t i = 0; i < count; ++i) {
    units[i].key = "w" + std::to_string(i);
    units[i].span = {static_cast<uint32_t>(10 * i), static_cast<uint32_t>(10 * i + 5)};
  }
  return units;
}

Mention Lexical(const std::vector<lexicon::MatchUnit>& units, size_t first, size_t end,
                std::string type, std::string code, std::string title_key = "") {
  Mention mention;
  mention.first_unit = first;
  mention.end_unit = end;
  mention.span = {units[first].span.start, units[end - 1].span.end};
  mention.type = std::move(type);
  mention.code = std::move(code);
  mention.title_key = std::move(title_key);
  return mention;
}

Entity Tagged(const std::vector<lexicon::MatchUnit>& units, size_t first, size_t end,
              std::string type) {
  return {{units[first].span.start, units[end - 1].span.end}, std::move(type), "", ""};
}

LexiconEntry Entry(EntryKind kind, std::string code, std::string type) {
  LexiconEntry entry;
  entry.kind = kind;
  entry.code = std::move(code);
  entry.type = std::move(type);
  return entry;
}

LexiconMatch Match(const std::vector<lexicon::MatchUnit>& units, size_t unit,
                   std::vector<uint32_t> entries) {
  LexiconMatch match;
  match.first_unit = unit;
  match.end_unit = unit + 1;
  match.span = units[unit].span;
  match.entries = std::move(entries);
  return match;
}

TEST(CodeMentionsTest, ATitleLocatedInAPlaceIsThatCountrysOrgan) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "UAF", "ORG"),    // 0 «مسلحين»
      Entry(EntryKind::kLinker, "-", "-"),       // 1 «في» as a linker
      Entry(EntryKind::kLocator, "-", "-"),      // 2 «في» as a locator
      Entry(EntryKind::kLocator, "-", "-"),      // 3 «شمال»
      Entry(EntryKind::kCountry, "IRQ", "LOC"),  // 4 «العراق»
      Entry(EntryKind::kTitle, "MIL", "MISC"),   // 5 «غارات»
      Entry(EntryKind::kTitle, "GOV", "PER"),    // 6 «الرئيس»
  };
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  // «مسلحين في شمال العراق»
  std::vector<LexiconMatch> matches = {Match(units, 0, {0}), Match(units, 1, {1, 2}),
                                       Match(units, 2, {3}), Match(units, 3, {4})};
  std::vector<Mention> mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "IRQUAF");
  EXPECT_EQ(mentions[0].end_unit, 1u);  // the title alone; the place keeps its mention
  EXPECT_EQ(mentions[1].code, "IRQ");
  // Acts and leaders are not located: «غارات في العراق», «الرئيس في العراق».
  for (uint32_t title : {5u, 6u}) {
    matches[0] = Match(units, 0, {title});
    mentions = CodeMentions(entries, matches, units, sentence, "");
    ASSERT_EQ(mentions.size(), 2u);
    EXPECT_EQ(mentions[0].code, "");
  }
  // The second word of a compound title is not located («الدفاع المدني في الرياض»).
  matches = {Match(units, 0, {5}), Match(units, 1, {0}), Match(units, 2, {2}),
             Match(units, 3, {4})};
  mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "");
  // Without a locator between them nothing is located («مسلحين ... العراق»).
  matches = {Match(units, 0, {0}), Match(units, 2, {4})};
  mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "");
}

TEST(CodeMentionsTest, ASpeakingTitleBeforeABodySpeaksForIt) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "+", "PER"),       // 0 «متحدث»
      Entry(EntryKind::kActor, "USAGOV", "ORG"),  // 1 «البيت الأبيض»
      Entry(EntryKind::kActor, "RUSGOV", "PER"),  // 2 «بوتين»
      Entry(EntryKind::kTitle, "MIL", "ORG"),     // 3 «قوات»
      Entry(EntryKind::kActor, "MEA", "LOC"),     // 4 «الشرق الأوسط»
  };
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  // «متحدث البيت الأبيض»: one mention, the body's code, the title's type.
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "USAGOV");
  EXPECT_EQ(mentions[0].type, "PER");
  EXPECT_EQ(mentions[0].end_unit, 2u);
  EXPECT_FALSE(mentions[0].speaks_for);
  // Not across a gap, not before a person or a place, not for a title with a role of its own.
  for (const auto& matches :
       {std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 2, {1})},
        std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 1, {2})},
        std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 1, {4})},
        std::vector<LexiconMatch>{Match(units, 0, {3}), Match(units, 1, {1})}}) {
    mentions = CodeMentions(entries, matches, units, sentence, "");
    ASSERT_EQ(mentions.size(), 2u);
    EXPECT_EQ(mentions[0].code, "");
  }
}

TEST(CodeMentionsTest, ABlocAfterACountryNamesTheNounBeforeIt) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kCountry, "RUS", "LOC"),   // 0 «روسيا»
      Entry(EntryKind::kActor, "WST", "LOC"),     // 1 «الغربيين»
      Entry(EntryKind::kActor, "RUSGOV", "LOC"),  // 2 «موسكو»
  };
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  // «شركاء روسيا الغربيين»: one mention from the head noun, the bloc's code.
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 1, {0}), Match(units, 2, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "WST");
  EXPECT_EQ(mentions[0].first_unit, 0u);
  EXPECT_EQ(mentions[0].span.start, units[0].span.start);
  // No head noun before the country, or a capital rather than a bloc: two mentions.
  mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "RUS");
  mentions =
      CodeMentions(entries, {Match(units, 1, {0}), Match(units, 2, {2})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "RUS");
}

TEST(MergeTaggedEntitiesTest, WrappingEntityReplacesTheMentionAndKeepsItsCode) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {Lexical(units, 1, 2, "PER", "RUSGOV")};  // «بوتين»
  MergeTaggedEntities({Tagged(units, 0, 2, "PER")}, units, sentence,
                      &mentions);  // «فلاديمير بوتين»
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].span.start, 0u);
  EXPECT_EQ(mentions[0].code, "RUSGOV");
}

TEST(MergeTaggedEntitiesTest, PlaceInsideAnOrganisationGivesOnlyTheCountry) {
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  std::vector<Mention> mentions = {Lexical(units, 1, 2, "LOC", "RUSGOV")};  // «موسكو»
  MergeTaggedEntities({Tagged(units, 0, 2, "ORG")}, units, sentence, &mentions);  // «جامعة موسكو»
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].type, "ORG");
  EXPECT_EQ(mentions[0].code, "RUS");
}

TEST(MergeTaggedEntitiesTest, CrossingEntityIsDropped) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {Lexical(units, 1, 3, "ORG", "IGOUNO")};
  MergeTaggedEntities({Tagged(units, 0, 2, "ORG")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "IGOUNO");
}

TEST(MergeTaggedEntitiesTest, PersonAfterACodedTitleIsThatActor) {
  auto units = Units(5);
  std::vector<uint32_t> sentence(5, 0);
  // «مدير القسم في وزارة الخارجية الروسية» then «إيليا روغاتشوف».
  std::vector<Mention> mentions = {Lexical(units, 0, 2, "ORG", "RUSGOV", "وزاره خارجيه")};
  MergeTaggedEntities({Tagged(units, 2, 4, "PER")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].code, "RUSGOV");
  EXPECT_EQ(mentions[1].type, "PER");
}

TEST(MergeTaggedEntitiesTest, OrganisationBeforeANationalityTakesTheCountry) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {Lexical(units, 2, 3, "MISC", "RUS")};  // «الروسية»
  MergeTaggedEntities({Tagged(units, 0, 2, "ORG"), Tagged(units, 3, 4, "PER")}, units, sentence,
                      &mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].code, "RUS");
  EXPECT_EQ(mentions[2].code, "");  // a lone person, no rule applies
  for (size_t i = 1; i < mentions.size(); ++i) {
    EXPECT_LE(mentions[i - 1].span.end, mentions[i].span.start);
  }
}

}  // namespace
}  // namespace marsad::actors
