// STUB: `marsad train ner`, replaced by the tagger's training command.
#include "cli/commands.h"

namespace marsad::cli {

void AddTrainCommands(CLI::App* app, CliContext* context) {
  auto* train = app->add_subcommand("train", "Train marsad's statistical models");
  auto* ner = train->add_subcommand("ner", "Train the entity tagger");
  ner->callback([context] { context->exit_code = 2; });
}

}  // namespace marsad::cli
