// Codebook answers, for a CAMEO event code, what the output records carry beside it: the
// PLOVER event type, the quad class and the Goldstein score. It is loaded from the CAMEO
// codebook (data/codebooks/cameo-codes.csv) and the CAMEO → PLOVER table
// (CAMEO2PLOVER-2021.txt, completed by cameo2plover-supplement.tsv).
#ifndef MARSAD_EVENTS_CODEBOOK_H_
#define MARSAD_EVENTS_CODEBOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace marsad::events {

struct CodeInfo {
  std::string name;      // CAMEO name, e.g. "Make statement"
  std::string plover;    // PLOVER type, e.g. "REQUEST"; empty when PLOVER has none
  int quad_class = 0;    // 1 verbal cooperation .. 4 material conflict
  double goldstein = 0;  // Goldstein scale, -10 .. 10
};

class Codebook {
 public:
  // Reads data_dir/codebooks/.
  static Expected<Codebook> Load(const std::string& data_dir);

  // The entry for `code`; an unknown code falls back to its nearest known parent (0312 → 031
  // → 03). Returns nullptr when not even the root is known.
  const CodeInfo* Find(std::string_view code) const;

  bool Knows(std::string_view code) const { return codes_.count(std::string(code)) > 0; }

  // Quad class of a CAMEO root (01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4), 0 if invalid.
  static int QuadClass(std::string_view code);

 private:
  std::unordered_map<std::string, CodeInfo> codes_;
};

}  // namespace marsad::events

#endif  // MARSAD_EVENTS_CODEBOOK_H_
