// STUB: `marsad eval segment`, replaced by the segmenter's evaluation.
#include "cli/commands.h"

namespace marsad::cli {

void AddEvalSegmentCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("segment", "Clitic segmentation accuracy on a CoNLL-U file");
  cmd->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
