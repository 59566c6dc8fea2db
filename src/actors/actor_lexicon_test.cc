#include "actors/actor_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace marsad::actors {
namespace {

using ::testing::HasSubstr;

TEST(ActorLexiconTest, ParsesEveryField) {
  auto parsed = ParseActorLexicon(
      "# comment\n"
      "\n"
      "actor\tUSAMIL\tPER\tChuck Hagel\t2013-02-27..2015-02-17\t~تشاك هيغل | ~هيغل\tphoenix\n"
      "nationality\tRUS\tMISC\tRussian\t\tروسي | روس\thand\r\n",
      "test.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 2u);
  const LexiconEntry& hagel = (*parsed)[0];
  EXPECT_EQ(hagel.kind, EntryKind::kActor);
  EXPECT_EQ(hagel.code, "USAMIL");
  EXPECT_EQ(hagel.type, "PER");
  EXPECT_EQ(hagel.name, "Chuck Hagel");
  EXPECT_EQ(hagel.valid_from, "2013-02-27");
  EXPECT_EQ(hagel.valid_to, "2015-02-17");
  ASSERT_EQ(hagel.forms.size(), 2u);
  EXPECT_EQ(hagel.forms[0].text, "تشاك هيغل");
  EXPECT_TRUE(hagel.forms[0].transliterated);
  EXPECT_EQ(hagel.source, "phoenix");
  EXPECT_EQ(hagel.origin, "test.tsv:3");
  EXPECT_EQ((*parsed)[1].kind, EntryKind::kNationality);
  EXPECT_EQ((*parsed)[1].source, "hand");
  EXPECT_FALSE((*parsed)[1].forms[1].transliterated);
}

TEST(ActorLexiconTest, MarksFormsThatNeedTheArticle) {
  auto parsed =
      ParseActorLexicon("actor\tWST\tLOC\tthe West\t\t^الغرب | الدول الغربية\thand\n", "test.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ((*parsed)[0].forms.size(), 2u);
  EXPECT_EQ((*parsed)[0].forms[0].text, "الغرب");
  EXPECT_TRUE((*parsed)[0].forms[0].definite_only);
  EXPECT_FALSE((*parsed)[0].forms[0].transliterated);
  EXPECT_FALSE((*parsed)[0].forms[1].definite_only);
}

TEST(ActorLexiconTest, ARoleIsATitleThatAlsoNamesItsRoleAlone) {
  auto parsed = ParseActorLexicon(
      "role\tCOP\tORG\tpolice\t\tالشرطة\thand\n"
      "title\tGOV\tPER\thead of state\t\tرئيس\thand\n",
      "test.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].kind, EntryKind::kTitle);
  EXPECT_TRUE((*parsed)[0].names_role_alone);
  EXPECT_EQ((*parsed)[1].kind, EntryKind::kTitle);
  EXPECT_FALSE((*parsed)[1].names_role_alone);
  // A role names an actor: it needs a role code and is no act.
  EXPECT_FALSE(ParseActorLexicon("role\t+\tPER\tspeaker\t\tالمتحدث\th\n", "a.tsv").ok());
  EXPECT_FALSE(ParseActorLexicon("role\tMIL\tMISC\tstrikes\t\tالغارات\th\n", "b.tsv").ok());
}

TEST(ActorLexiconTest, KindsReadInOrderOfPrecedence) {
  EXPECT_LT(KindPrecedence(EntryKind::kActor), KindPrecedence(EntryKind::kCountry));
  EXPECT_LT(KindPrecedence(EntryKind::kCountry), KindPrecedence(EntryKind::kNationality));
  EXPECT_LT(KindPrecedence(EntryKind::kNationality), KindPrecedence(EntryKind::kTitle));
  EXPECT_LT(KindPrecedence(EntryKind::kTitle), KindPrecedence(EntryKind::kModifier));
  EXPECT_LT(KindPrecedence(EntryKind::kIncluder), KindPrecedence(EntryKind::kName));
}

TEST(ActorLexiconTest, ReportsBadLinesWithTheirPlace) {
  auto few = ParseActorLexicon("actor\tRUS\tLOC\n", "a.tsv");
  ASSERT_FALSE(few.ok());
  EXPECT_THAT(few.status().message(), HasSubstr("a.tsv:1"));
  auto kind = ParseActorLexicon("person\tRUS\tLOC\tx\t\tروسيا\th\n", "b.tsv");
  ASSERT_FALSE(kind.ok());
  EXPECT_THAT(kind.status().message(), HasSubstr("unknown kind"));
  auto date = ParseActorLexicon("actor\tRUS\tLOC\tx\t2015-13..\tروسيا\th\n", "c.tsv");
  EXPECT_FALSE(date.ok());
  auto range = ParseActorLexicon("actor\tRUS\tLOC\tx\t2015\tروسيا\th\n", "d.tsv");
  EXPECT_FALSE(range.ok());
  auto type = ParseActorLexicon("actor\tRUS\tPLACE\tx\t\tروسيا\th\n", "e.tsv");
  EXPECT_FALSE(type.ok());
  auto forms = ParseActorLexicon("actor\tRUS\tLOC\tx\t\t | \th\n", "f.tsv");
  EXPECT_FALSE(forms.ok());
}

TEST(ActorLexiconTest, ValidOnHonoursOpenAndPartialBounds) {
  LexiconEntry entry;
  entry.valid_from = "2013-02-27";
  entry.valid_to = "2015-02-17";
  EXPECT_TRUE(ValidOn(entry, ""));
  EXPECT_TRUE(ValidOn(entry, "2014-06-01"));
  EXPECT_TRUE(ValidOn(entry, "2013-02-27"));
  EXPECT_FALSE(ValidOn(entry, "2015-09-25"));
  EXPECT_FALSE(ValidOn(entry, "2012-12-31"));
  EXPECT_TRUE(ValidOn(entry, "2015"));  // a year overlapping the range
  entry.valid_to.clear();
  EXPECT_TRUE(ValidOn(entry, "2030-01-01"));
  entry.valid_from = "2016";
  EXPECT_FALSE(ValidOn(entry, "2015-12-31"));
  EXPECT_TRUE(ValidOn(entry, "2016-01-01"));
  EXPECT_FALSE(IsDated(LexiconEntry()));
  EXPECT_TRUE(IsDated(entry));
}

TEST(ActorLexiconTest, ExpandsNationalityAdjectivesByRule) {
  LexiconEntry entry;
  entry.kind = EntryKind::kNationality;
  entry.forms = {{"روسي", false}, {"روس", false}};
  std::vector<std::string> forms;
  for (const LexiconForm& form : ExpandForms(entry)) forms.push_back(form.text);
  for (const char* expected : {"روسي", "روس", "روسيا", "روسية", "روسيون", "روسيين", "روسيان",
                               "روسيتان", "روسيتين", "روسيات"}) {
    EXPECT_NE(std::find(forms.begin(), forms.end(), expected), forms.end()) << expected;
  }
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "روسة"), 0);  // only -ي stems inflect
  entry.kind = EntryKind::kActor;
  EXPECT_EQ(ExpandForms(entry).size(), 2u);
}

TEST(ExpandFormsTest, AbdCompoundsAreSpelledJoinedAndApart) {
  LexiconEntry entry;
  entry.kind = EntryKind::kActor;
  entry.forms = {{"سلمان بن عبد العزيز"}, {"علي عبدالله صالح"}, {"محمد عبده"}, {"عبد ربه منصور"}};
  std::vector<std::string> forms;
  for (const LexiconForm& form : ExpandForms(entry)) forms.push_back(form.text);
  for (const char* expected : {"سلمان بن عبدالعزيز", "علي عبد الله صالح", "عبدربه منصور"}) {
    EXPECT_NE(std::find(forms.begin(), forms.end(), expected), forms.end()) << expected;
  }
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "محمد عبد ه"), 0);  // «عبده» is a name
  EXPECT_EQ(forms.size(), 7u);
}

TEST(ParseActorLexiconTest, ReadsGroupsIncludersAndNames) {
  auto entries = ParseActorLexicon(
      "group\t-\t-\t-\t\tدول | بلدان\thand\n"
      "includer\t-\t-\t-\t\tومنها | بما فيها\thand\n"
      "name\tIMGMUSALQ\tORG\tal-Qaeda\t\tالقاعدة\thand\n",
      "test.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status().message();
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].kind, EntryKind::kGroup);
  EXPECT_EQ((*entries)[1].kind, EntryKind::kIncluder);
  EXPECT_EQ((*entries)[1].forms.size(), 2u);
  EXPECT_EQ((*entries)[2].kind, EntryKind::kName);
  EXPECT_EQ((*entries)[2].code, "IMGMUSALQ");
}

}  // namespace
}  // namespace marsad::actors
