#pragma once
// The one place that maps a document's content to its reader.

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"

#include <string>
#include <string_view>

namespace citekit::extract {

// The container the bytes hold, from magic bytes alone: "zip", "pdf", "rtf",
// "ole" (legacy .doc) or "text".
std::string detect_format(std::string_view bytes);

// The format of a text document, from its content (the XML root, HTML tags,
// note syntax); the path's extension only settles Markdown without footnote
// syntax: "html", "pdftotext-bbox", "jats", "fodt", "xml", "latex",
// "word-text", "markdown" or "text".
std::string detect_text_format(std::string_view text, const std::string& path);

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits& limits);

}  // namespace citekit::extract
