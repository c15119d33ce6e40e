// The HTML nesting estimate against gumbo's real tree: the reader refuses a
// document on the estimate before gumbo parses it, so the real depth must
// stay within a small factor of the estimate, or a crafted document could
// slip past the limit and cost gumbo time in proportion to its depth.
#include "extract/readers/html_nesting.hpp"

#include <gumbo.h>

#include <cstdint>
#include <cstddef>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// Elements on the deepest path, html and body included.
std::size_t gumbo_depth(const GumboNode* document) {
  std::size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack{{document, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT  ? &node->v.document.children
                                  : node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children
                                  : node->type == GUMBO_NODE_TEMPLATE ? &node->v.element.children
                                                                      : nullptr;
    if (!children) continue;
    for (unsigned i = 0; i < children->length; ++i)
      stack.emplace_back(static_cast<const GumboNode*>(children->data[i]), depth + 1);
  }
  return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t estimate = citekit::extract::estimated_html_nesting(text, SIZE_MAX).depth;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  std::size_t real = gumbo_depth(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  // html, head/body and the tbody/tr a table gets are the parser's own.
  if (real > 4 * estimate + 8) std::abort();
  return 0;
}
