#include "pipeline/analyzer.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace marsad::pipeline {

Expected<Analyzer> Analyzer::Load(const std::string& data_dir, Depth depth) {
  if (!std::filesystem::is_directory(data_dir)) {
    return Status::Error("data directory not found: " + data_dir);
  }
  auto cleaner = clean::Cleaner::Load(data_dir);
  if (!cleaner.ok()) return cleaner.status();
  auto text = text::TextAnalyzer::Load(data_dir);
  if (!text.ok()) return text.status();
  std::optional<actors::ActorTagger> actors;
  if (depth != Depth::kText) {
    auto loaded = actors::ActorTagger::Load(data_dir, text.value());
    if (!loaded.ok()) return loaded.status();
    actors.emplace(std::move(loaded).value());
  }
  std::optional<events::EventCoder> events;
  if (depth == Depth::kEvents) {
    auto loaded = events::EventCoder::Load(data_dir);
    if (!loaded.ok()) return loaded.status();
    events.emplace(std::move(loaded).value());
  }
  return Analyzer(std::move(cleaner).value(), std::move(text).value(), std::move(actors),
                  std::move(events));
}

Analysis Analyzer::Analyze(Article article, Depth depth) const {
  Analysis analysis;
  analysis.article = std::move(article);
  analysis.warnings = analysis.article.warnings;
  cleaner_.Apply(&analysis);
  text_.Apply(&analysis);
  if (depth == Depth::kText || !actors_) return analysis;
  actors_->Apply(&analysis);
  if (depth == Depth::kActors || !events_) return analysis;
  events_->Apply(&analysis);
  return analysis;
}

std::string ResolveDataDir(const std::string& flag) {
  namespace fs = std::filesystem;
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = self.parent_path().parent_path() / "share" / "marsad";
    if (fs::is_directory(installed / "lexicon")) return installed.string();
  }
  return MARSAD_DEFAULT_DATA_DIR;
}

}  // namespace marsad::pipeline
