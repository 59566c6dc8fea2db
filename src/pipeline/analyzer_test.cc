#include "pipeline/analyzer.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::pipeline {
namespace {

Article TestArticle() {
  Article article;
  article.id = "a1";
  article.text = "قال الرئيس الأمريكي باراك أوباما إن الولايات المتحدة ستدعم العراق.\n";
  return article;
}

TEST(AnalyzerTest, TextOnlyAnalyzerRunsTheTextStagesAlike) {
  auto full = Analyzer::Load(ResolveDataDir(""));
  ASSERT_TRUE(full.ok()) << full.status().message();
  auto text_only = Analyzer::Load(ResolveDataDir(""), Depth::kText);
  ASSERT_TRUE(text_only.ok()) << text_only.status().message();

  const Analysis deep = full->Analyze(TestArticle(), Depth::kEvents);
  ASSERT_FALSE(deep.entities.empty());  // the full analyzer tags Obama
  // Asked for every stage, the text-only analyzer stops after the text stage.
  const Analysis shallow = text_only->Analyze(TestArticle(), Depth::kEvents);
  EXPECT_TRUE(shallow.entities.empty());
  EXPECT_TRUE(shallow.events.empty());
  ASSERT_EQ(shallow.tokens.size(), deep.tokens.size());
  for (size_t i = 0; i < shallow.tokens.size(); ++i) {
    EXPECT_EQ(shallow.tokens[i].span, deep.tokens[i].span) << i;
    EXPECT_EQ(shallow.tokens[i].norm, deep.tokens[i].norm) << i;
  }
  EXPECT_EQ(shallow.sentences.size(), 1u);
}

TEST(AnalyzerTest, MissingDataDirectoryIsAnError) {
  auto analyzer = Analyzer::Load("/nonexistent/marsad-data", Depth::kText);
  ASSERT_FALSE(analyzer.ok());
  EXPECT_NE(analyzer.status().message().find("not found"), std::string::npos);
}

}  // namespace
}  // namespace marsad::pipeline
