#include "store/gdelt_row.h"

#include <cstdio>

namespace marsad::store {

const std::array<std::string_view, kGdeltColumnCount> kGdeltColumns = {
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
};

namespace {

// CAMEO's three-letter role codes (CAMEO manual, actor codebook, "types" and sectors).
constexpr std::array<std::string_view, 30> kRoleCodes = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU",
    "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "ELI", "AGR", "ENV",
    "INS", "MOD", "RAD", "SEP", "UAF", "REL", "HRI", "DEV", "IGO", "NGO"};
// Leading codes that name a kind of organisation rather than a country.
constexpr std::array<std::string_view, 5> kGroupPrefixes = {"IGO", "NGO", "IMG", "MNC", "NGM"};

template <size_t N>
bool IsOneOf(std::string_view code, const std::array<std::string_view, N>& set) {
  for (std::string_view item : set) {
    if (code == item) return true;
  }
  return false;
}

bool IsDate(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

// Tabs and line breaks would break the row.
std::string Clean(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string FractionDate(std::string_view date) {
  static constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  const int day = std::stoi(std::string(date.substr(8, 2)));
  const int day_of_year = kDaysBefore[(month - 1) % 12] + day;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", year + day_of_year / 365.0);
  return buffer;
}

std::string DateAdded(std::string_view iso) {
  // 2026-11-30T01:02:03Z → 20261130010203
  std::string out;
  for (char c : iso) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out.size() == 14 ? out : "";
}

void AddActor(const std::string& code, const std::string& name, std::array<std::string, 61>& row,
              size_t first) {
  ActorCodeParts parts = SplitActorCode(code);
  row[first] = Clean(code);
  row[first + 1] = Clean(name);
  row[first + 2] = parts.country;
  row[first + 3] = parts.known_group;
  row[first + 7] = parts.types[0];
  row[first + 8] = parts.types[1];
  row[first + 9] = parts.types[2];
}

std::string FormatDouble(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

}  // namespace

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts parts;
  size_t next_type = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string chunk(code.substr(i, 3));
    if (i == 0 && IsOneOf(chunk, kGroupPrefixes)) {
      parts.known_group = chunk;
    } else if (i == 0 && !IsOneOf(chunk, kRoleCodes)) {
      parts.country = chunk;
    } else if (i == 3 && !parts.known_group.empty() && !IsOneOf(chunk, kRoleCodes)) {
      parts.known_group = chunk;  // IGOUNO: the group is UNO
    } else if (next_type < parts.types.size()) {
      parts.types[next_type++] = chunk;
    }
  }
  return parts;
}

std::string FormatGdeltRow(const EventRecord& e) {
  std::array<std::string, kGdeltColumnCount> row;
  row[0] = std::to_string(e.id);
  if (IsDate(e.date)) {
    const std::string ymd = e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8, 2);
    row[1] = ymd;
    row[2] = ymd.substr(0, 6);
    row[3] = ymd.substr(0, 4);
    row[4] = FractionDate(e.date);
  }
  AddActor(e.source_actor, e.source_text, row, 5);
  AddActor(e.target_actor, e.target_text, row, 15);
  row[25] = e.root_event ? "1" : "0";
  row[26] = Clean(e.code);
  row[27] = Clean(e.code.substr(0, 3));
  row[28] = Clean(e.code.substr(0, 2));
  if (e.quad_class > 0) row[29] = std::to_string(e.quad_class);
  row[30] = FormatDouble(e.goldstein);
  row[31] = std::to_string(e.num_mentions);
  row[32] = std::to_string(e.num_sources);
  row[33] = std::to_string(e.num_articles);
  row[59] = DateAdded(e.ingested_at);
  row[60] = Clean(e.url);
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out.push_back('\t');
    out += row[i];
  }
  return out;
}

}  // namespace marsad::store
