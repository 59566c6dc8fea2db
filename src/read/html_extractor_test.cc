#include "read/html_extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "read/read_test_support.h"

namespace marsad::read {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(ExtractHtmlTest, MainTextTitleDateAndUrlOfAnArticlePage) {
  const HtmlPage page = *ExtractHtml(Slurp(testing::FixturePath("page.html")));
  EXPECT_EQ(page.title, "وزير الخارجية يزور القاهرة");
  EXPECT_EQ(page.published, "2019-03-04");  // JSON-LD before <time datetime>
  EXPECT_EQ(page.url, "http://example.com/news/42");
  EXPECT_NE(page.main_text.find("وصل وزير الخارجية إلى القاهرة"), std::string::npos);
  EXPECT_NE(page.main_text.find("إن الزيارة تهدف"), std::string::npos);
  EXPECT_NE(page.main_text.find("\nوأضاف أن المباحثات"), std::string::npos) << "<br> ends a line";
  for (const char* dropped : {"الرئيسية", "شارك على تويتر", "الأكثر قراءة", "إضافة تعليق",
                              "جميع الحقوق", "اعلان", "موقع الأخبار", "color"}) {
    EXPECT_EQ(page.main_text.find(dropped), std::string::npos) << dropped;
  }
}

TEST(ExtractHtmlTest, DateFromMetaOrTimeElement) {
  EXPECT_EQ(ExtractHtml("<meta property=\"article:published_time\" content=\"2020-05-06T01:02\">"
                        "<time datetime=\"2001-01-01\"></time><p>x</p>")
                ->published,
            "2020-05-06");
  EXPECT_EQ(ExtractHtml("<p>نص <time datetime=\"2001-02-03\">أمس</time></p>")->published,
            "2001-02-03");
}

TEST(ExtractHtmlTest, TitleFallsBackToTitleElementThenH1) {
  EXPECT_EQ(ExtractHtml("<title> عنوان </title><p>x</p>")->title, "عنوان");
  EXPECT_EQ(ExtractHtml("<body><h1>رأس</h1><p>x</p></body>")->title, "رأس");
}

TEST(ExtractHtmlTest, DeepNestingIsRefusedBeforeParsingAndGarbageDoesNotCrash) {
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<span>";
  deep += "نص";
  auto page = ExtractHtml(deep);
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->main_text.find("نص"), std::string::npos);
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  EXPECT_EQ(ExtractHtml(deep).status().message(), "HTML nested too deeply (over 2000 levels)");
  EXPECT_TRUE(ExtractHtml("<<<>>></p></div><!--")->main_text.size() < 20);
  EXPECT_TRUE(ExtractHtml("")->main_text.empty());
}

TEST(EstimateNestingDepthTest, CountsOnlyElementsThatNest) {
  EXPECT_EQ(EstimateNestingDepth("<div><p>a<p>b<br><img src=x><div></div></div>"), 2u);
  EXPECT_EQ(EstimateNestingDepth("<!-- <div><div> --><span/><b>x</b>"), 1u);
  EXPECT_EQ(EstimateNestingDepth("a < b and c<3"), 0u);
}

TEST(ExtractHtmlTest, TrafilaturaArabicSampleKeepsAndDropsTheExpectedText) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent (set MARSAD_SHARED)";
  const std::string dir = shared + "/data/boilerplate/trafilatura_ar_sample/";
  const HtmlPage page = *ExtractHtml(Slurp(dir + "assabah.com.tn.article.html"));
  const std::string expected = Slurp(dir + "expected.json");
  ASSERT_FALSE(expected.empty());
  // expected.json lists must_keep and must_drop strings; these are they.
  for (const char* keep : {"منذ بدء", "كل المجالات", "وماذا عن حقيقة"}) {
    ASSERT_NE(expected.find(keep), std::string::npos);
    EXPECT_NE(page.main_text.find(keep), std::string::npos) << "must keep " << keep;
  }
  for (const char* drop : {"كورونا يقتل", "غائم جزئيا", "إضافة تعليق جديد"}) {
    ASSERT_NE(expected.find(drop), std::string::npos);
    EXPECT_EQ(page.main_text.find(drop), std::string::npos) << "must drop " << drop;
  }
  EXPECT_NE(page.title.find("خالد عبد الكريم ماسا"), std::string::npos);
}

}  // namespace
}  // namespace marsad::read
