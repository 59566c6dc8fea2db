// STUB: `marsad eval ner`, replaced by the tagger evaluation.
#include "cli/commands.h"

namespace marsad::cli {

void AddEvalNerCommand(CLI::App* eval, CliContext* context) {
  auto* cmd = eval->add_subcommand("ner", "Entity precision/recall/F1 on an ANERcorp-format file");
  cmd->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
