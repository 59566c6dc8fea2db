#include "read/html_extractor.h"

#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "read/iso_date.h"

namespace marsad::read {
namespace {

// Words in a class or id that mark page furniture rather than the article.
constexpr std::string_view kFurnitureWords[] = {
    "comment",    "share",  "social",    "related",  "sidebar",    "menu",
    "breadcrumb", "footer", "navbar",    "widget",   "weather",    "advert",
    "banner",     "popup",  "cookie",    "login",    "newsletter", "subscribe",
    "pagination", "tags",   "most-read", "mostread", "trending",   "ticker"};

// Elements whose content is never article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

// Elements that end a paragraph of text.
bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute != nullptr && attribute->value != nullptr ? attribute->value : "";
}

bool ContainsIgnoringCase(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (strncasecmp(haystack.data() + i, needle.data(), needle.size()) == 0) return true;
  }
  return false;
}

bool IsFurniture(const GumboNode* node) {
  const std::string_view class_name = Attribute(node, "class");
  const std::string_view id = Attribute(node, "id");
  if (class_name.empty() && id.empty()) return false;
  for (std::string_view word : kFurnitureWords) {
    if (ContainsIgnoringCase(class_name, word) || ContainsIgnoringCase(id, word)) return true;
  }
  return false;
}

bool IsHidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  const std::string_view style = Attribute(node, "style");
  return ContainsIgnoringCase(style, "display:none") ||
         ContainsIgnoringCase(style, "display: none");
}

// Walks the tree without recursion (pages can nest deeply): enter(node) returns whether to
// visit its children; leave(node) runs after them for elements that were entered.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter enter, Leave leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  std::vector<Frame> stack;
  if (enter(root)) stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboNode* node = frame.node;
    const GumboVector* children =
        node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
            ? &node->v.element.children
        : node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                            : nullptr;
    if (children == nullptr || frame.next_child >= children->length) {
      stack.pop_back();
      leave(node);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
    if (enter(child)) stack.push_back({child, 0});
  }
}

void AppendCollapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string Trimmed(std::string text) {
  const size_t begin = text.find_first_not_of(' ');
  if (begin == std::string::npos) return "";
  const size_t end = text.find_last_not_of(' ');
  return text.substr(begin, end - begin + 1);
}

// One run of text between block boundaries, with the element that holds it.
struct Paragraph {
  std::string text;
  size_t link_bytes = 0;
  const GumboNode* container = nullptr;
};

// Splits the visible text under root into paragraphs at block elements.
std::vector<Paragraph> Paragraphs(const GumboNode* root) {
  std::vector<Paragraph> paragraphs;
  Paragraph current;
  std::vector<const GumboNode*> blocks;  // open block elements
  int link_depth = 0;
  auto flush = [&] {
    current.text = Trimmed(std::move(current.text));
    if (!current.text.empty()) {
      current.container = blocks.empty() ? root : blocks.back();
      paragraphs.push_back(std::move(current));
    }
    current = Paragraph();
  };
  Walk(
      root,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
          const size_t before = current.text.size();
          AppendCollapsed(node->v.text.text, &current.text);
          if (link_depth > 0) current.link_bytes += current.text.size() - before;
          return false;
        }
        if (node->type == GUMBO_NODE_WHITESPACE) {
          AppendCollapsed(" ", &current.text);
          return false;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        const GumboTag tag = node->v.element.tag;
        if (IsSkippedTag(tag) || IsFurniture(node) || IsHidden(node)) return false;
        if (IsBlockTag(tag)) {
          flush();
          blocks.push_back(node);
        }
        if (tag == GUMBO_TAG_A) ++link_depth;
        return true;
      },
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return;
        if (node->v.element.tag == GUMBO_TAG_A) --link_depth;
        if (IsBlockTag(node->v.element.tag)) {
          flush();
          blocks.pop_back();
        }
      });
  flush();
  return paragraphs;
}

bool MostlyLinks(const Paragraph& paragraph) {
  return paragraph.link_bytes * 2 > paragraph.text.size();
}

bool IsInside(const GumboNode* node, const GumboNode* ancestor) {
  for (; node != nullptr; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

// The element whose paragraphs carry the most prose: each paragraph counts for its block's
// parent fully and for the grandparent by half.
const GumboNode* MainContainer(const std::vector<Paragraph>& paragraphs) {
  std::unordered_map<const GumboNode*, double> score;
  for (const Paragraph& paragraph : paragraphs) {
    if (MostlyLinks(paragraph) || paragraph.text.size() < 25) continue;
    const GumboNode* parent = paragraph.container->parent;
    if (parent == nullptr) parent = paragraph.container;
    const double weight = static_cast<double>(paragraph.text.size());
    score[parent] += weight;
    if (parent->parent != nullptr) score[parent->parent] += weight / 2;
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, value] : score) {
    if (value > best_score || (value == best_score && best != nullptr && node < best)) {
      best = node;
      best_score = value;
    }
  }
  return best;
}

std::string TextOf(const GumboNode* node) {
  std::string text;
  Walk(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
          AppendCollapsed(n->v.text.text, &text);
          return false;
        }
        return n->type == GUMBO_NODE_ELEMENT;
      },
      [](const GumboNode*) {});
  return Trimmed(std::move(text));
}

// "datePublished": "2019-01-01..." anywhere in a JSON-LD block.
std::string JsonLdDate(std::string_view json) {
  constexpr std::string_view kKey = "\"datePublished\"";
  const size_t at = json.find(kKey);
  if (at == std::string_view::npos) return "";
  size_t i = at + kKey.size();
  while (i < json.size() && (json[i] == ' ' || json[i] == ':' || json[i] == '\n' ||
                             json[i] == '\t' || json[i] == '\r')) {
    ++i;
  }
  if (i >= json.size() || json[i] != '"') return "";
  return IsoDateOf(json.substr(i + 1));
}

struct Metadata {
  std::string og_title;
  std::string title;
  std::string first_h1;
  std::string url;
  std::string date_by_rank[4];  // 0 best: article:published_time; 3: <time datetime>
};

int DateMetaRank(std::string_view key) {
  static constexpr std::string_view kBest[] = {"article:published_time", "og:published_time",
                                               "article:published"};
  static constexpr std::string_view kOther[] = {
      "datepublished", "pubdate",          "publishdate",       "publish-date",
      "date",          "dc.date",          "dc.date.issued",    "dcterms.created",
      "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date"};
  for (std::string_view name : kBest) {
    if (strncasecmp(key.data(), name.data(), name.size()) == 0 && key.size() == name.size()) {
      return 0;
    }
  }
  for (std::string_view name : kOther) {
    if (strncasecmp(key.data(), name.data(), name.size()) == 0 && key.size() == name.size()) {
      return 2;
    }
  }
  return -1;
}

void Keep(std::string value, std::string* slot) {
  if (slot->empty()) *slot = std::move(value);
}

Metadata ReadMetadata(const GumboNode* root) {
  Metadata meta;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        switch (node->v.element.tag) {
          case GUMBO_TAG_TITLE:
            Keep(TextOf(node), &meta.title);
            return false;
          case GUMBO_TAG_H1:
            Keep(TextOf(node), &meta.first_h1);
            return false;
          case GUMBO_TAG_META: {
            std::string_view key = Attribute(node, "property");
            if (key.empty()) key = Attribute(node, "name");
            if (key.empty()) key = Attribute(node, "itemprop");
            const std::string_view content = Attribute(node, "content");
            if (key == "og:title") Keep(std::string(content), &meta.og_title);
            if (key == "og:url") Keep(std::string(content), &meta.url);
            if (const int rank = DateMetaRank(key); rank >= 0) {
              Keep(IsoDateOf(content), &meta.date_by_rank[rank]);
            }
            return false;
          }
          case GUMBO_TAG_LINK:
            if (ContainsIgnoringCase(Attribute(node, "rel"), "canonical")) {
              Keep(std::string(Attribute(node, "href")), &meta.url);
            }
            return false;
          case GUMBO_TAG_TIME:
            Keep(IsoDateOf(Attribute(node, "datetime")), &meta.date_by_rank[3]);
            return true;
          case GUMBO_TAG_SCRIPT:
            if (ContainsIgnoringCase(Attribute(node, "type"), "ld+json")) {
              for (unsigned i = 0; i < node->v.element.children.length; ++i) {
                const auto* child = static_cast<const GumboNode*>(node->v.element.children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
                  Keep(JsonLdDate(child->v.text.text), &meta.date_by_rank[1]);
                }
              }
            }
            return false;
          default:
            return true;
        }
      },
      [](const GumboNode*) {});
  return meta;
}

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

size_t EstimateNestingDepth(std::string_view html) {
  static constexpr std::string_view kNotNesting[] = {
      "area",  "base",  "br",       "col",    "embed", "hr",     "img",      "input",
      "link",  "meta",  "param",    "source", "track", "wbr",    "p",        "li",
      "dt",    "dd",    "tr",       "td",     "th",    "option", "optgroup", "tbody",
      "thead", "tfoot", "colgroup", "rb",     "rt",    "rp",     "!doctype"};
  size_t depth = 0;
  size_t deepest = 0;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    ++pos;
    if (html.substr(pos, 3) == "!--") {
      const size_t end = html.find("-->", pos + 3);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = pos < html.size() && html[pos] == '/';
    if (closing) ++pos;
    size_t end = pos;
    if (end < html.size() &&
        (std::isalpha(static_cast<unsigned char>(html[end])) != 0 || html[end] == '!')) {
      ++end;
      while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end])) != 0) ++end;
    }
    if (end == pos) continue;
    std::string name(html.substr(pos, end - pos));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const size_t close = html.find('>', end);
    const bool self_closing =
        close != std::string_view::npos && close > end && html[close - 1] == '/';
    bool counts = !self_closing;
    for (std::string_view skip : kNotNesting) {
      if (name == skip) counts = false;
    }
    if (counts) {
      if (closing) {
        depth -= depth > 0 ? 1 : 0;
      } else {
        deepest = std::max(deepest, ++depth);
      }
    }
    pos = end;
  }
  return deepest;
}

Expected<HtmlPage> ExtractHtml(std::string_view html) {
  if (EstimateNestingDepth(html) > kMaxHtmlNesting) {
    return Status::Error("HTML nested too deeply (over " + std::to_string(kMaxHtmlNesting) +
                         " levels)");
  }
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  HtmlPage page;
  if (!output) return page;
  const Metadata meta = ReadMetadata(output->document);
  page.title = Trimmed(meta.og_title);
  if (page.title.empty()) page.title = meta.title;
  if (page.title.empty()) page.title = meta.first_h1;
  page.url = meta.url;
  for (const std::string& date : meta.date_by_rank) {
    if (page.published.empty()) page.published = date;
  }
  const std::vector<Paragraph> paragraphs = Paragraphs(output->root);
  const GumboNode* main = MainContainer(paragraphs);
  for (const Paragraph& paragraph : paragraphs) {
    if (MostlyLinks(paragraph)) continue;
    if (main != nullptr && !IsInside(paragraph.container, main)) continue;
    if (paragraph.text == page.title) continue;
    if (!page.main_text.empty()) page.main_text.push_back('\n');
    page.main_text.append(paragraph.text);
  }
  return page;
}

}  // namespace marsad::read
