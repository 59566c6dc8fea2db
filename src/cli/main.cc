// marsad: reads Arabic news and answers who did what to whom, when and where.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "marsad (مرصد) — an engine that turns raw Arabic news into structured knowledge:\n"
      "CAMEO-coded events, actors, quotes, dates, stories; searchable and exportable."};
  app.set_version_flag("--version", "marsad 0.1.0");
  app.require_subcommand(1);
  marsad::cli::CliContext context;
  app.add_option("--data", context.data_dir_flag,
                 "Data directory (lexicons, rules, models); default: $MARSAD_DATA or the "
                 "installed/source data/")
      ->check(CLI::ExistingDirectory);

  marsad::cli::AddAnalyzeCommand(&app, &context);
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy against gold files");
  eval->require_subcommand(1);
  marsad::cli::AddEvalSegmentCommand(eval, &context);
  marsad::cli::AddEvalNerCommand(eval, &context);
  marsad::cli::AddEvalEventsCommand(eval, &context);
  marsad::cli::AddEvalDetectCommand(eval, &context);
  marsad::cli::AddEvalDatesCommand(eval, &context);
  marsad::cli::AddTrainCommands(&app, &context);
  marsad::cli::AddStoreCommands(&app, &context);
  marsad::cli::AddServeCommand(&app, &context);

  CLI11_PARSE(app, argc, argv);
  return context.exit_code;
}
