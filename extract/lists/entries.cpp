#include "extract/lists/entries.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

namespace citekit::extract {
namespace {

struct Label {
  long long number = 0;
  std::size_t bytes = 0;  // the label and the spaces after it
};

// "[12] ", "12. ", "(12) ", "12) " opening a line.
std::optional<Label> label_of(std::string_view line) {
  static const Regex label(R"(^\s*(?:\[(\d{1,5})\]|(\d{1,5})[.)](?!\d)|\((\d{1,5})\))\s*)");
  auto m = label.match_at(line);
  if (!m || m->end() == line.size()) return std::nullopt;
  for (std::size_t group = 1; group <= 3; ++group)
    if (m->has(group)) {
      Label found;
      std::from_chars(m->str(group).data(), m->str(group).data() + m->str(group).size(), found.number);
      found.bytes = m->end();
      return found;
    }
  return std::nullopt;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

std::size_t indent_of(std::string_view line) {
  std::size_t width = 0;
  for (char c : line) {
    if (c == ' ') ++width;
    else if (c == '\t') width += 4;
    else break;
  }
  return width;
}

// Lines numbered in sequence (the first label, then each next number):
// entries start there. Empty when fewer than two labels follow each other.
std::vector<SplitEntry> numbered(const std::vector<ListLine>& lines) {
  std::vector<SplitEntry> entries;
  std::optional<long long> expected;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto label = label_of(lines[i].text);
    if (label && (!expected || label->number == *expected)) {
      entries.push_back(SplitEntry{i, i, std::to_string(label->number), label->bytes});
      expected = label->number + 1;
    } else if (!entries.empty() && !is_blank(lines[i].text)) {
      entries.back().last = i;
    }
  }
  if (entries.size() < 2) return {};
  return entries;
}

// Where a wrapped line ends an entry, and the next line begins one.
bool ends_entry(std::string_view line) {
  static const Regex end(R"((?:[.)\]”">]|\S+://\S+|doi:\s*\S+|\d)\s*$)", Regex::caseless);
  return end.contains(line);
}

bool starts_entry(std::string_view line) {
  static const Regex start(
      R"(^\s*(?:[—–\-_]{2,}|\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){0,3},\s|\p{Lu}{2,}[\s,.]|\p{Lu}[\p{L}\p{M}'’\-]+\s+(?:\p{Lu}\.\s?)+[,\s(]))");
  return start.contains(line);
}

// Lines with a hanging indent (continuations indented) or a first-line
// indent: entries start at the lines indented as the first one is.
std::vector<std::size_t> starts_by_indent(const std::vector<ListLine>& lines) {
  std::vector<std::size_t> text_lines;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!is_blank(lines[i].text)) text_lines.push_back(i);
  if (text_lines.size() < 3) return {};
  std::size_t first_indent = indent_of(lines[text_lines.front()].text);
  std::size_t same = 0;
  for (std::size_t i : text_lines) same += indent_of(lines[i].text) == first_indent;
  if (same == text_lines.size() || same < 2) return {};
  std::vector<std::size_t> starts;
  for (std::size_t i : text_lines)
    if (indent_of(lines[i].text) == first_indent) starts.push_back(i);
  return starts;
}

// About how wide a line prints, in the widths of a lower-case letter:
// capitals are wider, spaces and punctuation narrower (proportional fonts;
// a line of capitals fills the margin with fewer characters).
double printed_width(std::string_view text) {
  double width = 0;
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = next_code_point(text, at);
    bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE) || (c >= 0x410 && c <= 0x42F);
    bool narrow = c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '\'' || c == 0x2019 || c == '(' ||
                  c == ')' || c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'I';
    width += upper ? 1.4 : narrow ? 0.5 : 1.0;
  }
  return width;
}

// The width a wrapped line fills: most lines of a list run to the margin;
// an entry's last line stops short of it.
double full_width(const std::vector<ListLine>& lines) {
  std::vector<double> widths;
  for (const auto& line : lines)
    if (!is_blank(line.text)) widths.push_back(printed_width(trim(line.text)));
  if (widths.empty()) return 0;
  std::sort(widths.begin(), widths.end());
  return widths[widths.size() * 9 / 10];
}

// A line ending with a comma, colon, dash or "and" has more to come.
bool ends_open(std::string_view line) {
  static const Regex open(R"((?:[,;:–—\-&]|\band|\bin|\bof|\bund|\bet)\s*$)");
  return open.contains(line);
}

// "Schmidt, F. (2011)", "Human Rights Watch (1999)": names, then the year in
// brackets, opening an author-date style's entry.
bool opens_author_date_entry(std::string_view line) {
  static const Regex opening(
      R"(^\s*(?:\p{Lu}[\p{L}\p{M}'’\-]+,\s(?:\p{Lu}\.\s?-?)+[^()]{0,60}?|\p{Lu}[^().]{0,60}?)\s\((?:1[5-9]\d\d|20\d\d)[a-z]?\))");
  return opening.contains(line);
}

// A line opening in lower case goes on with the sentence before, unless a
// name's particle opens it ("van der Borgh, C.").
bool continues_sentence(std::string_view line) {
  static const Regex lower(R"(^\s*\p{Ll})");
  static const Regex particle(
      R"(^\s*(?:(?:van|von|de|der|den|del|della|di|da|du|dos|das|le|la|al|el|ten|ter|zu|vom)\s+)+\p{Lu})");
  return lower.contains(line) && !particle.contains(line);
}

// PDF text, where each line's place on the page is known: a hanging or
// first-line indent, a last line stopping short of the right margin, or a
// wider gap than between lines opens the next entry.
std::optional<std::vector<std::size_t>> starts_by_geometry(const std::vector<ListLine>& lines) {
  std::vector<std::size_t> text_lines;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_blank(lines[i].text)) continue;
    if (!lines[i].box || lines[i].box->right <= lines[i].box->left) return std::nullopt;
    text_lines.push_back(i);
  }
  if (text_lines.size() < 2) return std::nullopt;
  std::vector<double> lefts, rights, pitches;
  for (std::size_t k = 0; k < text_lines.size(); ++k) {
    const LineBox& box = *lines[text_lines[k]].box;
    lefts.push_back(box.left);
    rights.push_back(box.right);
    if (k > 0 && box.top > lines[text_lines[k - 1]].box->top)
      pitches.push_back(box.top - lines[text_lines[k - 1]].box->top);
  }
  std::sort(lefts.begin(), lefts.end());
  std::sort(rights.begin(), rights.end());
  std::sort(pitches.begin(), pitches.end());
  double margin = lefts.front(), full = rights[rights.size() * 9 / 10];
  double width = std::max(full - margin, 1.0);
  double pitch = pitches.empty() ? 0 : pitches[pitches.size() / 2];
  auto indented = [&](std::size_t i) { return lines[i].box->left - margin > 0.015 * width; };
  std::size_t count_indented = 0;
  for (std::size_t i : text_lines) count_indented += indented(i);
  bool hanging = count_indented > 0 && count_indented < text_lines.size() && !indented(text_lines.front());
  bool first_line = count_indented > 0 && count_indented < text_lines.size() && indented(text_lines.front());
  std::vector<std::size_t> starts;
  for (std::size_t k = 0; k < text_lines.size(); ++k) {
    std::size_t i = text_lines[k];
    if (k == 0 || lines[i].starts_paragraph) {
      starts.push_back(i);
      continue;
    }
    const LineBox& box = *lines[i].box;
    const LineBox& before = *lines[text_lines[k - 1]].box;
    bool opens = hanging ? !indented(i) : first_line ? indented(i) : false;
    bool after_short = before.right < full - 0.05 * width && !continues_sentence(lines[i].text) &&
                       !ends_open(lines[text_lines[k - 1]].text);
    bool after_gap = pitch > 0 && box.top > before.top && box.top - before.top > 1.3 * pitch;
    // Across a page break the geometry says nothing: the words do; and an
    // entry ending flush with the margin is followed by one opening with
    // names and a year in brackets ("Schmidt, F. (2011)").
    bool new_page = box.top < before.top;
    std::string_view previous_text = lines[text_lines[k - 1]].text;
    bool by_words = (new_page && starts_entry(lines[i].text) && ends_entry(previous_text)) ||
                    (opens_author_date_entry(lines[i].text) && ends_entry(previous_text));
    if (opens || (!hanging && !first_line && (after_short || after_gap || by_words))) starts.push_back(i);
  }
  return starts;
}

// Wrapped lines with nothing between entries: an entry ends with a line that
// stops short of the margin after a full stop (or a closing mark, a URL),
// and the next line can open an entry.
std::vector<std::size_t> starts_by_layout(const std::vector<ListLine>& lines) {
  if (auto by_geometry = starts_by_geometry(lines)) return *by_geometry;
  if (auto by_indent = starts_by_indent(lines); !by_indent.empty()) return by_indent;
  double full = full_width(lines);
  auto short_line = [&](std::string_view text) { return printed_width(trim(text)) < full * 0.8; };
  std::vector<std::size_t> starts;
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_blank(lines[i].text)) continue;
    std::string_view before = previous ? lines[*previous].text : std::string_view();
    bool ended = previous && ends_entry(before) && short_line(before) && !continues_sentence(lines[i].text);
    bool opens = previous && starts_entry(lines[i].text) && ends_entry(before);
    if (!previous || lines[i].starts_paragraph || ended || opens) starts.push_back(i);
    previous = i;
  }
  return starts;
}

std::vector<SplitEntry> from_starts(const std::vector<ListLine>& lines, const std::vector<std::size_t>& starts) {
  std::vector<SplitEntry> entries;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    std::size_t last = (k + 1 < starts.size() ? starts[k + 1] : lines.size()) - 1;
    while (last > starts[k] && is_blank(lines[last].text)) --last;
    entries.push_back(SplitEntry{starts[k], last, "", 0});
  }
  return entries;
}

// True when `text` ends inside a URL that `next` goes on with.
bool continues_url(std::string_view text, std::string_view next) {
  static const Regex url_tail(R"((?:https?://|www\.|doi\.org/)\S*$)", Regex::caseless);
  auto tail = url_tail.find(text);
  if (!tail || next.empty()) return false;
  std::string_view first_token = next.substr(0, next.find_first_of(" \t"));
  // A URL ending a sentence with its full stop is followed by words.
  if (tail->str().back() == '.' && first_token.find('/') == std::string_view::npos) return false;
  return std::string_view("/.-_=&?#%~").find(tail->str().back()) != std::string_view::npos ||
         std::string_view("/.-_=&?#%~").find(next.front()) != std::string_view::npos ||
         first_token.find('/') != std::string_view::npos;
}

// "Mig-" at a line's end and "ration" at the next line's start.
bool hyphenated_word(std::string_view text, std::string_view next) {
  if (text.size() < 3 || text.back() != '-' || next.empty()) return false;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  return lower(text[text.size() - 2]) && lower(next.front());
}

}  // namespace

std::optional<EntryLabel> entry_label(std::string_view line) {
  auto label = label_of(line);
  if (!label) return std::nullopt;
  return EntryLabel{std::to_string(label->number), label->bytes};
}

std::vector<SplitEntry> split_entries(const std::vector<ListLine>& lines, bool paragraphs_are_entries) {
  if (auto by_number = numbered(lines); !by_number.empty()) return by_number;
  std::vector<std::size_t> starts;
  if (paragraphs_are_entries) {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!is_blank(lines[i].text) && (starts.empty() || lines[i].starts_paragraph)) starts.push_back(i);
  } else {
    starts = starts_by_layout(lines);
  }
  return from_starts(lines, starts);
}

std::string entry_text(const std::vector<ListLine>& lines, const SplitEntry& entry) {
  std::string out;
  for (std::size_t i = entry.first; i <= entry.last; ++i) {
    std::string_view piece = lines[i].text;
    if (i == entry.first) piece = piece.substr(std::min(entry.label_bytes, piece.size()));
    piece = trim(piece);
    if (piece.empty()) continue;
    if (out.empty()) {
      out = piece;
    } else if (hyphenated_word(out, piece) && !continues_url(out, piece)) {
      out.pop_back();
      out += piece;
    } else {
      if (!continues_url(out, piece)) out += ' ';
      out += piece;
    }
  }
  return out;
}

}  // namespace citekit::extract
