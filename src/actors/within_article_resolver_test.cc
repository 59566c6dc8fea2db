#include "actors/within_article_resolver.h"

#include <gtest/gtest.h>

#include "actors/mention_test_fixtures.h"
#include "lexicon/variant_key.h"

namespace marsad::actors {
namespace {

using testing::LexicalMention;

// Units with made-up one-byte-apart spans: unit i covers [10 i, 10 i + 5).
std::vector<lexicon::MatchUnit> Units(const std::vector<std::string>& keys) {
  std::vector<lexicon::MatchUnit> units;
  for (size_t i = 0; i < keys.size(); ++i) {
    lexicon::MatchUnit unit;
    unit.key = keys[i];
    unit.span = {static_cast<uint32_t>(10 * i), static_cast<uint32_t>(10 * i + 5)};
    unit.token = static_cast<uint32_t>(i);
    units.push_back(unit);
  }
  return units;
}

TEST(WithinArticleResolverTest, SurnameLaterInTheArticleGetsTheFullNamesCode) {
  auto units = Units({"دميتري", "بيسكوف", "قال", "ثم", "اضاف", "بيسكوف", "ان"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "RUSGOV")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].first_unit, 5u);
  EXPECT_EQ(mentions[1].code, "RUSGOV");
  EXPECT_EQ(mentions[1].type, "PER");
  EXPECT_EQ(mentions[1].span, units[5].span);
}

TEST(WithinArticleResolverTest, OnlyLooksBackwards) {
  auto units = Units({"بيسكوف", "قال", "دميتري", "بيسكوف"});
  std::vector<Mention> mentions = {LexicalMention(units, 2, 4, "PER", "RUSGOV")};
  WithinArticleResolver(units).Resolve(&mentions);
  EXPECT_EQ(mentions.size(), 1u);
}

TEST(WithinArticleResolverTest, CompoundNamePartsAreNotSurnames) {
  auto units = Units({"سلمان", "بن", "عبد", "عزيز", "و", "عبد", "عزيز"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 4, "PER", "SAUGOV")};
  WithinArticleResolver(units).Resolve(&mentions);
  EXPECT_EQ(mentions.size(), 1u);
}

TEST(WithinArticleResolverTest, BareTitleTakesTheLastCodeItHad) {
  auto units = Units({"ريس", "ايراني", "قال", "ريس", "ان"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "IRNGOV", "ريس"),
                                   LexicalMention(units, 3, 4, "PER", "", "ريس")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].code, "IRNGOV");
}

TEST(WithinArticleResolverTest, ALocatedTitleKeepsTheActorTheArticleGaveItBefore) {
  // «القوات الأمريكية ... القوات في العراق ... القوات»: still the American forces.
  auto units = Units({"قوات", "امريكيه", "ثم", "قوات", "في", "عراق", "ثم", "قوات"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "ORG", "USAMIL", "قوات"),
                                   LexicalMention(units, 3, 4, "ORG", "IRQMIL", "قوات"),
                                   LexicalMention(units, 5, 6, "LOC", "IRQ"),
                                   LexicalMention(units, 7, 8, "PER", "", "قوات")};
  mentions[1].located = true;
  WithinArticleResolver(units).Resolve(&mentions);
  EXPECT_EQ(mentions[1].code, "USAMIL");
  EXPECT_EQ(mentions[3].code, "USAMIL");
  // Without an earlier actor the place decides, and a later bare title is not taught by it.
  std::vector<Mention> alone = {LexicalMention(units, 3, 4, "ORG", "IRQMIL", "قوات"),
                                LexicalMention(units, 5, 6, "LOC", "IRQ"),
                                LexicalMention(units, 7, 8, "PER", "", "قوات")};
  alone[0].located = true;
  WithinArticleResolver(units).Resolve(&alone);
  EXPECT_EQ(alone[0].code, "IRQMIL");
  EXPECT_EQ(alone[2].code, "");
}

TEST(WithinArticleResolverTest, UncodedPersonTakesACodeFromItsSurname) {
  auto units = Units({"ايليا", "روغاتشوف", "قال", "ايليا", "روغاتشوف"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "RUSGOV"),
                                   LexicalMention(units, 3, 5, "PER", "")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].code, "RUSGOV");
}

TEST(WithinArticleResolverTest, ATitleInContextOverridesTheLexiconRole) {
  auto units = Units({"تشاك", "هيغل", "قال", "هيغل"});
  Mention full = LexicalMention(units, 0, 2, "PER", "USAELI");
  full.coded_by_context = true;
  Mention later = LexicalMention(units, 3, 4, "PER", "USAMIL");  // the lexicon's dated guess
  std::vector<Mention> mentions = {full, later};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].code, "USAELI");
}

// Units over real text: one per space-separated word, keyed like the lexicon.
std::vector<lexicon::MatchUnit> UnitsOf(const std::string& text) {
  std::vector<lexicon::MatchUnit> units;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    lexicon::MatchUnit unit;
    unit.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    unit.key = lexicon::VariantKey(std::string_view(text).substr(start, end - start));
    unit.token = static_cast<uint32_t>(units.size());
    units.push_back(unit);
    start = end + 1;
  }
  return units;
}

TEST(WithinArticleResolverTest, AnUnknownPersonIsTheCodedTitleInAppositionAfterIt) {
  // Name, comma, title; then the surname alone.
  const std::string text = "حذر ديفيد ماكوفسكي ، المستشار الامريكي من ان ماكوفسكي قال";
  auto units = UnitsOf(text);
  units[3].key.clear();  // the comma is punctuation
  std::vector<Mention> mentions = {LexicalMention(units, 1, 3, "PER", ""),
                                   LexicalMention(units, 4, 6, "PER", "USAGOV", "مستشار")};
  WithinArticleResolver(units, text).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].code, "USAGOV");
  EXPECT_TRUE(mentions[0].coded_by_context);
  EXPECT_EQ(mentions[2].first_unit, 8u);
  EXPECT_EQ(mentions[2].code, "USAGOV");
}

TEST(WithinArticleResolverTest, AnUnknownPersonTakesTheBareRoleOfTheTitleAfterIt) {
  const std::string text = "قال احمد الزوي وزير النفط ان";
  auto units = UnitsOf(text);
  Mention title = LexicalMention(units, 3, 5, "PER", "", "وزير");
  title.bare_role = "GOV";
  std::vector<Mention> mentions = {LexicalMention(units, 1, 3, "PER", ""), title};
  WithinArticleResolver(units, text).Resolve(&mentions);
  EXPECT_EQ(mentions[1].code, "GOV");
  EXPECT_EQ(mentions[0].code, "GOV");
}

TEST(WithinArticleResolverTest, OnlyATitleRightAfterAPersonIsInApposition) {
  // A person (units [1, person_end)) and another mention after it; the person stays uncoded.
  struct Case {
    std::string text;
    size_t person_end, other_first, other_end;
    std::string type, code, title_key;
  };
  const Case cases[] = {
      // A word between them.
      {"قال ديفيد ماكوفسكي ان المستشار الامريكي", 3, 4, 6, "PER", "USAGOV", "مستشار"},
      // A surname alone right before a title is rather a verb's subject before its object.
      {"حث اوبراين رئيس جنوب السودان", 2, 2, 5, "PER", "SSDGOV", "ريس"},
      // A place, not a title.
      {"قال ديفيد ماكوفسكي امريكا", 3, 3, 4, "LOC", "USA", ""},
  };
  for (const Case& c : cases) {
    auto units = UnitsOf(c.text);
    std::vector<Mention> mentions = {
        LexicalMention(units, 1, c.person_end, "PER", ""),
        LexicalMention(units, c.other_first, c.other_end, c.type, c.code, c.title_key)};
    WithinArticleResolver(units, c.text).Resolve(&mentions);
    EXPECT_EQ(mentions[0].code, "") << c.text;
  }
}

TEST(WithinArticleResolverTest, HeadNounAloneIsTheOrganisationNamedInFull) {
  const std::string text = "ضربات التحالف الدولي ثم قال التحالف إن تحالف التحالف الوطني";
  auto units = UnitsOf(text);
  Mention coalition = LexicalMention(units, 1, 3, "ORG", "IGOWSTMIL");
  std::vector<Mention> mentions = {coalition};
  WithinArticleResolver(units, text).Resolve(&mentions);
  // «التحالف» alone (unit 5) is the coalition; «تحالف» (indefinite) and «التحالف الوطني»
  // (another name) are not.
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[1].span.of(text), "التحالف");
  EXPECT_EQ(mentions[1].first_unit, 5u);
  EXPECT_EQ(mentions[1].code, "IGOWSTMIL");
  EXPECT_EQ(mentions[1].type, "ORG");
  // Without the text the resolver cannot tell definite words and adds nothing.
  std::vector<Mention> without_text = {coalition};
  WithinArticleResolver(units).Resolve(&without_text);
  EXPECT_EQ(without_text.size(), 1u);
}

TEST(WithinArticleResolverTest, DefiniteOrganAloneIsTheOneNamedLast) {
  const std::string text = "الحكومة السورية رفضت ثم قالت الحكومة التي حكومة";
  auto units = UnitsOf(text);
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "ORG", "SYRGOV", "حكومه"),
                                   LexicalMention(units, 5, 6, "ORG", "", "حكومه"),
                                   LexicalMention(units, 7, 8, "ORG", "", "حكومه")};
  WithinArticleResolver(units, text).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "SYRGOV");
  EXPECT_EQ(mentions[2].code, "");  // «حكومة»: a government, not the one named
}

TEST(WithinArticleResolverTest, ResultStaysSortedAndDisjoint) {
  auto units = Units({"جيف", "ديفيس", "ديفيس", "روسيا", "ديفيس"});
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "USAMIL"),
                                   LexicalMention(units, 3, 4, "LOC", "RUS")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 4u);
  for (size_t i = 1; i < mentions.size(); ++i) {
    EXPECT_LE(mentions[i - 1].span.end, mentions[i].span.start);
  }
}

TEST(WithinArticleResolverTest, ASentencesProposalCodesABareTitleOnlyWhenNothingElseDoes) {
  auto units = Units({"الشرطي", "العراقي", "ثم", "الشرطي", "ثم", "المدنيين"});
  // «الشرطي العراقي» earlier: the later «الشرطي» is that actor, whatever its sentence says.
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "IRQCOP", "شرطي"),
                                   LexicalMention(units, 3, 4, "PER", "", "شرطي"),
                                   LexicalMention(units, 5, 6, "PER", "", "مدنيين")};
  mentions[1].sentence_code = "SYRCOP";
  mentions[2].sentence_code = "SYRCVL";
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "IRQCOP");
  EXPECT_EQ(mentions[2].code, "SYRCVL");
  // A proposal is not passed on to later bare mentions of the same title.
  units = Units({"المدنيين", "ثم", "المدنيين"});
  mentions = {LexicalMention(units, 0, 1, "PER", "", "مدنيين"),
              LexicalMention(units, 2, 3, "PER", "", "مدنيين")};
  mentions[0].sentence_code = "SYRCVL";
  WithinArticleResolver(units).Resolve(&mentions);
  EXPECT_EQ(mentions[0].code, "SYRCVL");
  EXPECT_EQ(mentions[1].code, "");
}

Mention BareRole(const std::vector<lexicon::MatchUnit>& units, size_t unit, std::string type,
                 std::string title_key, std::string role) {
  Mention mention =
      LexicalMention(units, unit, unit + 1, std::move(type), "", std::move(title_key));
  mention.title_role = role;
  mention.bare_role = std::move(role);
  return mention;
}

TEST(WithinArticleResolverTest, ATitleThatNamesItsRoleAloneTakesItWhenNothingCompletesIt) {
  auto units = Units({"اطلقت", "شرطة", "نار", "على", "متظاهرين"});
  std::vector<Mention> mentions = {BareRole(units, 1, "ORG", "شرطه", "COP"),
                                   BareRole(units, 4, "PER", "متظاهرين", "CVL")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "COP");
  EXPECT_EQ(mentions[1].code, "CVL");
}

TEST(WithinArticleResolverTest, TheArticleAndTheSentenceCodeATitleBeforeItsBareRole) {
  auto units = Units({"الرئيس", "الايراني", "قال", "ثم", "الرئيس", "و", "الشرطة", "في", "الموصل"});
  Mention iranian = LexicalMention(units, 0, 2, "PER", "IRNGOV", "رئيس");
  std::vector<Mention> mentions = {iranian, BareRole(units, 4, "PER", "رئيس", "GOV"),
                                   BareRole(units, 6, "ORG", "شرطه", "COP")};
  mentions[2].sentence_code = "IRQCOP";
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "IRNGOV");
  EXPECT_EQ(mentions[2].code, "IRQCOP");
}

TEST(WithinArticleResolverTest, ABareRoleBeforeAnActorGivesWayToIt) {
  auto units = Units({"الرئيس", "عبد", "ربه", "و", "قوات", "التحالف"});
  Mention person = LexicalMention(units, 1, 3, "PER", "");
  person.from_lexicon = false;
  std::vector<Mention> mentions = {BareRole(units, 0, "PER", "رئيس", "GOV"), person,
                                   BareRole(units, 4, "ORG", "قوات", "MIL"),
                                   LexicalMention(units, 5, 6, "ORG", "IGOWSTMIL")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].code, "");     // the title heads the person
  EXPECT_EQ(mentions[1].code, "GOV");  // who takes its role
  EXPECT_EQ(mentions[2].code, "");     // «قوات التحالف» are the coalition's
  EXPECT_EQ(mentions[3].code, "IGOWSTMIL");
}

TEST(WithinArticleResolverTest, ABareRoleHeadsANamePastHonorifics) {
  // «ولي العهد الأمير محمد بن نايف» and «ولي العهد الأمير سلطان»: the name is the actor.
  auto units = Units({"ولي", "الامير", "محمد", "بن", "نايف", "ثم", "ولي", "الامير", "سلطان"});
  std::vector<Mention> mentions = {BareRole(units, 0, "PER", "ولي عهد", "GOV"),
                                   LexicalMention(units, 1, 2, "PER", "", "امير"),
                                   LexicalMention(units, 2, 5, "PER", "SAUGOV"),
                                   BareRole(units, 6, "PER", "ولي عهد", "GOV"),
                                   LexicalMention(units, 7, 8, "PER", "", "امير"),
                                   LexicalMention(units, 8, 9, "PER", "")};
  mentions[5].from_lexicon = false;
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 6u);
  EXPECT_EQ(mentions[0].code, "");  // the title heads the person
  EXPECT_EQ(mentions[2].code, "SAUGOV");
  EXPECT_EQ(mentions[3].code, "");
  EXPECT_EQ(mentions[5].code, "GOV");  // an unknown person takes the title's role
  // Honorifics before no name: the title takes its role.
  units = Units({"ولي", "الامير", "و", "قوات"});
  mentions = {BareRole(units, 0, "PER", "ولي عهد", "GOV"),
              LexicalMention(units, 1, 2, "PER", "", "امير"),
              LexicalMention(units, 3, 4, "ORG", "MIL")};
  WithinArticleResolver(units).Resolve(&mentions);
  EXPECT_EQ(mentions[0].code, "GOV");
}

TEST(WithinArticleResolverTest, ABareRoleInConstructAfterAnotherTitleHeadsAName) {
  const std::string text = "جامعة الملك سعود و متظاهرون معارضون";
  auto units = UnitsOf(text);
  Mention person = LexicalMention(units, 2, 3, "PER", "");
  std::vector<Mention> mentions = {LexicalMention(units, 0, 1, "ORG", "", "جامعه"),
                                   BareRole(units, 1, "PER", "ملك", "GOV"), person,
                                   LexicalMention(units, 4, 5, "PER", "", "متظاهرون"),
                                   BareRole(units, 5, "ORG", "معارضون", "OPP")};
  WithinArticleResolver(units, text).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 5u);
  EXPECT_EQ(mentions[1].code, "");
  EXPECT_EQ(mentions[2].code, "");
  EXPECT_EQ(mentions[4].code, "OPP");  // an adjective after a noun, not a construct
}

TEST(WithinArticleResolverTest, AOneWordTitleIsTheLongerTitleItHeadsWithTheSameRole) {
  const std::string text =
      "وزير الخارجية الروسي قال ثم الوزير و وزير الدفاع الامريكي التقى وزير الصحة ثم الرئيس";
  auto units = UnitsOf(text);
  auto bare = [&](size_t unit) {
    Mention title = LexicalMention(units, unit, unit + 1, "PER", "", units[unit].key);
    title.title_role = "GOV";
    return title;
  };
  std::vector<Mention> mentions = {
      LexicalMention(units, 0, 3, "PER", "RUSGOV", "وزير خارجيه"), bare(5),
      LexicalMention(units, 7, 10, "PER", "USAMIL", "وزير دفاع"), bare(11), bare(14)};
  WithinArticleResolver(units, text).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 5u);
  EXPECT_EQ(mentions[1].code, "RUSGOV");  // «الوزير»: the foreign minister, not the MIL one
  EXPECT_EQ(mentions[3].code, "");        // «وزير الصحة»: indefinite, in construct
  EXPECT_EQ(mentions[4].code, "");        // «الرئيس»: no title it heads was named
}

TEST(WithinArticleResolverTest, AModifiedTitleKeepsTheCountryOfTheTitleNamedBefore) {
  auto units = Units({"الرئيس", "الايراني", "قال", "ثم", "الرئيس", "السابق", "و", "الرئيس"});
  Mention former = BareRole(units, 4, "PER", "رئيس", "ELI");
  former.end_unit = 6;
  former.span.end = units[5].span.end;
  former.title_role = "GOV";
  Mention later = BareRole(units, 7, "PER", "رئيس", "GOV");
  std::vector<Mention> mentions = {LexicalMention(units, 0, 2, "PER", "IRNGOV", "رئيس"), former,
                                   later};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[1].code, "IRNELI");
  EXPECT_EQ(mentions[2].code, "IRNGOV");  // the one in office again
}

TEST(WithinArticleResolverTest, ATitleAfterABareRoleDoesNotStopIt) {
  auto units = Units({"ل", "الاسلاميين", "المتطرفين"});
  std::vector<Mention> mentions = {BareRole(units, 1, "PER", "اسلامين", "REL"),
                                   LexicalMention(units, 2, 3, "ORG", "", "متطرفين")};
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "REL");
  EXPECT_EQ(mentions[1].code, "");
}

TEST(WithinArticleResolverTest, ABareRoleIsNotPassedOnToLaterTitles) {
  auto units = Units({"الشرطي", "قال", "ثم", "الشرطي", "في", "الموصل"});
  std::vector<Mention> mentions = {BareRole(units, 0, "PER", "شرطي", "COP"),
                                   BareRole(units, 3, "PER", "شرطي", "COP")};
  mentions[1].sentence_code = "IRQCOP";
  WithinArticleResolver(units).Resolve(&mentions);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].code, "COP");
  EXPECT_EQ(mentions[1].code, "IRQCOP");  // the sentence's country, not the earlier bare role
}

}  // namespace
}  // namespace marsad::actors
