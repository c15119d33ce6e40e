#pragma once
// pandoc's metadata block at the top of a Markdown file ("---" … "---" or
// "..."), and the bibliography it gives: the CSL items under `references:`
// and those of the files `bibliography:` names (CSL-JSON, CSL YAML), each
// under its key, which "[@key]" citations name.

#include "core/document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citekit::extract {

struct FrontMatter {
  std::string_view yaml;     // between the fences
  std::size_t first_line = 0;  // the line the YAML starts on, 1-based
  std::size_t end = 0;       // byte offset just past the closing fence's line
};

// The metadata block that opens `text`, when there is one.
std::optional<FrontMatter> front_matter(std::string_view text);

// Reads the block's bibliography into document.bibliography; what cannot be
// read (YAML errors, missing or unreadable files, items of the wrong shape)
// becomes a problem naming the file and position. Bibliography files are
// looked for beside the document, then in the working directory, as pandoc
// does. False when the block is not a YAML mapping (no metadata, but text
// between two rules).
bool read_pandoc_bibliography(const FrontMatter& metadata, Document& document);

}  // namespace citekit::extract
