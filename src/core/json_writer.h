// JsonWriter builds one compact JSON document into a string, fast and without a DOM: the
// output side of `marsad analyze` writes hundreds of thousands of records with it.
#ifndef MARSAD_CORE_JSON_WRITER_H_
#define MARSAD_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);  // invalid UTF-8 bytes become U+FFFD
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Writes `value`, or null when it is empty.
  JsonWriter& StringOrNull(std::string_view value);

 private:
  void Separate();
  std::string* out_;
  bool need_comma_ = false;
};

// Appends `value` as a quoted JSON string.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace marsad

#endif  // MARSAD_CORE_JSON_WRITER_H_
