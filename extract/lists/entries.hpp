#pragma once
// Splitting a reference list's lines into its entries: numbered ("[1]",
// "1.", "(1)"), one paragraph each, or, where lines were wrapped with
// nothing between entries (PDF text), by indentation or by where one entry
// ends and the next begins.

#include "core/position.hpp"
#include "extract/lists/blocks.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

struct ListLine {
  std::string_view text;     // as written, leading spaces kept
  Position position;         // of the line's first character
  bool starts_paragraph = false;  // a blank line, or the end of a paragraph, before it
  std::size_t block = 0;     // the block it belongs to
  std::optional<LineBox> box;  // where it stands on its page, when known
};

struct SplitEntry {
  std::size_t first = 0;     // lines [first, last]
  std::size_t last = 0;
  std::string label;         // "12" for "[12]" or "12.", else ""
  std::size_t label_bytes = 0;  // bytes of the first line the label (and the space after it) takes
};

// The label opening an entry's text ("[12] ", "12. ", "(12) "): its number
// and the bytes it takes with the spaces after it; nothing when there is none.
struct EntryLabel {
  std::string number;
  std::size_t bytes = 0;
};
std::optional<EntryLabel> entry_label(std::string_view line);

// The entries of a list. `paragraphs_are_entries`: a paragraph never holds
// two entries (markup, where every entry is a paragraph of its own).
std::vector<SplitEntry> split_entries(const std::vector<ListLine>& lines, bool paragraphs_are_entries);

// The entry's text: lines joined by a space, a word hyphenated across a line
// break joined (when both halves are lower case), a URL broken across lines
// joined without a space.
std::string entry_text(const std::vector<ListLine>& lines, const SplitEntry& entry);

}  // namespace citekit::extract
