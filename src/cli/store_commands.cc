// STUB: ingest, search, stories, stats, export — replaced by the store's commands.
#include "cli/commands.h"

namespace marsad::cli {

void AddStoreCommands(CLI::App*, CliContext*) {}

}  // namespace marsad::cli
