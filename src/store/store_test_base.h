// A GoogleTest fixture for the store's tests: loads the analysis' text stage (for the
// full-text tokenizer) and opens a fresh store in a temporary file.
#ifndef MARSAD_STORE_STORE_TEST_BASE_H_
#define MARSAD_STORE_STORE_TEST_BASE_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "pipeline/analyzer.h"
#include "store/store.h"
#include "store/test_fixtures.h"

namespace marsad::store::testing {

class StoreTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    auto text = text::TextAnalyzer::Load(pipeline::ResolveDataDir(""));
    ASSERT_TRUE(text.ok()) << text.status().message();
    text_ = std::make_unique<text::TextAnalyzer>(std::move(text).value());
    path_ = TempDbPath(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto store = Store::Open(path_, text_.get());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_.emplace(std::move(store).value());
  }
  void TearDown() override {
    store_.reset();
    RemoveDb(path_);
  }
  int64_t Count(const std::string& sql) {
    auto value = store_->db().QueryInt(sql);
    EXPECT_TRUE(value.ok()) << value.status().message();
    return value.ok() ? *value : -1;
  }

  std::unique_ptr<text::TextAnalyzer> text_;
  std::string path_;
  std::optional<Store> store_;
};

}  // namespace marsad::store::testing

#endif  // MARSAD_STORE_STORE_TEST_BASE_H_
