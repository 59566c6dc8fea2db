// STUB: replaced by the event coder implementation.
#include "events/event_coder.h"

namespace marsad::events {

struct EventCoder::Resources {};

Expected<EventCoder> EventCoder::Load(const std::string&) {
  return EventCoder(std::make_shared<const Resources>());
}

void EventCoder::Apply(Analysis*) const {}

}  // namespace marsad::events
