#include "actors/actor_lexicon.h"

#include <algorithm>
#include <array>

namespace marsad::actors {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

bool ParseKind(std::string_view word, EntryKind* kind, bool* names_role_alone) {
  *names_role_alone = word == "role";
  if (*names_role_alone) {
    *kind = EntryKind::kTitle;
    return true;
  }
  static constexpr std::array<std::pair<std::string_view, EntryKind>, 10> kKinds = {{
      {"actor", EntryKind::kActor},
      {"name", EntryKind::kName},
      {"country", EntryKind::kCountry},
      {"nationality", EntryKind::kNationality},
      {"title", EntryKind::kTitle},
      {"modifier", EntryKind::kModifier},
      {"linker", EntryKind::kLinker},
      {"locator", EntryKind::kLocator},
      {"group", EntryKind::kGroup},
      {"includer", EntryKind::kIncluder},
  }};
  for (const auto& [name, value] : kKinds) {
    if (word == name) {
      *kind = value;
      return true;
    }
  }
  return false;
}

bool IsDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  auto number = [&](size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  if (s.size() >= 7 && (number(5) < 1 || number(5) > 12)) return false;
  if (s.size() == 10 && (number(8) < 1 || number(8) > 31)) return false;
  return true;
}

bool IsType(std::string_view s) { return s == "PER" || s == "ORG" || s == "LOC" || s == "MISC"; }

}  // namespace

Expected<std::vector<LexiconEntry>> ParseActorLexicon(std::string_view content,
                                                      std::string_view file_name) {
  std::vector<LexiconEntry> entries;
  size_t line_number = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++line_number;
    std::string where = std::string(file_name) + ":" + std::to_string(line_number);
    line = TrimSpaces(line);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 6) {
      return Status::Error(where + ": expected 7 tab-separated fields, found " +
                           std::to_string(fields.size()));
    }
    LexiconEntry entry;
    entry.origin = where;
    if (!ParseKind(TrimSpaces(fields[0]), &entry.kind, &entry.names_role_alone)) {
      return Status::Error(where + ": unknown kind '" + std::string(fields[0]) + "'");
    }
    entry.code = std::string(TrimSpaces(fields[1]));
    entry.type = std::string(TrimSpaces(fields[2]));
    entry.name = std::string(TrimSpaces(fields[3]));
    if (entry.code.empty()) return Status::Error(where + ": empty code");
    if (!IsType(entry.type) && entry.kind != EntryKind::kLinker &&
        entry.kind != EntryKind::kModifier && entry.kind != EntryKind::kLocator &&
        entry.kind != EntryKind::kGroup && entry.kind != EntryKind::kIncluder) {
      return Status::Error(where + ": type must be PER, ORG, LOC or MISC");
    }
    std::string_view valid = TrimSpaces(fields[4]);
    if (!valid.empty()) {
      size_t dots = valid.find("..");
      if (dots == std::string_view::npos) {
        return Status::Error(where + ": valid must be FROM..TO, got '" + std::string(valid) + "'");
      }
      std::string_view from = valid.substr(0, dots), to = valid.substr(dots + 2);
      if ((!from.empty() && !IsDate(from)) || (!to.empty() && !IsDate(to))) {
        return Status::Error(where + ": bad date in '" + std::string(valid) + "'");
      }
      entry.valid_from = std::string(from);
      entry.valid_to = std::string(to);
    }
    for (std::string_view form : Split(fields[5], '|')) {
      form = TrimSpaces(form);
      LexiconForm parsed;
      while (form.starts_with('~') || form.starts_with('^')) {
        (form.front() == '~' ? parsed.transliterated : parsed.definite_only) = true;
        form = TrimSpaces(form.substr(1));
      }
      if (form.empty()) continue;
      parsed.text = std::string(form);
      entry.forms.push_back(std::move(parsed));
    }
    if (entry.forms.empty()) return Status::Error(where + ": no forms");
    if (entry.names_role_alone && (entry.code.size() != 3 || entry.type == "MISC")) {
      return Status::Error(where + ": a role needs a three-letter role code and names no act");
    }
    if (fields.size() > 6) entry.source = std::string(TrimSpaces(fields[6]));
    entries.push_back(std::move(entry));
  }
  return entries;
}

bool ValidOn(const LexiconEntry& entry, std::string_view date) {
  if (date.empty()) return true;
  // Dates of different precision compare on their common prefix: "2015" holds on a role that
  // starts or ends inside 2015.
  auto compare = [](std::string_view a, std::string_view b) {
    size_t length = std::min(a.size(), b.size());
    return a.substr(0, length).compare(b.substr(0, length));
  };
  if (!entry.valid_from.empty() && compare(date, entry.valid_from) < 0) return false;
  if (!entry.valid_to.empty() && compare(date, entry.valid_to) > 0) return false;
  return true;
}

namespace {

constexpr std::string_view kAbd = "\u0639\u0628\u062F";  // عبد
constexpr std::string_view kArticle = "\u0627\u0644";    // ال

// The form with every «عبد» compound written the other way: «عبد العزيز» ↔ «عبدالعزيز»,
// «عبد ربه» ↔ «عبدربه». Empty when the form has none.
std::string OtherAbdSpelling(std::string_view text) {
  std::string joined, split;
  bool any = false;
  size_t i = 0;
  while (i < text.size()) {
    bool word_start = i == 0 || text[i - 1] == ' ';
    if (word_start && text.substr(i).starts_with(kAbd)) {
      size_t after = i + kAbd.size();
      if (after < text.size() && text[after] == ' ' && after + 1 < text.size()) {
        joined.append(kAbd);  // «عبد العزيز» → «عبدالعزيز»
        split.append(kAbd).append(" ");
        i = after + 1;
        any = true;
        continue;
      }
      if (text.substr(after).starts_with(kArticle)) {
        joined.append(kAbd);  // «عبدالعزيز» → «عبد العزيز»; not «عبده»
        split.append(kAbd).append(" ");
        i = after;
        any = true;
        continue;
      }
    }
    joined.push_back(text[i]);
    split.push_back(text[i]);
    ++i;
  }
  if (!any) return {};
  return joined == text ? split : joined;
}

}  // namespace

std::vector<LexiconForm> ExpandForms(const LexiconEntry& entry) {
  std::vector<LexiconForm> forms = entry.forms;
  for (const LexiconForm& form : entry.forms) {
    if (std::string other = OtherAbdSpelling(form.text); !other.empty()) {
      forms.push_back({std::move(other), form.transliterated, form.definite_only});
    }
  }
  if (entry.kind != EntryKind::kNationality) return forms;
  static constexpr std::string_view kYa = "\u064A";
  static constexpr std::array<std::string_view, 8> kEndings = {
      "\u0627",  // ا   روسيًا (accusative: «طلبًا روسيًّا», «مدنيًا أفغانيًا»)
      "\u0629",              // ة   روسية
      "\u0648\u0646",        // ون  روسيون
      "\u064A\u0646",        // ين  روسيين
      "\u0627\u0646",        // ان  روسيان
      "\u062A\u0627\u0646",  // تان روسيتان
      "\u062A\u064A\u0646",  // تين روسيتين
      "\u0627\u062A",        // ات  روسيات
  };
  for (const LexiconForm& form : entry.forms) {
    if (!std::string_view(form.text).ends_with(kYa) || form.text.find(' ') != std::string::npos) {
      continue;
    }
    for (std::string_view ending : kEndings) {
      forms.push_back({form.text + std::string(ending), form.transliterated, form.definite_only});
    }
  }
  return forms;
}

}  // namespace marsad::actors
