#pragma once
// The running text of a document as its reader sees it, for the one finder
// of reference lists and citations that every format shares: blocks
// (headings, paragraphs, entries a format marks as such), each with what its
// format says of it. Readers of markup give one block per paragraph; readers
// of text give the text's own lines, a block per run of lines between blank
// lines, so that positions stay exact.

#include "core/document.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

// Where a line of a page stands, in points from the page's top left: what
// PDF text keeps of its layout (indents, short last lines, gaps).
struct LineBox {
  double left = 0;
  double right = 0;
  double top = 0;
  double bottom = 0;
};

enum class BlockKind {
  heading,
  paragraph,
  entry,  // the format marks it as a reference list's entry (pandoc's csl-entry, a Bibliography style)
};

// A citation the markup marks (pandoc's data-cites, a citation manager's
// field, JATS <xref>), at its byte span in the block's text.
struct MarkedCitation {
  std::size_t begin = 0;
  std::size_t end = 0;
  TextCitation citation;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;              // a heading's level, 1 the highest; 0 when the format does not say
  std::string text;           // lines joined by '\n'
  Position position;          // of the block's first character
  bool source_lines = false;  // the text is the document's own, line for line: offsets give exact positions
  bool continues = false;     // text: it goes on with the block before (a page break, not a paragraph's end)
  std::vector<LineBox> boxes; // text from a page: each line's box, when known (else empty)
  // Markup: the block's own source, from its position on (a Markdown
  // paragraph as written), where a citation's words are looked for to give
  // it an exact position; empty when the format has none.
  std::string_view source;
  std::string anchor;         // an id the markup gives ("ref-weller2009", JATS "B12")
  std::string label;          // a number the markup gives ("12")
  std::size_t list = 0;       // for entries: blocks of one list share a number; a new number starts a new list
  std::vector<Hyperlink> links;
  std::vector<MarkedCitation> citations;
  std::vector<Reference> embedded;
};

// Finds the reference lists (after a heading that names one, or marked by
// the format), splits them into entries, and finds the citations of the
// running text (marked ones, and author-date and numeric ones by their
// shape when the document has a list to cite). Fills document.lists,
// document.entries and document.citations.
void find_lists_and_citations(const std::vector<Block>& blocks, Document& document);

}  // namespace citekit::extract
