#include "link/link_inputs.h"

#include <algorithm>

namespace marsad::link {
namespace {

void AddUnique(const std::string& value, std::vector<std::string>& values) {
  if (value.empty()) return;
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

std::string EventKey(const std::string& source, const std::string& code,
                     const std::string& target) {
  return source + "|" + code.substr(0, 2) + "|" + target;
}

StoryDoc MakeStoryDoc(const Analysis& analysis, uint32_t doc,
                      const std::vector<std::string>& words) {
  StoryDoc story_doc;
  story_doc.doc = doc;
  story_doc.outlet = analysis.outlet.empty() ? analysis.article.outlet : analysis.outlet;
  story_doc.published =
      analysis.published.empty() ? analysis.article.published : analysis.published;
  story_doc.title = analysis.title.empty() ? analysis.article.title : analysis.title;
  story_doc.terms = TermsOfWords(words);
  for (const Entity& entity : analysis.entities) AddUnique(entity.actor, story_doc.actors);
  for (const Event& event : analysis.events) {
    AddUnique(event.source.actor, story_doc.actors);
    AddUnique(event.target.actor, story_doc.actors);
    if (event.polarity != "asserted" || event.code.size() < 2) continue;
    if (event.source.actor.empty() && event.target.actor.empty()) continue;
    AddUnique(EventKey(event.source.actor, event.code, event.target.actor), story_doc.event_keys);
  }
  return story_doc;
}

std::vector<EventMention> MakeEventMentions(const Analysis& analysis, uint32_t doc) {
  std::vector<EventMention> mentions;
  const std::string& published =
      analysis.published.empty() ? analysis.article.published : analysis.published;
  for (const Event& event : analysis.events) {
    EventMention mention;
    mention.doc = doc;
    mention.outlet = analysis.outlet.empty() ? analysis.article.outlet : analysis.outlet;
    mention.url = analysis.url.empty() ? analysis.article.url : analysis.url;
    mention.date = event.date.size() == 10 ? event.date : published;
    mention.source = event.source.actor;
    mention.target = event.target.actor;
    mention.code = event.code;
    mention.polarity = event.polarity;
    mention.modality = event.modality;
    mention.sentence = event.sentence;
    if (event.sentence.end <= analysis.text().size()) {
      mention.sentence_text = std::string(event.sentence.of(analysis.text()));
    }
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace marsad::link
