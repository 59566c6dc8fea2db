// STUB: `marsad eval dates`, replaced by the date evaluation.
#include "cli/commands.h"

namespace marsad::cli {

void AddEvalDatesCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("dates", "Date expression accuracy on the Recognizers-Text / Duckling test cases");
  cmd->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
