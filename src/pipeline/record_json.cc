#include "pipeline/record_json.h"

#include "core/json_writer.h"

namespace marsad::pipeline {
namespace {

void WriteSpan(const Span& span, JsonWriter* w) {
  w->Key("start").Int(span.start).Key("end").Int(span.end);
}

void WriteActor(const ActorRef& actor, JsonWriter* w) {
  w->BeginObject().Key("text").String(actor.text).Key("actor").String(actor.actor);
  if (!actor.span.empty()) WriteSpan(actor.span, w);
  w->EndObject();
}

}  // namespace

void AppendRecordJson(const Analysis& a, const RecordOptions& options, std::string* out) {
  const std::string_view text = a.text();
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id").String(a.article.id).Key("input").String(a.article.input);
  w.Key("outlet").StringOrNull(a.outlet).Key("url").StringOrNull(a.url);
  w.Key("title").StringOrNull(a.title).Key("published").StringOrNull(a.published);

  w.Key("sentences").BeginArray();
  for (const Sentence& s : a.sentences) {
    w.BeginObject();
    WriteSpan(s.span, &w);
    w.Key("boilerplate").Bool(s.boilerplate).EndObject();
  }
  w.EndArray();

  if (options.tokens) {
    w.Key("tokens").BeginArray();
    for (const Token& t : a.tokens) {
      w.BeginObject();
      WriteSpan(t.span, &w);
      w.Key("text").String(t.span.of(text)).Key("segments").BeginArray();
      for (const Segment& seg : t.segments) w.String(seg.span.of(text));
      w.EndArray().EndObject();
    }
    w.EndArray();
  }

  w.Key("entities").BeginArray();
  for (const Entity& e : a.entities) {
    w.BeginObject();
    WriteSpan(e.span, &w);
    w.Key("text").String(e.span.of(text)).Key("type").String(e.type).Key("actor").String(e.actor);
    if (!e.name.empty()) w.Key("name").String(e.name);
    w.EndObject();
  }
  w.EndArray();

  w.Key("dates").BeginArray();
  for (const DateMention& d : a.dates) {
    w.BeginObject();
    WriteSpan(d.span, &w);
    w.Key("text").String(d.span.of(text)).Key("value").String(d.value).EndObject();
  }
  w.EndArray();

  w.Key("quotes").BeginArray();
  for (const Quote& q : a.quotes) {
    w.BeginObject().Key("speaker");
    WriteActor(q.speaker, &w);
    w.Key("cue").String(q.cue);
    WriteSpan(q.span, &w);
    w.Key("text").String(q.span.of(text)).EndObject();
  }
  w.EndArray();

  w.Key("events").BeginArray();
  for (const Event& e : a.events) {
    w.BeginObject().Key("source");
    WriteActor(e.source, &w);
    w.Key("code").String(e.code).Key("plover").String(e.plover);
    w.Key("quad_class").Int(e.quad_class).Key("goldstein").Double(e.goldstein);
    w.Key("target");
    WriteActor(e.target, &w);
    w.Key("polarity").String(e.polarity).Key("modality").String(e.modality);
    w.Key("date").String(e.date);
    w.Key("sentence").BeginObject();
    WriteSpan(e.sentence, &w);
    w.EndObject().Key("cue").BeginObject();
    WriteSpan(e.cue, &w);
    w.EndObject();
    w.Key("evidence").String(e.sentence.of(text));
    if (!e.mentions.empty()) {
      w.Key("mentions").BeginArray();
      for (const Span& m : e.mentions) {
        w.BeginObject();
        WriteSpan(m, &w);
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("warnings").BeginArray();
  for (const std::string& warning : a.warnings) w.String(warning);
  w.EndArray();
  w.EndObject();
}

void AppendErrorJson(const ReadFailure& failure, std::string* out) {
  JsonWriter w(out);
  w.BeginObject().Key("input").String(failure.input).Key("error").String(failure.reason);
  w.EndObject();
}

}  // namespace marsad::pipeline
