#include "actors/actor_rules.h"

#include <gtest/gtest.h>

#include <tuple>

#include "actors/mention_test_fixtures.h"

namespace marsad::actors {
namespace {

using testing::LexicalMention;

// Units [10 i, 10 i + 5), all in sentence 0.
std::vector<lexicon::MatchUnit> Units(size_t count) {
  std::vector<lexicon::MatchUnit> units(count);
  for (size_t i = 0; i < count; ++i) {
    units[i].key = "w" + std::to_string(i);
    units[i].span = {static_cast<uint32_t>(10 * i), static_cast<uint32_t>(10 * i + 5)};
  }
  return units;
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

TEST(CodeMentionsTest, ASpeakerInConstructWithAnOrganSpeaksForIt) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "+", "PER"),           // 0 «متحدث»
      Entry(EntryKind::kTitle, "GOV", "ORG"),         // 1 «وزارة الخارجية»
      Entry(EntryKind::kNationality, "RUS", "MISC"),  // 2 «الروسية»
  };
  auto units = Units(4);
  const std::vector<uint32_t> sentence(4, 0);
  struct Case {
    std::vector<LexiconMatch> matches;
    std::string speaker;  // the speaker's code
  };
  const std::vector<Case> cases = {
      // «متحدث وزارة الخارجية الروسية»: the speaker speaks for the organ, RUSGOV.
      {{Match(units, 0, {0}), Match(units, 1, {1}), Match(units, 2, {2})}, "RUSGOV"},
      // A word between them: no construct.
      {{Match(units, 0, {0}), Match(units, 2, {1}), Match(units, 3, {2})}, ""},
      // An organ no state completes gives nothing.
      {{Match(units, 0, {0}), Match(units, 1, {1})}, ""},
  };
  for (const Case& c : cases) {
    std::vector<Mention> found = CodeMentions(entries, c.matches, units, sentence, "");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found.front().code, c.speaker);
    EXPECT_EQ(found.back().code, c.matches.size() == 3 ? "RUSGOV" : "");
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

TEST(CodeMentionsTest, ACountryCompletesATitleOnlyInConstruct) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "MIL", "ORG"),     // 0 «قوات»
      Entry(EntryKind::kCountry, "IRQ", "LOC"),   // 1 «العراق»
      Entry(EntryKind::kActor, "IRQGOV", "LOC"),  // 2 «بغداد»
      Entry(EntryKind::kTitle, "EDU", "PER"),     // 3 «جامعة»
  };
  auto units = Units(2);
  std::vector<uint32_t> sentence(2, 0);
  // «قوات العراق», «جامعة بغداد»: the title governs the state.
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "IRQMIL");
  mentions =
      CodeMentions(entries, {Match(units, 0, {3}), Match(units, 1, {2})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "IRQEDU");
  // «دخلت القوات العراق»: a title written with the article governs nothing.
  units[0].definite = lexicon::kKeyDefinite;
  mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "");
  EXPECT_EQ(mentions[1].code, "IRQ");
}

TEST(CodeMentionsTest, ANationalityPastARelativeAdjectiveCompletesTheTitle) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "PTY", "ORG"),         // 0 «الحزب»
      Entry(EntryKind::kNationality, "DEU", "MISC"),  // 1 «الألماني»
  };
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  for (auto& unit : units) unit.definite = lexicon::kKeyDefinite;
  units[1].key = "قومي";  // «القومي»
  std::vector<LexiconMatch> matches = {Match(units, 0, {0}), Match(units, 2, {1})};
  std::vector<Mention> mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "DEUPTY");
  EXPECT_EQ(mentions[0].end_unit, 3u);
  // Not past a word that is no relative adjective, nor one that does not agree with them.
  units[1].key = "ضد";
  EXPECT_EQ(CodeMentions(entries, matches, units, sentence, "").size(), 2u);
  units[1].key = "قومي";
  units[1].definite = 0;
  EXPECT_EQ(CodeMentions(entries, matches, units, sentence, "").size(), 2u);
}

TEST(CodeMentionsTest, MembersAnIncluderListsShareTheGroupsRole) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "GOV", "PER"),    // 0 «قادة»
      Entry(EntryKind::kCountry, "SYR", "LOC"),  // 1 «سوريا»
      Entry(EntryKind::kGroup, "-", "-"),        // 2 «ودول»
      Entry(EntryKind::kIncluder, "-", "-"),     // 3 «ومن ضمنها»
      Entry(EntryKind::kCountry, "TUR", "LOC"),  // 4 «تركيا»
      Entry(EntryKind::kCountry, "JOR", "LOC"),  // 5 «الأردن»
  };
  // «قادة سوريا ودول المنطقة، ومن ضمنها تركيا والأردن»
  auto units = Units(7);
  std::vector<uint32_t> sentence(7, 0);
  units[2].key = "ودول";
  units[2].alternative = "دول";
  std::vector<LexiconMatch> matches = {Match(units, 0, {0}), Match(units, 1, {1}),
                                       Match(units, 2, {2}), Match(units, 4, {3}),
                                       Match(units, 5, {4}), Match(units, 6, {5})};
  std::vector<Mention> mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].code, "SYRGOV");
  EXPECT_EQ(mentions[1].code, "TURGOV");
  EXPECT_EQ(mentions[2].code, "JORGOV");
  // Without a noun of states before the includer («عمليات ... وبينها فرنسا») the list is not
  // the group's.
  matches.erase(matches.begin() + 2);
  mentions = CodeMentions(entries, matches, units, sentence, "");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "TUR");
  EXPECT_EQ(mentions[2].code, "JOR");
}

TEST(CodeMentionsTest, AModifiedTitleBeforeAPersonGivesThePersonItsRole) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "GOV", "PER"),     // 0 «الرئيس»
      Entry(EntryKind::kModifier, "ELI", "-"),    // 1 «السابق»
      Entry(EntryKind::kActor, "MRTGOV", "PER"),  // 2 «سيدي ولد الشيخ عبد الله»
  };
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1}), Match(units, 2, {2})},
                   units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "");  // the bare title names no one of its own
  EXPECT_EQ(mentions[1].code, "MRTELI");
  EXPECT_TRUE(mentions[1].coded_by_context);
  // Without the modifier the person keeps the lexicon's role.
  mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 2, {2})}, units, sentence, "");
  EXPECT_EQ(mentions.back().code, "MRTGOV");
}

TEST(CodeMentionsTest, ATitleThatNamesItsRoleAloneTakesTheModifiersRole) {
  LexiconEntry president = Entry(EntryKind::kTitle, "GOV", "PER");  // 0 «الرئيس»
  president.names_role_alone = true;
  LexiconEntry officer = Entry(EntryKind::kTitle, "MIL", "PER");  // 2 «اللواء»: a title only
  const std::vector<LexiconEntry> entries = {president, Entry(EntryKind::kModifier, "ELI", "-"),
                                             officer};
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 1, {1}), Match(units, 3, {2})},
                   units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].bare_role, "ELI");  // «الرئيس السابق»
  EXPECT_EQ(mentions[0].span, (Span{units[0].span.start, units[1].span.end}));
  EXPECT_EQ(mentions[0].code, "");  // the resolver decides whether the role alone stands
  EXPECT_EQ(mentions[1].bare_role, "");
  EXPECT_EQ(mentions[1].title_role, "MIL");
}

TEST(ChooseEntryTest, ARoleBeatsATitleOfTheSameWordsWhateverTheDate) {
  LexiconEntry role = Entry(EntryKind::kTitle, "GOV", "PER");  // «^الرئيس»
  role.names_role_alone = true;
  const std::vector<LexiconEntry> entries = {role, Entry(EntryKind::kTitle, "GOV", "PER")};
  auto units = Units(1);
  for (const char* published : {"", "2015-09-25"}) {
    EXPECT_EQ(ChooseEntry(entries, Match(units, 0, {0, 1}), published), &entries[0]);
    EXPECT_EQ(ChooseEntry(entries, Match(units, 0, {1, 0}), published), &entries[0]);
    EXPECT_EQ(ChooseEntry(entries, Match(units, 0, {1}), published), &entries[1]);
  }
}

TEST(CodeMentionsTest, APersonNamedAfterTheirRoleIsAFormerOfficialAndACountryStays) {
  std::vector<LexiconEntry> entries = {Entry(EntryKind::kActor, "EGYGOV", "PER"),
                                       Entry(EntryKind::kActor, "EGY", "PER")};
  for (auto& entry : entries) {
    entry.valid_from = "1981-10-14";
    entry.valid_to = "2011-02-11";
  }
  auto units = Units(1);
  std::vector<uint32_t> sentence(1, 0);
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0})}, units, sentence, "2015-07-21");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "EGYELI");
  // A mined entry with no role («شرم شيخ» EGY) is no office one leaves.
  mentions = CodeMentions(entries, {Match(units, 0, {1})}, units, sentence, "2015-07-21");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "EGY");
  // Before the role began: uncoded.
  mentions = CodeMentions(entries, {Match(units, 0, {0})}, units, sentence, "1970-01-01");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "");
}

TEST(MergeTaggedEntitiesTest, ANationalityEndingAPersonsNameIsAFamilyName) {
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  // «فيصل بن تركي»: «تركي» ends the name.
  std::vector<Mention> mentions = {LexicalMention(units, 2, 3, "MISC", "TUR")};
  MergeTaggedEntities({Tagged(units, 0, 3, "PER")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].type, "PER");
  EXPECT_EQ(mentions[0].code, "");
  // «سويسري جوزيف بلاتر»: a leading adjective says where the person is from.
  mentions = {LexicalMention(units, 0, 1, "MISC", "CHE")};
  MergeTaggedEntities({Tagged(units, 0, 3, "PER")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "CHE");
}

TEST(CodeMentionsTest, ABareTitleProposesTheCountryOfItsSentencesPlaces) {
  const std::vector<LexiconEntry> entries = {
      Entry(EntryKind::kTitle, "COP", "ORG"),     // 0 «الشرطة»
      Entry(EntryKind::kCountry, "IRQ", "LOC"),   // 1 «الموصل»
      Entry(EntryKind::kCountry, "SYR", "LOC"),   // 2 «سوريا»
      Entry(EntryKind::kTitle, "MIL", "ORG"),     // 3 «الطائرات»
      Entry(EntryKind::kActor, "IRQGOV", "PER"),  // 4 an Iraqi official
  };
  auto units = Units(5);
  std::vector<uint32_t> sentence = {0, 0, 0, 1, 1};
  // «... الشرطة ... الموصل»: the police of the only country the sentence names.
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 0, {0}), Match(units, 2, {1})}, units, sentence, "");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "");  // only proposed: the resolver decides
  EXPECT_EQ(mentions[0].sentence_code, "IRQCOP");
  // Two countries, or none named as a place, or a place in another sentence: no proposal.
  for (const auto& matches :
       {std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 1, {2}), Match(units, 2, {1})},
        std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 2, {4})},
        std::vector<LexiconMatch>{Match(units, 0, {0}), Match(units, 3, {1})}}) {
    mentions = CodeMentions(entries, matches, units, sentence, "");
    EXPECT_EQ(mentions[0].sentence_code, "");
  }
  // Armed forces are often foreign to the place they strike.
  mentions =
      CodeMentions(entries, {Match(units, 0, {3}), Match(units, 2, {1})}, units, sentence, "");
  EXPECT_EQ(mentions[0].sentence_code, "");
  // A title behind a preposition is often no actor («للقضاء على»).
  LexiconMatch behind = Match(units, 0, {0});
  behind.span.start += 2;
  mentions = CodeMentions(entries, {behind, Match(units, 2, {1})}, units, sentence, "");
  EXPECT_EQ(mentions[0].sentence_code, "");
}

TEST(MergeTaggedEntitiesTest, ALexiconNameStandsOnlyWhereTheTaggerFindsAName) {
  const std::vector<LexiconEntry> entries = {Entry(EntryKind::kName, "IMGMUSALQ", "ORG")};
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  std::vector<Mention> mentions =
      CodeMentions(entries, {Match(units, 1, {0})}, units, sentence, "");  // «القاعدة»
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "IMGMUSALQ");
  EXPECT_TRUE(mentions[0].needs_tagger);
  // The tagger finds the organisation there: kept.
  std::vector<Mention> kept = mentions;
  MergeTaggedEntities({Tagged(units, 1, 2, "ORG")}, units, sentence, &kept);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].code, "IMGMUSALQ");
  // No name there, or a name of another type («الجزيرة» the peninsula): dropped.
  std::vector<Mention> dropped = mentions;
  MergeTaggedEntities({Tagged(units, 0, 1, "PER")}, units, sentence, &dropped);
  ASSERT_EQ(dropped.size(), 1u);  // the person only
  EXPECT_EQ(dropped[0].type, "PER");
  dropped = mentions;
  MergeTaggedEntities({Tagged(units, 1, 2, "LOC")}, units, sentence, &dropped);
  EXPECT_TRUE(dropped.empty());
}

TEST(MergeTaggedEntitiesTest, WrappingEntityReplacesTheMentionAndKeepsItsCode) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {LexicalMention(units, 1, 2, "PER", "RUSGOV")};  // «بوتين»
  MergeTaggedEntities({Tagged(units, 0, 2, "PER")}, units, sentence,
                      &mentions);  // «فلاديمير بوتين»
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].span.start, 0u);
  EXPECT_EQ(mentions[0].code, "RUSGOV");
}

TEST(MergeTaggedEntitiesTest, PlaceInsideAnOrganisationGivesOnlyTheCountry) {
  auto units = Units(3);
  std::vector<uint32_t> sentence(3, 0);
  std::vector<Mention> mentions = {LexicalMention(units, 1, 2, "LOC", "RUSGOV")};  // «موسكو»
  MergeTaggedEntities({Tagged(units, 0, 2, "ORG")}, units, sentence, &mentions);  // «جامعة موسكو»
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].type, "ORG");
  EXPECT_EQ(mentions[0].code, "RUS");
}

TEST(MergeTaggedEntitiesTest, CrossingEntityIsDropped) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {LexicalMention(units, 1, 3, "ORG", "IGOUNO")};
  MergeTaggedEntities({Tagged(units, 0, 2, "ORG")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "IGOUNO");
}

TEST(MergeTaggedEntitiesTest, PersonAfterACodedTitleIsThatActor) {
  auto units = Units(5);
  std::vector<uint32_t> sentence(5, 0);
  // «مدير القسم في وزارة الخارجية الروسية» then «إيليا روغاتشوف».
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "ORG", "RUSGOV", "وزاره خارجيه")};
  MergeTaggedEntities({Tagged(units, 2, 4, "PER")}, units, sentence, &mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].code, "RUSGOV");
  EXPECT_EQ(mentions[1].type, "PER");
}

TEST(MergeTaggedEntitiesTest, OrganisationBeforeANationalityTakesTheCountry) {
  auto units = Units(4);
  std::vector<uint32_t> sentence(4, 0);
  std::vector<Mention> mentions = {LexicalMention(units, 2, 3, "MISC", "RUS")};  // «الروسية»
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
