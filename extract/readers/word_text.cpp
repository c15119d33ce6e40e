#include "extract/readers/word_text.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/blocks.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace citekit::extract {
namespace {

// Everything the scanner stops at, in one pass. A body start must be followed
// by whitespace ("[3: text"), which tells it from "[3:45]"-like text.
const Regex& token_pattern() {
  static const Regex pattern(
      R"((?<marker>\[(?<kind>endnote|footnote)Ref:(?<mid>\d+)\]))"
      R"(|(?<body>\[(?<bid>\d+):(?=\s)))"
      R"(|(?<comment>\tComment by (?<author>[^\n:]{1,200}):[ ]?))"
      R"re(|(?<missing>!!! ?(?:End|Foot) ?note with ID "(?<xid>\d+)" not found in document\.?))re",
      Regex::caseless);
  return pattern;
}

const Regex& marker_pattern() {
  static const Regex pattern(R"(\[(?:endnote|footnote)Ref:\d+\])", Regex::caseless);
  return pattern;
}

class WordTextScanner {
 public:
  WordTextScanner(std::string_view text, const std::string& path) : text_(text), lines_(text) {
    document_.path = path;
    document_.format = "word-text";
    for (const auto& m : marker_pattern().find_all(text)) marker_offsets_.push_back(m.begin());
  }

  Document scan() {
    const Regex& re = token_pattern();
    std::size_t pos = 0;
    while (auto m = re.find(text_, pos)) {
      if (m->has(re.group("marker"))) {
        on_marker(*m, re);
        pos = m->end();
        continue;
      }
      add_running_text(m->begin());
      if (m->has(re.group("body"))) {
        pos = on_body(*m, re);
      } else if (m->has(re.group("comment"))) {
        pos = on_comment(m->begin(), m->end(), std::string(m->str(re.group("author"))));
      } else {
        on_missing_note(*m, re);
        pos = m->end();
      }
      running_from_ = pos;
    }
    add_running_text(text_.size());
    find_lists_and_citations(running_, document_);
    return std::move(document_);
  }

 private:
  Position at(std::size_t offset) const {
    Position p = lines_.locate(offset);
    p.file = document_.path;
    return p;
  }

  // The running text up to `end` (markers kept, note bodies and comments
  // left out), a block per paragraph: POI writes each paragraph as one
  // line, so a reference list's entries are its lines.
  void add_running_text(std::size_t end) {
    std::size_t begin = running_from_;
    while (begin < end) {
      std::size_t line_end = std::min(text_.find('\n', begin), end);
      std::string_view line = text_.substr(begin, line_end - begin);
      if (!trim(line).empty()) {
        Block block;
        block.text = std::string(line);
        block.position = at(begin);
        block.source_lines = true;
        running_.push_back(std::move(block));
      }
      begin = line_end + 1;
    }
    running_from_ = end;
  }

  void problem(Severity severity, std::string code, std::string message, std::size_t offset, std::string note = {}) {
    document_.problems.push_back(Problem{severity, std::move(code), std::move(message), at(offset), std::move(note)});
  }

  void on_marker(const RegexMatch& m, const Regex& re) {
    NoteKind kind = iequals_ascii(m.str(re.group("kind")), "footnote") ? NoteKind::footnote : NoteKind::endnote;
    std::string id(m.str(re.group("mid")));
    document_.markers.push_back(Marker{id, kind, at(m.begin())});
    pending_[id].push_back(kind);
    if (kind == NoteKind::endnote) ++endnote_markers_;
  }

  // The marker a body answers: the first one waiting with the same id, so that
  // colliding endnote and footnote numbers pair up in the order POI writes them.
  NoteKind claim_marker(const std::string& id) {
    if (auto waiting = pending_.find(id); waiting != pending_.end() && !waiting->second.empty()) {
      NoteKind kind = waiting->second.front();
      waiting->second.pop_front();
      return kind;
    }
    bool only_footnotes = !document_.markers.empty() && endnote_markers_ == 0;
    return only_footnotes ? NoteKind::footnote : NoteKind::endnote;
  }

  std::size_t next_marker_after(std::size_t offset) const {
    auto it = std::upper_bound(marker_offsets_.begin(), marker_offsets_.end(), offset);
    return it == marker_offsets_.end() ? text_.size() : *it;
  }

  // True when a "]" at `close` can end a body: only blanks follow before the
  // end of the line, the end of the text, or the next body / missing-note line.
  bool closes_body(std::size_t close, std::size_t limit) const {
    std::size_t i = close + 1;
    while (i < limit && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    if (i >= limit || text_[i] == '\n') return true;
    if (text_.compare(i, 3, "!!!") == 0) return true;
    return opens_body(i, limit);
  }

  // True when a body's opening "[12: " stands at `i`.
  bool opens_body(std::size_t i, std::size_t limit) const {
    if (i >= limit || text_[i] != '[') return false;
    std::size_t j = i + 1;
    while (j < limit && text_[j] >= '0' && text_[j] <= '9') ++j;
    return j > i + 1 && j + 1 < limit && text_[j] == ':' && (text_[j + 1] == ' ' || text_[j + 1] == '\n');
  }

  // Offset of the "]" closing the body whose text starts at `start`, or npos.
  // Nested brackets are balanced; when they are not (a stray "["), the first
  // plausible closing bracket wins and `unbalanced` is set. A line that opens
  // the next body ends the search: a stray "[" in one note and a stray "]"
  // thousands of notes later must not make them one.
  std::size_t find_body_end(std::size_t start, std::size_t limit, bool& unbalanced) const {
    int depth = 1;
    std::size_t fallback = std::string_view::npos;
    for (std::size_t i = start; i < limit; ++i) {
      if (text_[i] == '\n' && opens_body(i + 1, limit)) break;
      if (text_[i] == '[') {
        ++depth;
      } else if (text_[i] == ']') {
        depth = std::max(depth - 1, 0);
        if (!closes_body(i, limit)) continue;
        if (depth == 0) return i;
        if (fallback == std::string_view::npos) fallback = i;
      }
    }
    unbalanced = fallback != std::string_view::npos;
    return fallback;
  }

  std::size_t on_body(const RegexMatch& m, const Regex& re) {
    std::string id(m.str(re.group("bid")));
    std::size_t start = m.end();
    // A body never holds a note marker: one ahead bounds the search.
    std::size_t limit = next_marker_after(start);
    bool unbalanced = false;
    // No body closes where an earlier body, searched up to the same limit, found no closing bracket.
    bool known_unclosed = limit == unclosed_.second && start >= unclosed_.first;
    std::size_t close = known_unclosed ? std::string_view::npos : find_body_end(start, limit, unbalanced);
    if (close == std::string_view::npos && !known_unclosed) unclosed_ = {start, limit};
    std::size_t resume = close;
    if (close == std::string_view::npos) {
      close = text_.find('\n', start);
      if (close == std::string_view::npos || close > limit) close = limit;
      resume = close;
      problem(Severity::error, "unterminated-note", "note " + id + " has no closing \"]\"; its text is taken to the end of the line",
              m.begin(), id);
    } else {
      ++resume;
      if (unbalanced)
        problem(Severity::warning, "unbalanced-brackets", "note " + id + " holds an unmatched \"[\"", m.begin(), id);
    }
    add_note(id, start, close, m.begin());
    return resume;
  }

  void add_note(const std::string& id, std::size_t start, std::size_t end, std::size_t token) {
    std::string body = strip_comments(text_.substr(start, end - start), start, id);
    std::string_view trimmed = trim(body);
    std::size_t leading = static_cast<std::size_t>(trimmed.data() - body.data());
    Note note;
    note.id = id;
    note.kind = claim_marker(id);
    note.text = std::string(trimmed);
    note.position = at(leading < end - start ? start + leading : token);
    document_.notes.push_back(std::move(note));
  }

  // A comment attached inside a note would otherwise become part of a reference.
  std::string strip_comments(std::string_view body, std::size_t body_offset, const std::string& id) {
    const Regex& re = token_pattern();
    std::string out;
    std::size_t copied = 0;
    std::size_t pos = 0;
    while (auto m = re.find(body, pos)) {
      pos = m->end();
      if (!m->has(re.group("comment"))) continue;
      std::size_t line_end = body.find('\n', m->end());
      if (line_end == std::string_view::npos) line_end = body.size();
      comment_problem(std::string(m->str(re.group("author"))), body_offset + m->begin(), id);
      out.append(body.substr(copied, m->begin() - copied));
      copied = pos = line_end;
    }
    out.append(body.substr(copied));
    return out;
  }

  void comment_problem(const std::string& author, std::size_t offset, std::string note) {
    problem(Severity::info, "comment-skipped", "comment by " + std::string(trim(author)) + " skipped", offset,
            std::move(note));
  }

  // POI appends a comment to its paragraph: it runs to the end of that line.
  std::size_t on_comment(std::size_t begin, std::size_t end, const std::string& author) {
    comment_problem(author, begin, {});
    std::size_t line_end = text_.find('\n', end);
    return line_end == std::string_view::npos ? text_.size() : line_end;
  }

  void on_missing_note(const RegexMatch& m, const Regex& re) {
    std::string id(m.str(re.group("xid")));
    claim_marker(id);
    problem(Severity::error, "note-not-found",
            "the exporter found no body for note " + id + " (\"" + std::string(m.str()) + "\")", m.begin(), id);
  }

  std::string_view text_;
  LineIndex lines_;
  Document document_;
  std::vector<std::size_t> marker_offsets_;
  std::vector<Block> running_;      // paragraphs of the running text, for the reference list finder
  std::size_t running_from_ = 0;    // where the running text not yet taken resumes
  std::unordered_map<std::string, std::deque<NoteKind>> pending_;   // markers waiting for a body, by id
  std::size_t endnote_markers_ = 0;
  // A search for a body's closing bracket that failed: from, up to.
  std::pair<std::size_t, std::size_t> unclosed_{std::string_view::npos, std::string_view::npos};
};

}  // namespace

bool looks_like_word_text(std::string_view text) {
  static const Regex pattern(R"(\[(?:endnote|footnote)Ref:\d+\]|(?:^|\s)\[\d+:\s)", Regex::caseless);
  return pattern.contains(text);
}

Document read_word_text(std::string_view text, const std::string& path) {
  return WordTextScanner(text, path).scan();
}

}  // namespace citekit::extract
