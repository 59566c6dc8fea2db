#include "actors/ner_gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "actors/ner_features.h"

namespace marsad::actors {
namespace {

TEST(NerGazetteerTest, MarksWhereAWordStandsInANameByType) {
  NerGazetteer gazetteer;
  gazetteer.AddName({"الامم", "المتحده"}, NerGazetteer::kOrg);
  gazetteer.AddName({"العراق"}, NerGazetteer::kLoc);
  gazetteer.AddName({"الرئيس"}, NerGazetteer::kTitle);
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("الامم")),
            NerGazetteer::Bit(NerGazetteer::kOrg, NerGazetteer::kFirst));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("المتحده")),
            NerGazetteer::Bit(NerGazetteer::kOrg, NerGazetteer::kLast));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("بالعراق")),
            NerGazetteer::Bit(NerGazetteer::kLoc, NerGazetteer::kAlone));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("بغداد")), 0u);
  gazetteer.AddName({"العراق", "الجديد"}, NerGazetteer::kMisc);
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("العراق")),
            NerGazetteer::Bit(NerGazetteer::kLoc, NerGazetteer::kAlone) |
                NerGazetteer::Bit(NerGazetteer::kMisc, NerGazetteer::kFirst));
}

TEST(NerGazetteerTest, ReadsActorDictionaryRows) {
  const std::string path = ::testing::TempDir() + "/ner_gazetteer_test_actors.tsv";
  {
    std::ofstream out(path);
    out << "# comment\n"
        << "actor\tIGOUNO\tORG\tUnited Nations\t\tالأمم المتحدة | اليونسكو\thand\n"
        << "title\tGOV\tPER\tminister\t\tوزير الخارجية\thand\n"
        << "modifier\t-\t-\tformer\t\tالسابق\thand\n";
  }
  NerGazetteer gazetteer;
  ASSERT_TRUE(gazetteer.AddActorFile(path).ok());
  std::remove(path.c_str());
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("اليونسكو")),
            NerGazetteer::Bit(NerGazetteer::kOrg, NerGazetteer::kAlone));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("الامم")),
            NerGazetteer::Bit(NerGazetteer::kOrg, NerGazetteer::kFirst));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("الخارجيه")),
            NerGazetteer::Bit(NerGazetteer::kTitle, NerGazetteer::kLast));
  EXPECT_EQ(gazetteer.Find(NerLexiconKey("السابق")), 0u);
  EXPECT_FALSE(gazetteer.AddActorFile("/nonexistent/actors.tsv").ok());
}

TEST(NerGazetteerTest, SerializeRoundTripsAndLeavesTheRest) {
  NerGazetteer gazetteer;
  gazetteer.AddName({"محمود", "عباس"}, NerGazetteer::kPer);
  const std::string text = gazetteer.Serialize() + "after\n";
  std::string_view cursor = text;
  auto parsed = NerGazetteer::ParsePrefix(&cursor);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(cursor, "after\n");
  EXPECT_EQ(parsed->Find(NerLexiconKey("عباس")),
            NerGazetteer::Bit(NerGazetteer::kPer, NerGazetteer::kLast));
  std::string_view bad = "gazetteer 1\n12 zz\n";
  EXPECT_FALSE(NerGazetteer::ParsePrefix(&bad).ok());
}

}  // namespace
}  // namespace marsad::actors
