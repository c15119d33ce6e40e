#include "extract/lists/blocks.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/entries.hpp"
#include "extract/lists/headings.hpp"
#include "extract/lists/pandoc_citations.hpp"
#include "extract/lists/text_citations.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

namespace citekit::extract {
namespace {

// Headings that end a reference list written as text: what follows a list.
bool is_end_heading(std::string_view line) {
  static const Regex heading(
      R"(^\s*(?:[\dIVX]+\.?\s+)?(?:end\s?notes|foot\s?notes|notes|notes on contributors|appendix|appendices|annex|annexes|anhang|anmerkungen|anexo|anexos|annexe|acknowledge?ments|about the authors?|author biography|index|figures|tables|supplementary (?:material|information))\s*:?\s*$)",
      Regex::caseless);
  return heading.full_match(line);
}

// A line of text that can be a heading: short, and opening with a capital
// (or in a script without case).
bool looks_like_heading_line(std::string_view line) {
  std::string_view words = trim(line);
  if (words.empty() || words.size() > 80) return false;
  static const Regex lower_start(R"(^[\d.\sIVX]*\p{Ll})");
  return !lower_start.contains(words);
}

std::optional<LineBox> box_of(const Block& block, std::size_t line) {
  if (line < block.boxes.size()) return block.boxes[line];
  return std::nullopt;
}

// Positions of offsets into one block's text, asked in increasing order
// (each costs only the bytes since the last one asked).
class BlockCursor {
 public:
  explicit BlockCursor(const Block& block) : block_(block), where_(block.position) {}

  Position at(std::size_t offset) {
    if (!block_.source_lines) return in_source(offset);
    return advance(block_.text, std::min(offset, block_.text.size()));
  }

 private:
  // Markup: the text's first words at `offset` found in the block's source,
  // at or after the last ones found; the block's start when they are not
  // there as written (the markup changed them).
  Position in_source(std::size_t offset) {
    constexpr std::size_t kWords = 16;  // bytes: enough to tell "[@weller2009" from "[@weller2011"
    std::string_view text = block_.text;
    std::size_t length = 0;
    while (offset + length < text.size() && length < kWords && text[offset + length] != '\n' &&
           static_cast<unsigned char>(text[offset + length]) < 0x80)
      ++length;
    if (length < 3 || block_.source.empty()) return block_.position;
    std::size_t found = block_.source.find(text.substr(offset, length), offset_);
    if (found == std::string_view::npos) return block_.position;
    return advance(block_.source, found);
  }

  // The position `offset` bytes into `text` (the block's text or source), counted on from the last one asked.
  Position advance(std::string_view text, std::size_t offset) {
    if (offset < offset_) {
      offset_ = 0;
      where_ = block_.position;
    }
    for (; offset_ < offset; ++offset_) {
      unsigned char c = static_cast<unsigned char>(text[offset_]);
      if (c == '\n') {
        ++where_.line;
        where_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++where_.column;  // a character's first byte
      }
    }
    where_.offset = block_.position.offset + offset;
    return where_;
  }

 private:
  const Block& block_;
  Position where_;
  std::size_t offset_ = 0;
};

// A stretch of running text: where citations are looked for.
struct BodySpan {
  std::size_t block;
  std::size_t begin;
  std::size_t end;
};

class ListFinder {
 public:
  ListFinder(const std::vector<Block>& blocks, Document& document) : blocks_(blocks), document_(document) {}

  void run() {
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      const Block& block = blocks_[b];
      switch (block.kind) {
        case BlockKind::heading: on_heading(b); break;
        case BlockKind::entry: on_entry(b); break;
        case BlockKind::paragraph: on_paragraph(b); break;
      }
    }
    close_list();
    find_citations();
  }

 private:
  void on_heading(std::size_t b) {
    const Block& block = blocks_[b];
    if (is_reference_list_heading(block.text)) {
      close_list();
      open_list(std::string(trim(block.text)), block.position, block.level);
      return;
    }
    if (in_list_ && (list_level_ == 0 || block.level == 0 || block.level <= list_level_)) close_list();
  }

  // An entry the format marks: one entry, in the list open under a heading,
  // or in a list of its own.
  void on_entry(std::size_t b) {
    const Block& block = blocks_[b];
    bool new_marked_list = marked_list_ && *marked_list_ != block.list;
    if (!in_list_ || new_marked_list) {
      close_list();
      open_list("", block.position, 0);
    }
    marked_list_ = block.list;
    flush_region();
    ListEntry entry;
    entry.list = document_.lists.size() - 1;
    entry.id = block.anchor;
    entry.label = block.label;
    entry.text = collapse_whitespace(block.text);
    // "[12] Weller, M. …": a number the markup leaves in the text is the label.
    if (auto label = entry_label(entry.text); label && entry.label.empty()) {
      entry.label = label->number;
      entry.text = entry.text.substr(label->bytes);
    }
    entry.position = block.position;
    entry.links = block.links;
    entry.embedded = block.embedded;
    if (!entry.text.empty() || !entry.embedded.empty()) document_.entries.push_back(std::move(entry));
  }

  void on_paragraph(std::size_t b) {
    const Block& block = blocks_[b];
    if (!block.source_lines) {
      if (in_list_) region_.push_back(ListLine{block.text, block.position, true, b, std::nullopt});
      else body_.push_back(BodySpan{b, 0, block.text.size()});
      return;
    }
    // Text: a heading is a line of its own.
    std::string_view text = block.text;
    BlockCursor cursor(block);
    std::size_t body_begin = 0;
    std::size_t line_begin = 0;
    std::size_t line_number = 0;
    bool after_blank = !block.continues;
    while (line_begin <= text.size()) {
      std::size_t line_end = std::min(text.find('\n', line_begin), text.size());
      std::string_view line = text.substr(line_begin, line_end - line_begin);
      bool blank = trim(line).empty();
      bool heading_line = looks_like_heading_line(line);
      if (!in_list_ && heading_line && is_reference_list_heading(line)) {
        add_body(b, body_begin, line_begin);
        open_list(std::string(trim(line)), cursor.at(line_begin), 0);
      } else if (in_list_ && heading_line && (is_end_heading(line) || is_reference_list_heading(line))) {
        close_list();
        if (is_reference_list_heading(line)) open_list(std::string(trim(line)), cursor.at(line_begin), 0);
        else body_begin = line_end;
      } else if (in_list_) {
        if (!blank)
          region_.push_back(ListLine{line, cursor.at(line_begin), after_blank, b, box_of(block, line_number)});
      }
      if (in_list_) body_begin = line_end;
      after_blank = blank;
      line_begin = line_end + 1;
      ++line_number;
    }
    if (!in_list_) add_body(b, body_begin, text.size());
  }

  void add_body(std::size_t b, std::size_t begin, std::size_t end) {
    if (begin < end) body_.push_back(BodySpan{b, begin, end});
  }

  void open_list(std::string heading, Position position, int level) {
    document_.lists.push_back(ReferenceList{std::move(heading), std::move(position)});
    in_list_ = true;
    list_level_ = level;
    marked_list_.reset();
  }

  // The lines gathered so far become entries.
  void flush_region() {
    if (region_.empty()) return;
    bool markup = std::none_of(region_.begin(), region_.end(),
                               [&](const ListLine& line) { return blocks_[line.block].source_lines; });
    for (const SplitEntry& split : split_entries(region_, markup)) {
      ListEntry entry;
      entry.list = document_.lists.size() - 1;
      entry.label = split.label;
      entry.text = entry_text(region_, split);
      entry.position = region_[split.first].position;
      if (entry.position.column) entry.position.column += utf8_length(region_[split.first].text.substr(0, split.label_bytes));
      const Block& block = blocks_[region_[split.first].block];
      // A whole paragraph of markup keeps what the markup gave it.
      if (markup && split.first == split.last) {
        entry.id = block.anchor;
        entry.links = block.links;
        entry.embedded = block.embedded;
        if (entry.label.empty()) entry.label = block.label;
      }
      if (!entry.text.empty()) document_.entries.push_back(std::move(entry));
    }
    region_.clear();
  }

  // A heading without entries under it was no list.
  void close_list() {
    if (!in_list_) return;
    flush_region();
    in_list_ = false;
    std::size_t list = document_.lists.size() - 1;
    bool has_entries = !document_.entries.empty() && document_.entries.back().list == list;
    if (!has_entries) document_.lists.pop_back();
  }

  // Marked citations wherever they are; pandoc's "[@key]" in the running
  // text; citations found by their shape in the running text, when there is
  // a list for them to cite (numeric ones when its entries are numbered). In
  // document order: block by block.
  void find_citations() {
    bool any_list = !document_.entries.empty();
    bool numbered = std::any_of(document_.entries.begin(), document_.entries.end(),
                                [](const ListEntry& entry) { return !entry.label.empty(); });
    std::optional<NumericMarks> marks;
    if (any_list && numbered) marks = numeric_marks();
    // Bracketed keys once per stretch: whether there are any at all decides whether to look for narrative ones.
    std::vector<std::vector<FoundCitation>> bracketed(body_.size());
    bool narrative_keys = false;
    for (std::size_t s = 0; s < body_.size(); ++s) {
      bracketed[s] = find_bracketed_keys(text_of(body_[s]));
      narrative_keys = narrative_keys || !bracketed[s].empty();
    }
    std::size_t span = 0;
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      const Block& block = blocks_[b];
      std::vector<FoundCitation> found;
      for (const MarkedCitation& marked : block.citations) found.push_back(FoundCitation{marked.begin, marked.end, marked.citation});
      for (; span < body_.size() && body_[span].block == b; ++span) {
        add_keys(body_[span], std::move(bracketed[span]), narrative_keys, found);
        if (any_list) add_shaped(block, body_[span], continuation(body_[span]), marks, found);
      }
      std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.begin < y.begin; });
      BlockCursor cursor(block);
      for (auto& citation : found) {
        // The markup may know a marked citation's own position better.
        if (citation.citation.position.line == 0) citation.citation.position = cursor.at(citation.begin);
        document_.citations.push_back(std::move(citation.citation));
      }
    }
  }

  std::string_view text_of(const BodySpan& span) const {
    return std::string_view(blocks_[span.block].text).substr(span.begin, span.end - span.begin);
  }

  // pandoc's citations by key in one stretch of running text (its bracketed
  // ones found already), where the markup marks none.
  void add_keys(const BodySpan& span, std::vector<FoundCitation> bracketed, bool narrative,
                std::vector<FoundCitation>& found) const {
    auto keyed = with_narrative_keys(text_of(span), std::move(bracketed), narrative);
    std::size_t earlier = found.size();
    for (auto& citation : keyed)
      add_unless_overlapping(span.begin + citation.begin, span.begin + citation.end, std::move(citation.citation), earlier, found);
  }

  // A citation found by its shape, unless one of the first `earlier` found
  // (marked by the markup, or by key) overlaps it.
  static void add_unless_overlapping(std::size_t begin, std::size_t end, TextCitation citation, std::size_t earlier,
                                     std::vector<FoundCitation>& found) {
    auto overlaps = [&](const FoundCitation& f) { return begin < f.end && f.begin < end; };
    if (std::none_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(earlier), overlaps))
      found.push_back(FoundCitation{begin, end, std::move(citation)});
  }

  // Numbers in brackets; else superscript numbers; else numbers in
  // parentheses (Vancouver's "(3)"), which lists in the text also use: the
  // first of these the running text holds.
  NumericMarks numeric_marks() const {
    for (NumericMarks marks : {NumericMarks::brackets, NumericMarks::superscripts})
      for (const BodySpan& span : body_) {
        std::string_view text = std::string_view(blocks_[span.block].text).substr(span.begin, span.end - span.begin);
        if (!find_numeric_citations(text, marks).empty()) return marks;
      }
    return NumericMarks::parentheses;
  }

  // A citation a page break cuts ("… (Caplani88 1968;" | "Gowj89 1969) …"): a stretch that ends its block
  // with a bracket still open reads on into the block that continues it, up to the first closing bracket.
  std::string_view continuation(const BodySpan& span) const {
    const std::string& text = blocks_[span.block].text;
    if (span.end != text.size() || span.block + 1 >= blocks_.size() || !blocks_[span.block + 1].continues) return {};
    std::size_t open = text.find_last_of("([");
    if (open == std::string::npos || open < span.begin || text.find_first_of(")]", open) != std::string::npos) return {};
    std::string_view next = blocks_[span.block + 1].text;
    std::size_t close = next.find_first_of(")]");
    return close == std::string_view::npos || close > kLongestContinuation ? std::string_view{} : next.substr(0, close + 1);
  }
  static constexpr std::size_t kLongestContinuation = 400;

  static std::vector<FoundCitation> shaped_citations(std::string_view text, std::optional<NumericMarks> marks) {
    auto shaped = find_author_date_citations(text);
    if (marks) {
      auto numeric = find_numeric_citations(text, *marks);
      shaped.insert(shaped.end(), std::make_move_iterator(numeric.begin()), std::make_move_iterator(numeric.end()));
    }
    return shaped;
  }

  // Citations by their shape in one stretch of running text, unless the
  // markup marks a citation there already; with the citation that runs on
  // into `continued` (the next block's start), ending at the stretch's end.
  static void add_shaped(const Block& block, const BodySpan& span, std::string_view continued,
                         std::optional<NumericMarks> marks, std::vector<FoundCitation>& found) {
    std::string_view text = std::string_view(block.text).substr(span.begin, span.end - span.begin);
    auto shaped = shaped_citations(text, marks);
    if (!continued.empty()) {
      std::string joined = std::string(text) + " " + std::string(continued);
      for (auto& citation : shaped_citations(joined, marks))
        if (citation.begin < text.size() && citation.end > text.size() + 1) {
          citation.end = text.size();
          shaped.push_back(std::move(citation));
        }
    }
    std::size_t earlier = found.size();
    for (auto& citation : shaped)
      add_unless_overlapping(span.begin + citation.begin, span.begin + citation.end, std::move(citation.citation), earlier, found);
  }

  const std::vector<Block>& blocks_;
  Document& document_;
  bool in_list_ = false;
  int list_level_ = 0;
  std::optional<std::size_t> marked_list_;
  std::vector<ListLine> region_;
  std::vector<BodySpan> body_;
};

}  // namespace

void find_lists_and_citations(const std::vector<Block>& blocks, Document& document) {
  ListFinder(blocks, document).run();
}

}  // namespace citekit::extract
