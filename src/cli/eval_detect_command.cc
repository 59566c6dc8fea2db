// `marsad eval detect FILE.csv`: sentence-level protest/assault detection on the labelled
// gold sets of data/events/ (label `yes` positive, `easy no`/`difficult no` negative,
// `ambiguous` skipped): a sentence is detected when the coder finds in it an asserted, actual
// event of the PLOVER type (PROTEST or ASSAULT). With the matching *_spans file it also scores
// the source and target actor codes of the detected events against the annotated spans.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "events/csv_table.h"
#include "events/event_scorer.h"
#include "pipeline/analyzer.h"

namespace marsad::cli {
namespace {

struct EvalDetectOptions {
  std::string file;
  std::string type;          // PROTEST | ASSAULT; inferred from the file name when empty
  std::string spans;         // *_spans.json; found beside FILE when empty
  std::string rows = "all";  // all | even | odd: score every row or one half (tune/check)
  bool list_errors = false;
};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string InferType(const std::string& path) {
  const std::string name = Upper(std::filesystem::path(path).filename().string());
  if (name.find("PROTEST") != std::string::npos) return "PROTEST";
  if (name.find("ASSAULT") != std::string::npos) return "ASSAULT";
  return "";
}

Analysis AnalyzeSentence(const pipeline::Analyzer& analyzer, std::string id, std::string text,
                         const std::string& input) {
  Article article;
  article.id = std::move(id);
  article.input = input;
  article.text = std::move(text);
  return analyzer.Analyze(std::move(article));
}

bool Detected(const Analysis& analysis, const std::string& type) {
  return std::any_of(analysis.events.begin(), analysis.events.end(), [&](const Event& e) {
    return e.plover == type && e.polarity == "asserted" && e.modality == "actual";
  });
}

// The actor code an annotated role stands for: country (main) and role, "None" left out.
std::string RoleCode(const nlohmann::json& role) {
  if (!role.is_object()) return "";
  std::string code;
  for (const char* key : {"main", "role"}) {
    auto it = role.find(key);
    if (it != role.end() && it->is_string() && it->get<std::string>() != "None") {
      code += it->get<std::string>();
    }
  }
  return code;
}

// Whether predicted `actor` agrees with gold `code`: its country when gold has one (a 3-letter
// prefix that is not a role), and its role when gold has one.
bool ActorAgrees(const std::string& actor, const nlohmann::json& role) {
  if (!role.is_object() || actor.empty()) return false;
  auto main = role.find("main");
  auto kind = role.find("role");
  const std::string country =
      main != role.end() && main->is_string() && *main != "None" ? main->get<std::string>() : "";
  const std::string part =
      kind != role.end() && kind->is_string() && *kind != "None" ? kind->get<std::string>() : "";
  if (country.empty() && part.empty()) return false;
  if (!country.empty() && actor.compare(0, country.size(), country) != 0) return false;
  if (!part.empty() &&
      actor.find(part, country.empty() ? 0 : country.size()) == std::string::npos) {
    return false;
  }
  return true;
}

struct ActorTally {
  int gold = 0;       // records whose spans name this actor with a code
  int predicted = 0;  // of those, records where a detected event has the actor
  int correct = 0;
};

// Scores the records of `rows` (all | even | odd: by position in the array, from 0, as the
// sentence rows are).
// With `list_errors`, prints each missed or wrong actor: role, gold codes, predicted, text.
void ScoreSpans(const pipeline::Analyzer& analyzer, const std::string& path,
                const std::string& type, const std::string& rows, bool list_errors) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) {
    std::printf("actor codes: %s\n", text.status().message().c_str());
    return;
  }
  nlohmann::json records = nlohmann::json::parse(*text, nullptr, false);
  if (!records.is_array()) {
    std::printf("actor codes: %s is not a JSON array\n", path.c_str());
    return;
  }
  ActorTally source;
  ActorTally target;
  int index = 0;
  for (const auto& record : records) {
    const bool in_half = (rows != "even" || index % 2 == 0) && (rows != "odd" || index % 2 != 0);
    ++index;
    if (!in_half) continue;
    if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
    std::vector<nlohmann::json> source_roles;
    std::vector<nlohmann::json> target_roles;
    if (record.contains("spans") && record["spans"].is_array()) {
      for (const auto& span : record["spans"]) {
        if (!span.is_object()) continue;
        if (span.contains("source_role") && !RoleCode(span["source_role"]).empty()) {
          source_roles.push_back(span["source_role"]);
        }
        if (span.contains("target_role") && !RoleCode(span["target_role"]).empty()) {
          target_roles.push_back(span["target_role"]);
        }
      }
    }
    if (source_roles.empty() && target_roles.empty()) continue;
    const Analysis analysis = AnalyzeSentence(analyzer, "spans#" + std::to_string(index),
                                              record["text"].get<std::string>(), path);
    std::string predicted_source;
    std::string predicted_target;
    for (const Event& e : analysis.events) {
      if (e.plover != type) continue;
      if (predicted_source.empty()) predicted_source = e.source.actor;
      if (predicted_target.empty()) predicted_target = e.target.actor;
    }
    const bool any_event = std::any_of(analysis.events.begin(), analysis.events.end(),
                                       [&](const Event& e) { return e.plover == type; });
    auto tally = [&](const char* what, const std::vector<nlohmann::json>& roles,
                     const std::string& predicted, ActorTally* t) {
      if (roles.empty()) return;
      ++t->gold;
      const bool right = !predicted.empty() &&
                         std::any_of(roles.begin(), roles.end(), [&](const nlohmann::json& r) {
                           return ActorAgrees(predicted, r);
                         });
      if (!predicted.empty()) ++t->predicted;
      if (right) ++t->correct;
      if (list_errors && !right) {
        std::string gold;
        for (const auto& r : roles) gold += RoleCode(r) + " ";
        std::printf("SPAN-%s\t#%d\t%s\t%s\t%s\n", what, index - 1, gold.c_str(),
                    any_event ? (predicted.empty() ? "-" : predicted.c_str()) : "(no event)",
                    record["text"].get<std::string>().c_str());
      }
    };
    tally("SRC", source_roles, predicted_source, &source);
    tally("TGT", target_roles, predicted_target, &target);
  }
  auto print = [](const char* what, const ActorTally& t) {
    std::printf(
        "%s actor: accuracy %.3f (%d of %d annotated records; %d with a predicted code, "
        "precision %.3f)\n",
        what, t.gold ? static_cast<double>(t.correct) / t.gold : 0.0, t.correct, t.gold,
        t.predicted, t.predicted ? static_cast<double>(t.correct) / t.predicted : 0.0);
  };
  std::printf("actor codes against %s:\n", path.c_str());
  print("  source", source);
  print("  target", target);
}

int Run(const EvalDetectOptions& options, const CliContext& context) {
  const std::string type = options.type.empty() ? InferType(options.file) : Upper(options.type);
  if (type != "PROTEST" && type != "ASSAULT") {
    std::fprintf(stderr,
                 "marsad eval detect: give --type protest|assault (not in the file name)\n");
    return 2;
  }
  auto table = events::CsvTable::ReadFile(options.file);
  if (!table.ok()) {
    std::fprintf(stderr, "marsad eval detect: %s\n", table.status().message().c_str());
    return 2;
  }
  const int label_column = table->Column("label");
  const int text_column = table->Column("text");
  const int id_column = table->Column("id");
  if (label_column < 0 || text_column < 0) {
    std::fprintf(stderr, "marsad eval detect: %s needs label and text columns\n",
                 options.file.c_str());
    return 2;
  }
  auto analyzer = pipeline::Analyzer::Load(pipeline::ResolveDataDir(context.data_dir_flag));
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad eval detect: %s\n", analyzer.status().message().c_str());
    return 2;
  }
  events::Prf prf;
  int skipped = 0;
  int scored = 0;
  for (size_t row = 0; row < table->size(); ++row) {
    // Row numbers count data rows from 0, so `even` is the first, third, ... sentence.
    if ((options.rows == "even" && row % 2 != 0) || (options.rows == "odd" && row % 2 == 0)) {
      continue;
    }
    const std::string_view label = table->Field(row, label_column);
    bool positive;
    if (label == "yes") {
      positive = true;
    } else if (label == "easy no" || label == "difficult no") {
      positive = false;
    } else {
      ++skipped;
      continue;
    }
    ++scored;
    const Analysis analysis =
        AnalyzeSentence(*analyzer, std::string(table->Field(row, id_column)),
                        std::string(table->Field(row, text_column)), options.file);
    const bool detected = Detected(analysis, type);
    if (detected && positive) ++prf.true_positives;
    if (detected && !positive) ++prf.false_positives;
    if (!detected && positive) ++prf.false_negatives;
    if (options.list_errors && detected != positive) {
      std::string cues;  // the cue words of the detected events, to group false alarms
      for (const Event& e : analysis.events) {
        if (e.plover == type) {
          cues += std::string(e.cue.of(analysis.text())) + "/" + e.code + " ";
        }
      }
      std::printf("%s\t%s\t%s\t%s\n", detected ? "FP" : "FN", std::string(label).c_str(),
                  cues.c_str(), std::string(table->Field(row, text_column)).c_str());
    }
  }
  if (options.rows != "all") std::printf("%s rows only\n", options.rows.c_str());
  std::printf(
      "%s detection: P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d; %d sentences, "
      "%d ambiguous or unlabelled skipped)\n",
      type.c_str(), prf.precision(), prf.recall(), prf.f1(), prf.true_positives,
      prf.false_positives, prf.false_negatives, scored, skipped);
  std::string spans = options.spans;
  if (spans.empty()) {
    std::filesystem::path guess(options.file);
    std::string name = guess.filename().string();
    const size_t gsr = name.find("_gsr");
    if (gsr != std::string::npos) {
      name.replace(gsr, 4, "_spans");
      guess.replace_filename(std::filesystem::path(name).replace_extension(".json"));
      if (std::filesystem::exists(guess)) spans = guess.string();
    }
  }
  if (!spans.empty()) ScoreSpans(*analyzer, spans, type, options.rows, options.list_errors);
  return 0;
}

}  // namespace

void AddEvalDetectCommand(CLI::App* eval, CliContext* context) {
  auto options = std::make_shared<EvalDetectOptions>();
  auto* cmd = eval->add_subcommand(
      "detect", "Protest/assault sentence detection P/R/F1 on a CSV gold set, and actor codes");
  cmd->add_option("FILE", options->file, "Gold CSV with id, label and text columns")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--type", options->type, "protest or assault (default: from the file name)");
  cmd->add_option("--spans", options->spans,
                  "Span records with actor codes (default: the *_spans .json beside FILE)");
  cmd->add_option("--rows", options->rows,
                  "Score all rows and span records, or only the even or odd ones (tune on one "
                  "half, check on the other)")
      ->check(CLI::IsMember({"all", "even", "odd"}));
  cmd->add_flag("--errors", options->list_errors, "List misses and false alarms");
  cmd->callback([options, context] { context->exit_code = Run(*options, *context); });
}

}  // namespace marsad::cli
