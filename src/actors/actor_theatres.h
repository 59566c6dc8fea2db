// ActorTheatres codes the actors a generic phrase names differently in different wars: «قوات
// التحالف», «طائرات التحالف» are the US-led coalition against ISIS in Iraq and Syria but the
// Saudi-led coalition in Yemen (the guide: SAUMIL). Which one is read from the countries the
// article names (mostly one war), or in an article about two, from those of the sentence.
// The theatres are data (data/lexicon/theatres.tsv): for a generic entry's English name,
// each actor it may be with its English name and its theatre: countries (the first three
// letters of actor codes) or whole actor codes (IMGMUSISI) that begin the codes named there.
#ifndef MARSAD_ACTORS_ACTOR_THEATRES_H_
#define MARSAD_ACTORS_ACTOR_THEATRES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/mention.h"
#include "core/status.h"

namespace marsad::actors {

class ActorTheatres {
 public:
  // Reads `name<TAB>code<TAB>English name<TAB>theatre` lines (# comments; the theatre's
  // countries or codes comma-separated); `source` names the text in errors.
  static Expected<ActorTheatres> Parse(std::string_view text, const std::string& source);
  // Reads data_dir/lexicon/theatres.tsv; no file, no theatres.
  static Expected<ActorTheatres> Load(const std::string& data_dir);

  // Recodes the mentions named by a generic entry (Mention::name) by the theatre their article
  // names at least twice as often as any other, or else the one their sentence (`unit_sentence`
  // of their first unit) names most; a tie or no theatre named leaves the lexicon's code.
  void Assign(const std::vector<uint32_t>& unit_sentence, std::vector<Mention>* mentions) const;

 private:
  struct Theatre {
    std::string generic;  // the English name of the generic entry
    std::string code;
    std::string name;
    std::vector<std::string> countries;  // code prefixes: a country (IRQ) or an actor (IMGMUSISI)
  };
  // How many of `mentions` (those of sentence `sentence`, or all when it is kAnySentence) have
  // a code that a prefix of `theatre` begins.
  static int Named(const Theatre& theatre, const std::vector<Mention>& mentions,
                   const std::vector<uint32_t>& unit_sentence, uint32_t sentence);
  // The theatre of `generic` whose countries `scope` (a sentence, or kAnySentence) names most,
  // at least `dominance` times as often as any other; nullptr when none is.
  const Theatre* MostNamed(std::string_view generic, const std::vector<Mention>& mentions,
                           const std::vector<uint32_t>& unit_sentence, uint32_t scope,
                           int dominance) const;
  static constexpr uint32_t kAnySentence = UINT32_MAX;

  std::vector<Theatre> theatres_;
};

}  // namespace marsad::actors

#endif  // MARSAD_ACTORS_ACTOR_THEATRES_H_
