// The JSON Lines record of docs/OUTPUT.md: one object per analysed article, or an error
// record for an input that could not be read.
#ifndef MARSAD_PIPELINE_RECORD_JSON_H_
#define MARSAD_PIPELINE_RECORD_JSON_H_

#include <string>

#include "core/analysis.h"

namespace marsad::pipeline {

struct RecordOptions {
  bool tokens = false;  // --tokens: include the (large) token list
};

// Appends the record of `analysis`, without a trailing newline.
void AppendRecordJson(const Analysis& analysis, const RecordOptions& options, std::string* out);
// Appends {"input": …, "error": …}.
void AppendErrorJson(const ReadFailure& failure, std::string* out);

}  // namespace marsad::pipeline

#endif  // MARSAD_PIPELINE_RECORD_JSON_H_
