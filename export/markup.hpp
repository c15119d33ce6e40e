#pragma once
// Writing styled entries as plain text, HTML or Markdown (internal to
// export/): each markup says how a run of text, italics, a link and a link
// status look, and how entries are put together.

#include "export/formatted.hpp"
#include "export/styled_entry.hpp"

#include <string>
#include <vector>

namespace citekit::exporting {

// A styled entry and the key of the work it lists (an HTML anchor).
struct ListedEntry {
  std::string key;
  Entry entry;
};

std::string render(const std::vector<ListedEntry>& entries, Markup markup);

}  // namespace citekit::exporting
