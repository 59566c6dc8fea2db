// STUB: replaced by the actor tagger implementation.
#include "actors/actor_tagger.h"

namespace marsad::actors {

struct ActorTagger::Resources {};

Expected<ActorTagger> ActorTagger::Load(const std::string&) {
  return ActorTagger(std::make_shared<const Resources>());
}

void ActorTagger::Apply(Analysis*) const {}

}  // namespace marsad::actors
