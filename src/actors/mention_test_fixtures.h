// Fixtures for the tests of the actor rules and the within-article resolver (header only, used
// by *_test.cc): a lexical mention over match units made up by the test.
#ifndef MARSAD_ACTORS_MENTION_TEST_FIXTURES_H_
#define MARSAD_ACTORS_MENTION_TEST_FIXTURES_H_

#include <string>
#include <utility>
#include <vector>

#include "actors/mention.h"
#include "lexicon/match_units.h"

namespace marsad::actors::testing {

// A mention of units [first, end) with its type, code and title key.
inline Mention LexicalMention(const std::vector<lexicon::MatchUnit>& units, size_t first,
                              size_t end, std::string type, std::string code,
                              std::string title_key = "") {
  Mention mention;
  mention.first_unit = first;
  mention.end_unit = end;
  mention.span = {units[first].span.start, units[end - 1].span.end};
  mention.type = std::move(type);
  mention.code = std::move(code);
  mention.title_key = std::move(title_key);
  return mention;
}

}  // namespace marsad::actors::testing

#endif  // MARSAD_ACTORS_MENTION_TEST_FIXTURES_H_
