// Where the events tests find their data: $MARSAD_DATA, else the source tree's data/.
#ifndef MARSAD_EVENTS_TEST_DATA_DIR_H_
#define MARSAD_EVENTS_TEST_DATA_DIR_H_

#include <cstdlib>
#include <string>

namespace marsad::events {

inline std::string TestDataDir() {
  const char* env = std::getenv("MARSAD_DATA");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string(MARSAD_SOURCE_DIR "/data");
}

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_TEST_DATA_DIR_H_
