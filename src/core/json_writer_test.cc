#include "core/json_writer.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(JsonWriterTest, WritesNestedObject) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x").Bool(true).Null().EndArray();
  w.Key("c").Double(-2.0).Key("d").StringOrNull("").EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",true,null],"c":-2.0,"d":null})");
}

TEST(JsonWriterTest, EscapesControlAndQuotesKeepsArabic) {
  std::string out;
  AppendJsonString("قال \"x\"\n\x01", &out);
  EXPECT_EQ(out, "\"قال \\\"x\\\"\\n\\u0001\"");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  std::string out;
  AppendJsonString(std::string_view("a\xFF"
                                    "b",
                                    3),
                   &out);
  EXPECT_EQ(out,
            "\"a\xEF\xBF\xBD"
            "b\"");
}

}  // namespace
}  // namespace marsad
