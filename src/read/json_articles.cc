#include "read/json_articles.h"

#include <simdjson.h>

#include <string>

#include "read/iso_date.h"
#include "read/size_limit.h"
#include "read/text_decoder.h"

namespace marsad::read {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
static_assert(JsonArticles::kPadding >= simdjson::SIMDJSON_PADDING);

// A field as text: strings as they are, numbers in decimal, anything else empty.
std::string FieldText(simdjson::dom::object object, std::string_view key) {
  simdjson::dom::element value;
  if (object[key].get(value) != simdjson::SUCCESS) return "";
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      return std::string(value.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
      return std::to_string(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
      return std::to_string(value.get_uint64().value_unsafe());
    default:
      return "";
  }
}

// Builds the article of one JSON object; default_id is used when it has no id key.
ReadResult ArticleOf(simdjson::dom::element item, const InputName& name, std::string failure_name,
                     std::string default_id, const ReadOptions& options) {
  simdjson::dom::object object;
  if (item.get_object().get(object) != simdjson::SUCCESS) {
    return ReadFailure{std::move(failure_name), "JSON item is not an object"};
  }
  simdjson::dom::element content_value;
  if (object["content"].get(content_value) != simdjson::SUCCESS || !content_value.is_string()) {
    return ReadFailure{std::move(failure_name), "JSON item without content"};
  }
  // A view into the parser's buffer, copied once, into the article's text.
  const std::string_view content = content_value.get_string().value_unsafe();
  Article article;
  article.title = FieldText(object, "title");
  // An item whose content the crawler left blank is still an article (SaudiNewsNet has a few
  // hundred), flagged with a warning; only an item without a content string is not.
  if (IsBlank(content)) article.warnings.push_back("blank content");
  const size_t size = article.title.size() + 1 + content.size();
  if (size > options.max_article_bytes) {
    return ReadFailure{std::move(failure_name),
                       OverLimitReason("article", size, options.max_article_bytes)};
  }
  article.id = FieldText(object, "id");
  if (article.id.empty()) article.id = std::move(default_id);
  article.input = name.input;
  article.text.reserve(size);
  article.text.append(article.title).append("\n").append(content);
  article.url = FieldText(object, "url");
  article.outlet = FieldText(object, "source");
  article.author = FieldText(object, "author");
  article.published = IsoDateOf(FieldText(object, "published"));
  if (article.published.empty()) article.published = IsoDateOf(FieldText(object, "date_extracted"));
  if (article.published.empty()) article.published = options.published;
  return article;
}

}  // namespace

void JsonArticles::ReadDocument(const InputName& name, std::string_view json,
                                const ArticleSink& sink, bool padded) const {
  // Valid UTF-8 (nearly always) is parsed in place; anything else goes through the decoder.
  std::string converted;
  std::string warning;
  std::string_view body = json;
  if (!CheckUtf8Text(json).ok()) {
    auto decoded = DecodeText(json);
    if (!decoded.ok()) {
      sink(ReadFailure{name.input, decoded.status().message()});
      return;
    }
    converted = std::move(decoded->text);
    warning = std::move(decoded->warning);
    body = converted;
    padded = false;
  }
  if (body.substr(0, 3) == kUtf8Bom) body.remove_prefix(3);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::padded_string copy;
  if (!padded) copy = simdjson::padded_string(body);
  const std::string_view parsed = padded ? body : std::string_view(copy);
  if (auto error =
          parser.parse(parsed.data(), parsed.size(), /*realloc_if_needed=*/false).get(root);
      error != simdjson::SUCCESS) {
    sink(ReadFailure{name.input, std::string("malformed JSON: ") + simdjson::error_message(error)});
    return;
  }
  auto finish = [&](ReadResult&& result) {
    if (auto* article = std::get_if<Article>(&result); article && !warning.empty()) {
      article->warnings.push_back(warning);
    }
    sink(std::move(result));
  };
  if (root.type() == simdjson::dom::element_type::OBJECT) {
    finish(ArticleOf(root, name, name.input, name.stem, options_));
    return;
  }
  simdjson::dom::array items;
  if (root.get_array().get(items) != simdjson::SUCCESS) {
    sink(ReadFailure{name.input, "JSON is neither an array nor an object of articles"});
    return;
  }
  if (items.size() == 0) {
    sink(ReadFailure{name.input, "empty JSON array: no articles"});
    return;
  }
  size_t n = 0;
  for (simdjson::dom::element item : items) {
    ++n;
    finish(ArticleOf(item, name, name.Item(n), name.stem + "#" + std::to_string(n), options_));
  }
}

void JsonArticles::ReadLines(const InputName& name, LineReader* lines,
                             const ArticleSink& sink) const {
  simdjson::dom::parser parser;
  LineReader::Line line;
  size_t n = 0;
  while (lines->Next(&line)) {
    if (line.too_long) {
      ++n;
      sink(ReadFailure{name.Line(line.number),
                       OverLimitReason("line", line.length, options_.max_article_bytes)});
      continue;
    }
    std::string_view text = line.text;
    if (line.number == 1 && text.substr(0, 3) == kUtf8Bom) text.remove_prefix(3);
    if (IsBlank(text)) continue;
    ++n;
    std::string converted;
    std::string warning;
    if (Status status = CheckUtf8Text(text); !status.ok()) {
      auto decoded = DecodeText(text);
      if (!decoded.ok()) {
        sink(ReadFailure{name.Line(line.number), decoded.status().message()});
        continue;
      }
      converted = std::move(decoded->text);
      warning = std::move(decoded->warning);
      text = converted;
    }
    simdjson::dom::element item;
    if (auto error = parser.parse(text.data(), text.size()).get(item); error != simdjson::SUCCESS) {
      sink(ReadFailure{name.Line(line.number), "malformed JSON at line " +
                                                   std::to_string(line.number) + ": " +
                                                   simdjson::error_message(error)});
      continue;
    }
    ReadResult result = ArticleOf(item, name, name.Line(line.number),
                                  name.stem + "#" + std::to_string(n), options_);
    if (auto* article = std::get_if<Article>(&result); article && !warning.empty()) {
      article->warnings.push_back(warning);
    }
    sink(std::move(result));
  }
  if (lines->failed())
    sink(ReadFailure{name.input, "read error after line " + std::to_string(line.number)});
  if (n == 0 && !lines->failed()) sink(ReadFailure{name.input, "empty file"});
}

}  // namespace marsad::read
