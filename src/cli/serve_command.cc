// STUB: `marsad serve`, replaced by the HTTP server command.
#include "cli/commands.h"

namespace marsad::cli {

void AddServeCommand(CLI::App*, CliContext*) {}

}  // namespace marsad::cli
