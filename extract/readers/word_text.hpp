#pragma once
// Reader for Word documents exported to plain text the way Apache POI's
// XWPFWordExtractor writes them: "[endnoteRef:N]" / "[footnoteRef:N]" markers
// in the running text and, after each paragraph, its note bodies as
// "[N: text]" (note text may hold brackets, URLs and several paragraphs).
// The running text around the bodies goes to the reference list finder.

#include "core/document.hpp"

#include <string>
#include <string_view>

namespace citekit::extract {

// True when the text holds at least one POI-style note marker or body.
bool looks_like_word_text(std::string_view text);

// `text` is UTF-8 with '\n' line ends (see decode_text).
Document read_word_text(std::string_view text, const std::string& path);

}  // namespace citekit::extract
