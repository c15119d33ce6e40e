// Plain-text reader: notes as numbered entries after the text. It finds
// the notes section (after a "Notes", "Endnotes", "Footnotes" or
// "References" heading, or the longest run of consecutively numbered
// entries that ends the text; or, in paged text, runs at each page's foot),
// joins the lines wrapped inside an entry, rejoins URLs broken across lines,
// then looks in the text for each note's marker by its number: "[3]",
// "[^3]", "³", or digits glued to the word before ("war.3 On", as PDF text
// has them). A note whose marker cannot be located is reported, never
// invented.
#include "extract/readers/formats.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/blocks.hpp"
#include "extract/lists/headings.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace citekit::extract {
namespace {

// Longest a wrapped entry may run, in lines: longer means body text was taken for a note.
constexpr std::size_t kMaxEntryLines = 40;

struct Line {
  std::size_t begin;   // offsets into the text, without '\n' and page breaks
  std::size_t end;
  std::size_t page;    // 0-based, counting form feeds
};

struct Label {
  int number;
  std::size_t text_begin;   // offset where the entry's text starts
};

struct Entry {
  int number;
  std::size_t first_line;
  std::size_t last_line;     // inclusive
  std::size_t text_begin;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t page = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t begin = start;
    while (begin < end && text[begin] == '\f') {
      ++begin;
      ++page;
    }
    lines.push_back(Line{begin, end, page});
    start = end + 1;
  }
  return lines;
}

const char32_t kSuperscripts[] = {U'⁰', U'¹', U'²', U'³', U'⁴', U'⁵', U'⁶', U'⁷', U'⁸', U'⁹'};

// The number superscript digits show; 0 past four digits, as no note is numbered so high.
int superscript_value(std::string_view digits) {
  int number = 0;
  for (std::size_t i = 0; i < digits.size();) {
    char32_t cp = next_code_point(digits, i);
    for (int d = 0; d < 10; ++d)
      if (kSuperscripts[d] == cp) number = number * 10 + d;
    if (number > 9999) return 0;
  }
  return number;
}

// Digits are ASCII in every pattern here ([0-9], not \d, which also takes
// other scripts' digits that std::stoi cannot read).
// The note number an entry line starts with: "[3] ", "3. ", "3) ", "3 ",
// "3Patrick" (a label glued to the text, as PDF text has it), "³", or "3"
// alone on its line (the text follows on the next).
std::optional<Label> entry_label(std::string_view text, const Line& line) {
  static const Regex pattern(
      R"(^[ \t]*(?:\[(?<bracket>[0-9]{1,4})\]|(?<dotted>[0-9]{1,4})[.)](?=\s)|(?<plain>[0-9]{1,4})(?=[ \t]+\S|[\p{Lu}“"‘(\[]|[ \t]*$)|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)))");
  std::string_view content = text.substr(line.begin, line.end - line.begin);
  auto m = pattern.find(content);
  if (!m) return std::nullopt;
  int number = 0;
  if (m->has(pattern.group("sup"))) {
    number = superscript_value(m->str(pattern.group("sup")));
  } else {
    for (const char* group : {"bracket", "dotted", "plain"})
      if (m->has(pattern.group(group))) number = std::stoi(std::string(m->str(pattern.group(group))));
  }
  if (number <= 0) return std::nullopt;
  return Label{number, line.begin + m->end()};
}

// Whether offsets, asked in increasing order, fall inside a URL: a
// whitespace-delimited token holding "://" before the offset or starting
// with "www.". One forward pass in all, however long the lines.
class UrlTracker {
 public:
  explicit UrlTracker(std::string_view text) : text_(text) {}

  bool inside_url(std::size_t offset) {
    for (; scanned_ < offset; ++scanned_) {
      char c = text_[scanned_];
      if (c == ' ' || c == '\t' || c == '\n') {
        token_begin_ = scanned_ + 1;
        scheme_ = std::string_view::npos;
      } else if (scheme_ == std::string_view::npos && text_.compare(scanned_, 3, "://") == 0) {
        scheme_ = scanned_;
      }
    }
    if (scheme_ != std::string_view::npos && scheme_ + 3 <= offset) return true;
    return offset - token_begin_ >= 4 && istarts_with_ascii(text_.substr(token_begin_, 4), "www.");
  }

 private:
  std::string_view text_;
  std::size_t scanned_ = 0;
  std::size_t token_begin_ = 0;
  std::size_t scheme_ = std::string_view::npos;   // where the token's first "://" starts
};

class PlainTextReader {
 public:
  // `boxes`: where each line of a page's text stands (line k of the text), when known.
  PlainTextReader(std::string_view text, const std::string& path, std::vector<LineBox> boxes = {})
      : text_(text), lines_(split_lines(text)), index_(text), boxes_(std::move(boxes)) {
    document_.path = path;
    document_.format = "text";
  }

  Document read() {
    find_list_sections();
    find_page_numbers();
    labels_.reserve(lines_.size());
    for (std::size_t i = 0; i < lines_.size(); ++i)
      labels_.push_back(page_numbers_.count(i) ? std::nullopt : entry_label(text_, lines_[i]));
    std::vector<Entry> entries = with_detached_first_label();
    bool detached = !entries.empty();
    if (!detached) entries = end_section();
    // Footnotes at each page's foot, when they explain more: more entries,
    // or as many with more markers found outside them (an end section
    // would have swallowed the next page's text and its markers).
    NoteKind kind = NoteKind::endnote;
    std::vector<Entry> per_page = page_foot_sections();
    if (per_page.size() > entries.size() ||
        (!per_page.empty() && per_page.size() == entries.size() && markers_found(per_page) > markers_found(entries))) {
      entries = std::move(per_page);
      kind = NoteKind::footnote;
      detached = false;
    }
    if (detached) report_detached_label();
    set_regions(entries);
    for (const Entry& entry : entries) add_note(entry, kind);
    // Without notes, numbers in the text are a numbered list's citations
    // when there is a reference list; else markers whose notes went missing.
    if (entries.empty() && list_sections_.empty()) find_markers_without_notes();
    else if (!entries.empty()) locate_markers();
    find_lists_and_citations(text_blocks(), document_);
    return std::move(document_);
  }

 private:
  Position at(std::size_t offset) const {
    Position where = index_.locate(offset);
    where.file = document_.path;
    return where;
  }

  bool blank(std::size_t i) const { return trim(text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin)).empty(); }

  // Entries numbered first, first+1, ... from line `from` up to `to`
  // (exclusive); empty when line `from` is not entry `first` or an entry
  // runs too long.
  std::vector<Entry> parse_run(std::size_t from, std::size_t to, int first) const {
    std::vector<Entry> run;
    // A list numbered from 1 under "References" is the reference list; notes
    // numbered on from earlier pages go on at the foot of its pages.
    if (!labels_[from] || labels_[from]->number != first || (first == 1 && in_reference_list(from))) return run;
    for (std::size_t i = from; i < to; ++i) {
      int expected = run.empty() ? first : run.back().number + 1;
      if (labels_[i] && labels_[i]->number == expected) {
        run.push_back(Entry{expected, i, i, labels_[i]->text_begin});
      } else if (!blank(i)) {
        if (i - run.back().first_line >= kMaxEntryLines) return {};
        run.back().last_line = i;
      }
    }
    return run;
  }

  // Numbered lines under "References" (up to a notes heading) are a
  // reference list's entries, found by the list finder, not notes.
  void find_list_sections() {
    std::optional<std::size_t> open;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (is_reference_list_heading(line_text(i))) {
        if (!open) open = i;
      } else if (open && is_notes_heading(i)) {
        list_sections_.emplace_back(*open, i);
        open.reset();
      }
    }
    if (open) list_sections_.emplace_back(*open, lines_.size());
  }

  // Paged text: a bare number opening or ending each page, counting up
  // page by page, is the page's number, never a note's label nor text.
  void find_page_numbers() {
    if (lines_.empty() || lines_.back().page == 0) return;
    for (bool last : {false, true}) {
      std::vector<std::pair<std::size_t, long>> found;  // line, number
      std::size_t i = 0;
      while (i < lines_.size()) {
        std::size_t end = i;
        while (end < lines_.size() && lines_[end].page == lines_[i].page) ++end;
        std::optional<std::size_t> edge;
        for (std::size_t k = i; k < end; ++k)
          if (!blank(k) && (!edge || last)) edge = k;
        if (edge && is_bare_number(*edge)) found.emplace_back(*edge, std::strtol(std::string(trim(line_text(*edge))).c_str(), nullptr, 10));
        i = end;
      }
      std::size_t counting = 0;
      for (std::size_t k = 1; k < found.size(); ++k) counting += found[k].second == found[k - 1].second + 1;
      if (found.size() >= 2 && counting + 1 >= found.size() - found.size() / 4)
        for (const auto& [line, number] : found) page_numbers_.insert(line);
    }
  }

  bool is_bare_number(std::size_t i) const {
    std::string_view content = trim(line_text(i));
    return !content.empty() && content.size() <= 4 &&
           std::all_of(content.begin(), content.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  bool in_reference_list(std::size_t line) const {
    for (const auto& [heading, end] : list_sections_)
      if (line > heading && line < end) return true;
    return false;
  }

  std::string_view line_text(std::size_t i) const { return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin); }

  bool is_notes_heading(std::size_t i) const {
    static const Regex heading(
        R"(^\s*(?:\d+\.?\s+)?(?:end\s?notes|foot\s?notes|notes)\s*:?\s*$)",
        Regex::caseless);
    return heading.full_match(text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin));
  }

  // One section ending the text: after the last notes heading that is
  // followed by entry 1, or else the start of the longest run (the later
  // one on a tie).
  std::vector<Entry> end_section() const {
    for (std::size_t h = lines_.size(); h-- > 0;) {
      if (!is_notes_heading(h)) continue;
      std::size_t first = h + 1;
      while (first < lines_.size() && blank(first)) ++first;
      if (first < lines_.size())
        if (auto run = parse_run(first, lines_.size(), 1); !run.empty()) return run;
    }
    std::vector<Entry> best;
    for (std::size_t i = lines_.size(); i-- > 0;) {
      if (!labels_[i] || labels_[i]->number != 1) continue;
      auto run = parse_run(i, lines_.size(), 1);
      if (run.size() > best.size() && !is_lone_number(run)) best = std::move(run);
    }
    return best;
  }

  // A "1" alone, with no text after it: a page's number, not a note.
  bool is_lone_number(const std::vector<Entry>& run) const { return run.size() == 1 && entry_text(run.front()).empty(); }

  bool is_lone_label(std::size_t i, int number) const {
    std::string_view content = trim(text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin));
    return labels_[i] && labels_[i]->number == number && content == std::to_string(number);
  }

  // PDF text can give a note's label after all the notes (the generator drew
  // it last): entries 2, 3, ... run to a lone "1" ending the text, and the
  // unlabelled block right before entry 2 is entry 1. Reported as info.
  std::vector<Entry> with_detached_first_label() const {
    std::size_t end = lines_.size();
    while (end > 0 && blank(end - 1)) --end;
    if (end < 2 || !is_lone_label(end - 1, 1)) return {};
    std::vector<Entry> run;
    for (std::size_t i = end - 1; i-- > 0;)
      if (auto candidate = parse_run(i, end - 1, 2); candidate.size() > run.size()) run = std::move(candidate);
    if (run.empty() || run.front().first_line == 0 || in_reference_list(run.front().first_line)) return {};
    std::size_t block_end = run.front().first_line - 1;
    std::size_t block_begin = block_end;
    while (block_begin > 0 && !blank(block_begin - 1) && lines_[block_begin - 1].page == lines_[block_end].page)
      --block_begin;
    if (blank(block_end) || block_end - block_begin >= kMaxEntryLines) return {};
    run.insert(run.begin(), Entry{1, block_begin, block_end, lines_[block_begin].begin});
    return run;
  }

  void report_detached_label() {
    std::size_t end = lines_.size();
    while (end > 0 && blank(end - 1)) --end;
    document_.problems.push_back(Problem{Severity::info, "detached-note-label",
                                         "the label of note 1 stands after the last note, apart from its text; the "
                                         "unnumbered text before note 2 was read as note 1",
                                         at(lines_[end - 1].begin), "1"});
  }

  void set_regions(const std::vector<Entry>& entries) {
    regions_.clear();
    for (const Entry& entry : entries) regions_.emplace_back(lines_[entry.first_line].begin, lines_[entry.last_line].end);
  }

  // How many of the entries' markers can be found in the text outside them.
  std::size_t markers_found(const std::vector<Entry>& entries) {
    set_regions(entries);
    std::size_t found = 0, from = 0;
    for (const Entry& entry : entries)
      if (auto offset = find_marker(entry.number, from)) {
        ++found;
        from = *offset + 1;
      }
    return found;
  }

  // Footnotes: on each page, the longest run ending the page that goes on
  // with the numbering of the pages before.
  std::vector<Entry> page_foot_sections() const {
    std::vector<Entry> all;
    std::size_t page_begin = 0;
    while (page_begin < lines_.size()) {
      std::size_t page_end = page_begin;
      while (page_end < lines_.size() && lines_[page_end].page == lines_[page_begin].page) ++page_end;
      int next = all.empty() ? 1 : all.back().number + 1;
      std::vector<Entry> best;
      for (std::size_t i = page_end; i-- > page_begin;) {
        auto run = parse_run(i, page_end, next);
        if (run.size() > best.size() && !is_lone_number(run)) best = std::move(run);
      }
      all.insert(all.end(), best.begin(), best.end());
      page_begin = page_end;
    }
    return lines_.empty() || lines_.back().page == 0 ? std::vector<Entry>{} : all;
  }

  // The entry's lines as one text: wrapped lines joined by a space, a URL
  // broken across lines joined without one, blank lines as paragraph breaks.
  std::string entry_text(const Entry& entry) const {
    std::string out;
    bool paragraph_pending = false;
    for (std::size_t i = entry.first_line; i <= entry.last_line; ++i) {
      std::size_t from = i == entry.first_line ? entry.text_begin : lines_[i].begin;
      std::string_view piece = trim(text_.substr(from, lines_[i].end - from));
      if (piece.empty()) {
        paragraph_pending = !out.empty();
        continue;
      }
      if (!out.empty()) out += paragraph_pending ? "\n" : continues_url(out, piece) ? "" : " ";
      paragraph_pending = false;
      out += piece;
    }
    return out;
  }

  // True when `text` ends inside a URL that `next` goes on with.
  static bool continues_url(std::string_view text, std::string_view next) {
    static const Regex url_tail(R"((?:https?://|www\.)\S*$)", Regex::caseless);
    static const Regex not_url(R"(^(?:[(\[<]|\d{1,2}/\d{1,2}/\d{2,4}))");
    static const Regex separators(R"([/.\-_=&?#%~]$)");
    auto tail = url_tail.find(text);
    if (!tail || not_url.contains(next)) return false;
    std::string_view first_token = next.substr(0, next.find_first_of(" \t"));
    return separators.contains(tail->str()) || std::string_view("/.-_=&?#%~").find(next.front()) != std::string_view::npos ||
           first_token.find('/') != std::string_view::npos;
  }

  void add_note(const Entry& entry, NoteKind kind) {
    Note note;
    note.id = std::to_string(entry.number);
    note.kind = kind;
    note.text = entry_text(entry);
    note.position = at(entry.text_begin);
    document_.notes.push_back(std::move(note));
  }

  // Regions are in text order: the one starting last at or before `offset` is the only candidate.
  bool in_notes(std::size_t offset) const {
    auto after = std::upper_bound(regions_.begin(), regions_.end(), offset,
                                  [](std::size_t value, const auto& region) { return value < region.first; });
    return after != regions_.begin() && offset < std::prev(after)->second;
  }

  // The text outside the notes, a block per run of lines between blank
  // lines (and page breaks), for the reference lists and citations.
  std::vector<Block> text_blocks() const {
    std::vector<Block> blocks;
    std::optional<std::size_t> first, previous_last;
    bool continues = false;
    auto close = [&](std::size_t last) {
      Block block;
      block.text = std::string(text_.substr(lines_[*first].begin, lines_[last].end - lines_[*first].begin));
      block.position = at(lines_[*first].begin);
      block.source_lines = true;
      block.continues = continues;
      if (boxes_.size() > last)
        block.boxes.assign(boxes_.begin() + static_cast<std::ptrdiff_t>(*first),
                           boxes_.begin() + static_cast<std::ptrdiff_t>(last) + 1);
      blocks.push_back(std::move(block));
      previous_last = last;
      first.reset();
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      bool outside = !blank(i) && !in_notes(lines_[i].begin) && !page_numbers_.count(i);
      if (first && (!outside || lines_[i].page != lines_[i - 1].page)) close(i - 1);
      if (outside && !first) {
        first = i;
        continues = previous_last && lines_[*previous_last].page != lines_[i].page && only_foot_between(*previous_last, i);
      }
    }
    if (first) close(lines_.size() - 1);
    return blocks;
  }

  // Between lines `from` and `to`: only blank lines and page numbers (a page's foot and head).
  bool only_foot_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to; ++k)
      if (!blank(k) && !page_numbers_.count(k)) return false;
    return true;
  }

  // Offset of the marker of note `number` at or after `from`, outside the notes.
  std::optional<std::size_t> find_marker(int number, std::size_t from) {
    if (!candidates_) candidates_ = marker_candidates();
    auto found = candidates_->find(number);
    if (found == candidates_->end()) return std::nullopt;
    const std::vector<std::size_t>& offsets = found->second;
    for (auto it = std::lower_bound(offsets.begin(), offsets.end(), from); it != offsets.end(); ++it)
      if (!in_notes(*it)) return *it;
    return std::nullopt;
  }

  // Every place that shows a note number as a marker, outside URLs, by the
  // number shown, in text order: found in one pass, so that looking up each
  // note's marker costs no new pass over the text.
  std::unordered_map<int, std::vector<std::size_t>> marker_candidates() const {
    static const Regex pattern(
        R"(\[\^?(?<bracket>[0-9]{1,4})\]|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
        R"(|(?<=\p{L}|\p{L}[.,;:!?)\]”’"'])(?<glued>[0-9]{1,4})(?=\s|$|[.,;:!?)\]]))");
    std::unordered_map<int, std::vector<std::size_t>> found;
    UrlTracker urls(text_);
    std::size_t pos = 0;
    while (auto m = pattern.find(text_, pos)) {
      pos = m->end();
      int number = m->has(pattern.group("sup")) ? superscript_value(m->str(pattern.group("sup")))
                   : m->has(pattern.group("bracket")) ? std::stoi(std::string(m->str(pattern.group("bracket"))))
                                                      : std::stoi(std::string(m->str(pattern.group("glued"))));
      if (!urls.inside_url(m->begin())) found[number].push_back(m->begin());
    }
    return found;
  }

  void locate_markers() {
    std::size_t from = 0;
    for (const Note& note : document_.notes) {
      auto found = find_marker(std::stoi(note.id), from);
      if (!found) {
        document_.problems.push_back(Problem{Severity::warning, "marker-not-located",
                                             "the marker of " + std::string(to_string(note.kind)) + " " + note.id +
                                                 " could not be located in the text",
                                             note.position, note.id});
        continue;
      }
      document_.markers.push_back(Marker{note.id, note.kind, at(*found)});
      from = *found + 1;
    }
  }

  // Text without a notes section: markers numbered 1, 2, 3, ... may still be
  // there (an export that dropped the note bodies); they are reported.
  void find_markers_without_notes() {
    std::size_t from = 0;
    for (int number = 1;; ++number) {
      auto found = find_marker(number, from);
      if (!found) break;
      document_.markers.push_back(Marker{std::to_string(number), NoteKind::endnote, at(*found)});
      from = *found + 1;
    }
    if (!document_.markers.empty())
      document_.problems.push_back(Problem{
          Severity::error, "no-notes-section",
          std::to_string(document_.markers.size()) +
              " note marker(s) but no notes section: the program that wrote this text may have dropped the note "
              "bodies (LibreOffice's text export does); read the original document instead",
          Position{document_.path, "", 0, 0, 0}, {}});
  }

  std::string_view text_;
  std::vector<Line> lines_;
  LineIndex index_;
  std::vector<std::optional<Label>> labels_;
  std::vector<std::pair<std::size_t, std::size_t>> regions_;   // offsets of the note entries
  std::vector<std::pair<std::size_t, std::size_t>> list_sections_;
  std::set<std::size_t> page_numbers_;  // lines
  std::vector<LineBox> boxes_;           // per line, when known  // lines: a list's heading, the line ending it
  std::optional<std::unordered_map<int, std::vector<std::size_t>>> candidates_;   // marker_candidates()
  Document document_;
};

}  // namespace

Document read_plain_text(std::string_view text, const std::string& path) { return PlainTextReader(text, path).read(); }

Document read_paged_text(const std::vector<PagedText>& pages, const std::string& path) {
  std::string text;
  std::vector<std::size_t> page_starts;
  for (const auto& page : pages) {
    page_starts.push_back(text.size());
    text += page.text;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += '\f';
  }
  // Each page's line k is line (lines before the page) + k of the whole text.
  std::vector<LineBox> boxes;
  bool boxed = !pages.empty() && std::all_of(pages.begin(), pages.end(), [](const PagedText& page) {
    return page.text.empty() || !page.boxes.empty();
  });
  if (boxed) {
    boxes.resize(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    std::size_t first = 0, counted = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      first += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted),
                                                   text.begin() + static_cast<std::ptrdiff_t>(page_starts[p]), '\n'));
      counted = page_starts[p];
      for (std::size_t k = 0; k < pages[p].boxes.size() && first + k < boxes.size(); ++k) boxes[first + k] = pages[p].boxes[k];
    }
  }
  Document document = PlainTextReader(text, path, std::move(boxes)).read();
  LineIndex lines(text);
  auto to_page = [&](Position& where) {
    if (where.line == 0) return;
    auto page = std::upper_bound(page_starts.begin(), page_starts.end(), where.offset) - page_starts.begin();
    if (page == 0) return;
    where.line = where.line - lines.locate(page_starts[static_cast<std::size_t>(page - 1)]).line + 1;
    where.part = "page " + std::to_string(page);
  };
  for (auto& marker : document.markers) to_page(marker.position);
  for (auto& list : document.lists) to_page(list.position);
  for (auto& entry : document.entries) to_page(entry.position);
  for (auto& citation : document.citations) to_page(citation.position);
  for (auto& note : document.notes) to_page(note.position);
  for (auto& problem : document.problems) to_page(problem.position);
  return document;
}

}  // namespace citekit::extract
