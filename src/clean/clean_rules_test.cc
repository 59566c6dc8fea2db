#include "clean/clean_rules.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace marsad::clean {
namespace {

std::string CleanDir() {
  const char* env = std::getenv("MARSAD_DATA");
  return std::string(env != nullptr ? env : MARSAD_SOURCE_DIR "/data") + "/clean";
}

TEST(CleanRulesTest, MissingDirectoryIsAnError) {
  EXPECT_FALSE(CleanRules::Load("/nonexistent").ok());
}

TEST(CleanRulesTest, OutletForUrlMatchesHostsAndSubdomains) {
  const auto rules = CleanRules::Load(CleanDir());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->OutletForUrl("https://www.alarabiya.net/ar/1.html"), "alarabiya");
  EXPECT_EQ(rules->OutletForUrl("http://sabq.org:80/x"), "sabq");
  EXPECT_EQ(rules->OutletForUrl("HTTP://WWW.ALRIYADH.COM/1"), "alriyadh");
  EXPECT_EQ(rules->OutletForUrl("http://m.okaz.com.sa/a"), "okaz");
  EXPECT_EQ(rules->OutletForUrl("http://notokaz.com.sa/a"), "");
  EXPECT_EQ(rules->OutletForUrl("https://www.bbc.com/arabic/x"), "bbcarabic");
  EXPECT_EQ(rules->OutletForUrl(""), "");
}

TEST(CleanRulesTest, PatternsAreStoredFolded) {
  const auto rules = CleanRules::Load(CleanDir());
  ASSERT_TRUE(rules.ok());
  EXPECT_TRUE(rules->pair_markers.contains("السابق"));
  EXPECT_TRUE(rules->rest_markers.contains("شاهد ايضا"));
  EXPECT_EQ(rules->source_names.at("الجزيره"), "aljazeera");
}

}  // namespace
}  // namespace marsad::clean
