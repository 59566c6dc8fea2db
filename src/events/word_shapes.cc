#include "events/word_shapes.h"

#include <cstddef>

#include "events/match_form.h"

namespace marsad::events {

bool LooksPresent(std::string_view word) {
  word = WithoutConjunction(word, 1);
  return word.size() > 2 && (word.substr(0, 2) == "\u064A" || word.substr(0, 2) == "\u062A" ||
                             word.substr(0, 2) == "\u0646");
}

bool PresentPrefix(std::string_view word) {
  word = WithoutConjunction(word, 1);
  return word.substr(0, 2) == "\u064A" || word.substr(0, 2) == "\u0646" ||
         word.substr(0, 4) == "\u062A\u062A";
}

bool EndsWithPronoun(std::string_view raw) {
  while (!raw.empty() && static_cast<unsigned char>(raw.back()) < 0x80) raw.remove_suffix(1);
  constexpr std::string_view kHa = "\u0647";
  constexpr std::string_view kHum = "\u0647\u0645";
  constexpr std::string_view kHaa = "\u0647\u0627";
  for (std::string_view suffix : {kHa, kHum, kHaa}) {
    if (raw.size() > suffix.size() + 4 && raw.substr(raw.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

bool LooksGentilic(std::string_view word) {
  constexpr std::string_view kYa = "\u064A";
  constexpr std::string_view kYaHa = "\u064A\u0647";
  constexpr size_t kMinStemBytes = 6;  // three Arabic letters before the ending
  if (word.ends_with(kYaHa)) return word.size() >= kMinStemBytes + kYaHa.size();
  return word.ends_with(kYa) && word.size() >= kMinStemBytes + kYa.size();
}

bool FirstPersonPlural(std::string_view word, std::string_view lemma) {
  constexpr std::string_view kNa = "\u0646\u0627";
  constexpr std::string_view kNun = "\u0646";
  constexpr std::string_view kSin = "\u0633";
  constexpr size_t kMinPastBytes = 8;  // a stem of two letters and ـنا
  word = WithoutConjunction(word, 0);
  if (word.size() >= kMinPastBytes && word.ends_with(kNa)) return true;
  if (word.starts_with(kSin)) word.remove_prefix(2);
  if (!word.starts_with(kNun) || word.size() < kMinPastBytes - 2) return false;
  return !lemma.starts_with(kNun) || word.substr(2).starts_with(kNun);
}

bool PresentWithPluralSubject(std::string_view word) {
  constexpr size_t kMinBytes = 8;  // four letters: prefix, a stem of two, the ending
  word = WithoutConjunction(word, 0);
  if (word.size() < kMinBytes || !(word.starts_with("\u064A") || word.starts_with("\u062A"))) {
    return false;
  }
  for (std::string_view object : {"\u0647", "\u0647\u0627", "\u0647\u0645"}) {
    if (word.ends_with(object) && word.size() >= kMinBytes + object.size()) {
      return word.substr(0, word.size() - object.size()).ends_with("\u0648");
    }
  }
  return word.ends_with("\u0648\u0627") || word.ends_with("\u0648\u0646");
}

}  // namespace marsad::events
