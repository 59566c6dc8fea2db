// HtmlExtractor turns an article page into what marsad reads: the main text (the block of
// paragraphs that holds most of the page's prose, without navigation, comments, widgets,
// scripts), the title (og:title, else <title>, else the first <h1>), the publication date
// (article:published_time, JSON-LD datePublished, other date metadata, <time datetime>) and
// the canonical URL.
#ifndef MARSAD_READ_HTML_EXTRACTOR_H_
#define MARSAD_READ_HTML_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace marsad::read {

struct HtmlPage {
  std::string title;
  std::string published;  // YYYY-MM-DD, or empty
  std::string url;        // og:url or <link rel="canonical">, or empty
  std::string main_text;  // paragraphs, one a line
};

// The deepest element nesting a page may have: the HTML parser slows down sharply with depth,
// so deeper (hostile or broken) pages are refused before parsing.
inline constexpr size_t kMaxHtmlNesting = 2000;

// Extracts the page from UTF-8 markup. A page without prose has empty text; the only error is
// "HTML nested too deeply (over 2000 levels)".
Expected<HtmlPage> ExtractHtml(std::string_view html);

// An upper estimate of how deeply the elements of html nest, from its tags alone: elements
// that are void or whose end tag may be left out do not count.
size_t EstimateNestingDepth(std::string_view html);

}  // namespace marsad::read

#endif  // MARSAD_READ_HTML_EXTRACTOR_H_
