#include "events/verb_forms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "events/match_form.h"

namespace marsad::events {
namespace {

std::vector<std::string> Texts(const std::vector<WordForm>& forms) {
  std::vector<std::string> out;
  out.reserve(forms.size());
  for (const WordForm& f : forms) out.push_back(f.text);
  return out;
}

bool HasForm(const std::vector<WordForm>& forms, const std::string& word) {
  const std::string folded = MatchForm(word);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const WordForm& f) { return f.text == folded; });
}

TEST(VerbFormsTest, DefectiveVerbInEveryPersonTenseAndClitic) {
  const auto forms = GenerateVerbForms("نفى", "ينفي");
  for (const char* word : {"نفى", "نفت", "نفوا", "ونفى", "فنفى", "ونفت", "ينفي", "تنفي", "ينفون",
                           "ينف", "نفاه", "نفته", "سينفي", "وستنفي", "لينفي"}) {
    EXPECT_TRUE(HasForm(forms, word)) << word;
  }
  EXPECT_FALSE(HasForm(forms, "نفيرة"));
}

TEST(VerbFormsTest, VerbEndingInAlef) {
  const auto forms = GenerateVerbForms("دعا", "يدعو");
  for (const char* word : {"دعا", "دعت", "ودعت", "دعوا", "يدعو", "تدعو", "يدعون", "ستدعو"}) {
    EXPECT_TRUE(HasForm(forms, word)) << word;
  }
}

TEST(VerbFormsTest, SoundVerb) {
  const auto forms = GenerateVerbForms("رفض", "يرفض");
  for (const char* word : {"رفض", "رفضت", "رفضوا", "ورفضت", "يرفض", "ترفض", "يرفضون", "نرفض",
                           "سيرفض", "رفضه", "يرفضه"}) {
    EXPECT_TRUE(HasForm(forms, word)) << word;
  }
}

TEST(VerbFormsTest, ObjectPronounsAreMarked) {
  auto object_of = [](const std::vector<WordForm>& forms, const std::string& word) {
    const std::string folded = MatchForm(word);
    for (const WordForm& f : forms) {
      if (f.text == folded) return f.object;
    }
    ADD_FAILURE() << word << " not generated";
    return false;
  };
  const auto verb = GenerateVerbForms("خطف", "يخطف");
  for (const char* word : {"خطفها", "وخطفوه", "خطفتهم", "يخطفه", "سيخطفها"}) {
    EXPECT_TRUE(object_of(verb, word)) << word;
  }
  for (const char* word : {"خطف", "خطفوا", "وخطفت", "يخطفون"}) {
    EXPECT_FALSE(object_of(verb, word)) << word;
  }
  const auto noun = GenerateNounForms("اختطاف");
  EXPECT_TRUE(object_of(noun, "باختطافها"));
  EXPECT_FALSE(object_of(noun, "الاختطاف"));
}

TEST(VerbFormsTest, FutureFormsAreMarked) {
  for (const WordForm& f : GenerateVerbForms("زار", "يزور")) {
    const bool future = f.text == MatchForm("سيزور") || f.text == MatchForm("وستزور");
    if (future) {
      EXPECT_TRUE(f.future) << f.text;
    }
    if (f.text == MatchForm("يزور")) {
      EXPECT_FALSE(f.future);
    }
  }
}

TEST(VerbFormsTest, PresentFormsAreMarked) {
  int present = 0;
  for (const WordForm& f : GenerateVerbForms("قتل", "يقتل")) {
    for (const char* word : {"يقتل", "ويقتلون", "تقتل", "ليقتل", "يقتلها"}) {
      if (f.text == MatchForm(word)) {
        EXPECT_TRUE(f.present) << word;
        ++present;
      }
    }
    for (const char* word : {"قتل", "وقتلوا", "سيقتل"}) {
      if (f.text == MatchForm(word)) {
        EXPECT_FALSE(f.present) << word;
      }
    }
  }
  EXPECT_EQ(present, 5);
  for (const WordForm& f : GenerateNounForms("قتل")) EXPECT_FALSE(f.present) << f.text;
}

TEST(VerbFormsTest, NounForms) {
  const auto forms = GenerateNounForms("رفض");
  for (const char* word :
       {"رفض", "الرفض", "والرفض", "برفض", "للرفض", "لرفض", "رفضه", "رفضها", "ورفضهم", "رفضا"}) {
    EXPECT_TRUE(HasForm(forms, word)) << word;
  }
  for (const WordForm& f : forms) EXPECT_TRUE(f.noun);
  const auto feminine = GenerateNounForms("دعوة");
  for (const char* word : {"دعوة", "الدعوة", "دعوته", "دعوتها", "بدعوة"}) {
    EXPECT_TRUE(HasForm(feminine, word)) << word;
  }
}

TEST(VerbFormsTest, MissingTenseGivesNoForms) {
  EXPECT_TRUE(GenerateVerbForms("", "").empty());
  EXPECT_FALSE(Texts(GenerateVerbForms("أبلغ", "")).empty());
}

}  // namespace
}  // namespace marsad::events
