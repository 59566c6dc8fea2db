// The `marsad` subcommands. Each Add*Command registers one subcommand (its options, --help
// text and action) on a CLI11 parent; its action stores the exit status in the context.
#ifndef MARSAD_CLI_COMMANDS_H_
#define MARSAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>

namespace marsad::cli {

struct CliContext {
  std::string data_dir_flag;  // --data, before resolution
  int exit_code = 0;
};

void AddAnalyzeCommand(CLI::App* app, CliContext* context);
void AddEvalSegmentCommand(CLI::App* eval, CliContext* context);
void AddEvalNerCommand(CLI::App* eval, CliContext* context);
void AddEvalEventsCommand(CLI::App* eval, CliContext* context);
void AddEvalDetectCommand(CLI::App* eval, CliContext* context);
void AddEvalDatesCommand(CLI::App* eval, CliContext* context);
void AddTrainCommands(CLI::App* app, CliContext* context);
void AddStoreCommands(CLI::App* app,
                      CliContext* context);  // ingest, search, stories, stats, export
void AddServeCommand(CLI::App* app, CliContext* context);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_COMMANDS_H_
