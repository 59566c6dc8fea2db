#include "store/search_query.h"

namespace marsad::store {
namespace {

struct Item {
  std::string text;
  bool is_or = false;  // the bare word OR
  bool excluded = false;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A term worth searching: has a letter or digit (any non-ASCII byte counts as a letter).
bool HasWordCharacter(std::string_view term) {
  for (char c : term) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) {
      return true;
    }
  }
  return false;
}

Expected<std::vector<Item>> Lex(std::string_view input) {
  std::vector<Item> items;
  size_t i = 0;
  while (i < input.size()) {
    if (IsSpace(input[i])) {
      ++i;
      continue;
    }
    Item item;
    if (input[i] == '-' && i + 1 < input.size() && !IsSpace(input[i + 1])) {
      item.excluded = true;
      ++i;
    }
    if (input[i] == '"') {
      size_t close = input.find('"', i + 1);
      if (close == std::string_view::npos) {
        return Status::Error("unterminated quote: a phrase needs a closing \"");
      }
      item.text = std::string(input.substr(i + 1, close - i - 1));
      if (!HasWordCharacter(item.text)) return Status::Error("empty phrase \"\" in the query");
      i = close + 1;
    } else {
      size_t end = i;
      while (end < input.size() && !IsSpace(input[end]) && input[end] != '"') ++end;
      item.text = std::string(input.substr(i, end - i));
      i = end;
      if (!item.excluded && item.text == "OR") {
        item.is_or = true;
      } else if (!HasWordCharacter(item.text)) {
        continue;  // lone punctuation: nothing to search for
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

std::string QuoteFts5(std::string_view term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

Expected<SearchQuery> ParseSearchQuery(std::string_view input) {
  auto items = Lex(input);
  if (!items.ok()) return items.status();
  SearchQuery query;
  bool pending_or = false;
  for (size_t i = 0; i < items->size(); ++i) {
    const Item& item = (*items)[i];
    if (item.is_or) {
      if (query.required.empty() || pending_or || (i > 0 && (*items)[i - 1].excluded)) {
        return Status::Error("OR needs a word or phrase on each side");
      }
      pending_or = true;
      continue;
    }
    if (item.excluded) {
      if (pending_or) return Status::Error("OR cannot join an excluded -term");
      query.excluded.push_back(item.text);
    } else if (pending_or) {
      query.required.back().push_back(item.text);
      pending_or = false;
    } else {
      query.required.push_back({item.text});
    }
  }
  if (pending_or) return Status::Error("OR needs a word or phrase on each side");
  if (query.required.empty()) {
    return Status::Error(query.excluded.empty()
                             ? "empty query: type a word or a \"phrase\""
                             : "a query needs at least one word that is not excluded");
  }
  return query;
}

std::string SearchQuery::ToFts5() const {
  std::string out;
  for (const auto& clause : required) {
    if (!out.empty()) out += " AND ";
    if (clause.size() > 1) out += "(";
    for (size_t i = 0; i < clause.size(); ++i) {
      if (i > 0) out += " OR ";
      out += QuoteFts5(clause[i]);
    }
    if (clause.size() > 1) out += ")";
  }
  if (excluded.empty()) return out;
  out = "(" + out + ")";
  for (const std::string& term : excluded) out += " NOT " + QuoteFts5(term);
  return out;
}

}  // namespace marsad::store
