// STUB: `marsad eval detect`, replaced by the detection evaluation.
#include "cli/commands.h"

namespace marsad::cli {

void AddEvalDetectCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("detect", "Protest/assault sentence detection P/R/F1 on a CSV gold set");
  cmd->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
