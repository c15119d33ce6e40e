#pragma once
// The body of a Word document as blocks for the reference-list finder
// (private to extract/readers): headings by their style's outline level,
// entries by the Bibliography style or a bibliography field (Word, Zotero,
// Mendeley, EndNote), citations marked by citation-manager fields, links to
// an entry's bookmark, and superscript numbers.

#include "core/problem.hpp"
#include "extract/lists/blocks.hpp"
#include "extract/readers/docx_parts.hpp"
#include "extract/readers/xml_document.hpp"

#include <map>
#include <string>
#include <vector>

namespace citekit::extract {

struct ParagraphStyle {
  int heading_level = 0;     // 1 for "heading 1"; 0 when not a heading
  bool bibliography = false; // Word's "Bibliography" style
};
using ParagraphStyles = std::map<std::string, ParagraphStyle, std::less<>>;  // by style id

// The paragraph styles of word/styles.xml (built-in names are English in
// every language of Word: "heading 1", "Bibliography").
ParagraphStyles read_paragraph_styles(const XmlPart& styles);

std::vector<Block> docx_body_blocks(const XmlPart& main, const Relationships& relationships,
                                    const ParagraphStyles& styles, std::vector<Problem>& problems);

}  // namespace citekit::extract
