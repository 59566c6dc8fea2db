// STUB: `marsad eval events`, replaced by the event evaluation.
#include "cli/commands.h"

namespace marsad::cli {

void AddEvalEventsCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("events", "Event precision/recall/F1 against a gold JSONL file");
  cmd->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
