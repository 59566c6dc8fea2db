#include "serve/store_pool.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "store/store_test_base.h"

namespace marsad::serve {
namespace {

class StorePoolTest : public store::testing::StoreTestBase {};

TEST_F(StorePoolTest, LendsEachConnectionToOneCallerAtATime) {
  auto pool = StorePool::OpenReadOnly(path_, text_.get(), 3);
  ASSERT_TRUE(pool.ok()) << pool.status().message();
  EXPECT_EQ(pool->size(), 3);
  std::set<store::Store*> lent;
  {
    StorePool::Lease a = pool->Borrow();
    StorePool::Lease b = pool->Borrow();
    StorePool::Lease c = pool->Borrow();
    lent = {a.get(), b.get(), c.get()};
    EXPECT_EQ(lent.size(), 3u);
    auto stats = a->Stats();
    ASSERT_TRUE(stats.ok()) << stats.status().message();
    EXPECT_EQ(stats->articles, 0);
  }
  StorePool::Lease again = pool->Borrow();
  EXPECT_EQ(lent.count(again.get()), 1u);
}

TEST_F(StorePoolTest, ABorrowerWaitsForAReturnedConnection) {
  auto pool = StorePool::OpenReadOnly(path_, text_.get(), 1);
  ASSERT_TRUE(pool.ok()) << pool.status().message();
  auto first = std::make_unique<StorePool::Lease>(pool->Borrow());
  store::Store* only = first->get();
  store::Store* second = nullptr;
  std::thread borrower([&] { second = pool->Borrow().get(); });
  first.reset();  // whether the borrower is already waiting or not, it gets this connection
  borrower.join();
  EXPECT_EQ(second, only);
}

TEST_F(StorePoolTest, AMissingStoreIsAnError) {
  EXPECT_FALSE(StorePool::OpenReadOnly(path_ + ".missing", text_.get(), 2).ok());
}

}  // namespace
}  // namespace marsad::serve
