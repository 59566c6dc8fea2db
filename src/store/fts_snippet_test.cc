#include "store/fts_snippet.h"

#include <gtest/gtest.h>

#include "store/ingester.h"
#include "store/searcher.h"
#include "store/store_test_base.h"

namespace marsad::store {
namespace {

using testing::MakeAnalysis;

class FtsSnippetTest : public testing::StoreTestBase {
 protected:
  std::string SnippetOf(const std::string& text, const std::string& match) {
    Ingester ingester(&*store_);
    EXPECT_TRUE(ingester.Add(MakeAnalysis("a", text, "http://x/a")).ok());
    EXPECT_TRUE(ingester.Finish().ok());
    auto snippet = store_->db().Prepare(
        "SELECT marsad_snippet(articles_fts, 1, '[', ']', '…', 8) FROM articles_fts"
        " WHERE articles_fts MATCH ?1");
    EXPECT_TRUE(snippet.ok()) << snippet.status().message();
    if (!snippet.ok()) return "";
    snippet->Bind(1, match);
    if (!snippet->Step()) {
      ADD_FAILURE() << "no match for " << match << ": " << snippet->status().message();
      return "";
    }
    return std::string(snippet->Text(0));
  }
};

TEST_F(FtsSnippetTest, MarksTheMatchedWordsOfAShortText) {
  EXPECT_EQ(SnippetOf("أعلنت الحكومة السعودية خطة جديدة", "\"خطة\""),
            "أعلنت الحكومة السعودية [خطة] جديدة");
}

TEST_F(FtsSnippetTest, CutsALongTextAroundTheWindowWithTheMostPhrases) {
  const std::string text =
      "كان الطقس حارا في المدينة أمس ثم وصل الوفد إلى المطار صباحا وعقد وزير الخارجية "
      "مؤتمرا صحفيا تحدث فيه عن النفط والاقتصاد ثم غادر الوفد المدينة مساء اليوم نفسه بعد "
      "لقاء قصير مع الصحفيين";
  // «الوفد» appears twice, but only its second place is near «النفط»; the window starts two
  // terms before its first match.
  EXPECT_EQ(SnippetOf(text, "\"الوفد\" AND \"النفط\""),
            "…فيه عن [النفط] والاقتصاد ثم غادر [الوفد] المدينة…");
}

TEST_F(FtsSnippetTest, MarksAWholePhraseAsOneRun) {
  EXPECT_EQ(SnippetOf("قال وزير الخارجية اليوم", "\"وزير الخارجية\""), "قال [وزير الخارجية] اليوم");
}

}  // namespace
}  // namespace marsad::store
