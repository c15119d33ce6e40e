#pragma once
// How deep an HTML document will nest, estimated from its tags before it is
// parsed (private to extract/readers). gumbo's tree construction checks
// element scopes by walking its stack of open elements, so its time grows
// with the input's length times the nesting depth: a hostile document
// nested 100,000 deep takes gumbo half a minute. The estimate lets the HTML
// reader refuse such a document in one linear pass, before gumbo sees it.

#include <cstddef>
#include <string_view>

namespace citekit::extract {

struct HtmlNesting {
  std::size_t depth = 0;    // the deepest the estimate reached
  std::size_t offset = 0;   // where: the start tag that opened that element
};

// An upper estimate of the depth of the stack of open elements that an
// HTML5 parser builds for `text`, up to `stop_above` + 1 (the scan stops
// there). It follows the tokenizer (tags, attributes and their quotes,
// comments, raw text such as <script>) and pops an element only where the
// tree builder surely pops it too; elements the parser adds by itself
// (tbody, tr, reopened formatting elements) stay within a small factor of
// it. fuzz_html_nesting checks that factor against gumbo.
HtmlNesting estimated_html_nesting(std::string_view text, std::size_t stop_above);

}  // namespace citekit::extract
