// GoogleTest fixtures for the tests of the event coder's parts that read the shipped marker
// and role-noun lexicons (data/, or $MARSAD_DATA), and the cue lexicon too (ShippedCuesTest):
// each is loaded once per test suite.
#ifndef MARSAD_EVENTS_SHIPPED_LEXICONS_FIXTURE_H_
#define MARSAD_EVENTS_SHIPPED_LEXICONS_FIXTURE_H_

#include <gtest/gtest.h>

#include <optional>
#include <utility>

#include "events/cue_lexicon.h"
#include "events/marker_lexicon.h"
#include "events/role_nouns.h"
#include "events/test_data_dir.h"

namespace marsad::events {

class ShippedLexiconsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto markers = MarkerLexicon::Load(TestDataDir());
    ASSERT_TRUE(markers.ok()) << markers.status().message();
    auto roles = RoleNouns::Load(TestDataDir());
    ASSERT_TRUE(roles.ok()) << roles.status().message();
    markers_.emplace(std::move(markers).value());
    roles_.emplace(std::move(roles).value());
  }
  static void TearDownTestSuite() {
    markers_.reset();
    roles_.reset();
  }

  static inline std::optional<MarkerLexicon> markers_;
  static inline std::optional<RoleNouns> roles_;
};

class ShippedCuesTest : public ShippedLexiconsTest {
 protected:
  static void SetUpTestSuite() {
    ShippedLexiconsTest::SetUpTestSuite();
    auto cues = CueLexicon::Load(TestDataDir());
    ASSERT_TRUE(cues.ok()) << cues.status().message();
    cues_.emplace(std::move(cues).value());
  }
  static void TearDownTestSuite() {
    cues_.reset();
    ShippedLexiconsTest::TearDownTestSuite();
  }

  static inline std::optional<CueLexicon> cues_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_SHIPPED_LEXICONS_FIXTURE_H_
