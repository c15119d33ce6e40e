// Markdown reader: pandoc and GitHub footnotes ("[^id]" markers,
// "[^id]: text" definitions, multi-paragraph notes by indentation), parsed by
// cmark-gfm, with smart punctuation as pandoc's Markdown has by default.
// cmark-gfm numbers notes by first reference (the number a reader sees); the
// label stays in source_id. It drops definitions nothing refers to, so the
// labels of definition lines are referred to once more in an appendix past
// the end of the text: such notes are still read, and reported unreferenced.
// pandoc's metadata block gives the items "[@key]" citations name
// (pandoc_metadata.hpp). pandoc's tracked-change spans ([text]{.deletion}, [text]{.insertion}) keep
// only inserted text.
#include "extract/readers/formats.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/blocks.hpp"
#include "extract/lists/pandoc_citations.hpp"
#include "extract/readers/note_text.hpp"
#include "extract/readers/pandoc_metadata.hpp"

#include <cmark-gfm.h>

#include <map>
#include <memory>
#include <set>

namespace citekit::extract {
namespace {

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IteratorFree {
  void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;
using IteratorPtr = std::unique_ptr<cmark_iter, IteratorFree>;

constexpr int kOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART;

// Labels of lines that look like footnote definitions; cmark decides which really are.
std::set<std::string> definition_labels(std::string_view text) {
  // "(?:>[>\s]*)?" rather than "(?:>\s*)*": a character class repeats without a backtracking frame per ">".
  static const Regex pattern(R"(^ {0,3}(?:>[>\s]*)?\[\^(?<label>[^\]\s]{1,100})\]:)", Regex::multiline);
  std::set<std::string> labels;
  for (const auto& m : pattern.find_all(text)) labels.emplace(m.str(pattern.group("label")));
  return labels;
}

// pandoc writes tracked changes as bracketed spans: deleted text goes, inserted text stays.
std::string resolve_change_spans(std::string_view text) {
  static const Regex span(R"(\[(?<inner>[^\[\]]*)\]\{(?<attributes>[^{}]*)\})");
  std::string out;
  std::size_t copied = 0;
  for (const auto& m : span.find_all(text)) {
    std::string_view attributes = m.str(span.group("attributes"));
    bool deletion = attributes.find(".deletion") != std::string_view::npos;
    if (!deletion && attributes.find(".insertion") == std::string_view::npos) continue;
    out.append(text.substr(copied, m.begin() - copied));
    if (!deletion) out.append(m.str(span.group("inner")));
    copied = m.end();
  }
  out.append(text.substr(copied));
  return out;
}

class MarkdownReader {
 public:
  MarkdownReader(std::string_view text, const std::string& path) : text_(text), lines_(text) {
    document_.path = path;
    document_.format = "markdown";
    document_.markers_can_repeat = true;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  Document read() {
    std::string source(text_);
    // The metadata block is no text: its lines stay, blank, so that positions hold.
    if (auto metadata = front_matter(text_); metadata && read_pandoc_bibliography(*metadata, document_))
      for (std::size_t i = 0; i < metadata->end; ++i)
        if (source[i] != '\n') source[i] = ' ';
    source += "\n\n";
    for (const auto& label : definition_labels(text_)) source += "[^" + label + "] ";
    NodePtr root(cmark_parse_document(source.data(), source.size(), kOptions));
    if (!root) return std::move(document_);
    IteratorPtr iterator(cmark_iter_new(root.get()));
    cmark_event_type event;
    int in_definition = 0;
    while ((event = cmark_iter_next(iterator.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iterator.get());
      cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_FOOTNOTE_DEFINITION) in_definition += event == CMARK_EVENT_ENTER ? 1 : -1;
      if (event != CMARK_EVENT_ENTER) continue;
      if (type == CMARK_NODE_FOOTNOTE_REFERENCE) on_reference(node);
      if (type == CMARK_NODE_FOOTNOTE_DEFINITION) on_definition(node);
      if (in_definition == 0 && (type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH)) add_block(node);
    }
    find_lists_and_citations(blocks_, document_);
    cite_keys_in_notes();
    return std::move(document_);
  }

 private:
  bool in_text(int line) const { return line >= 1 && static_cast<std::size_t>(line) <= line_starts_.size(); }

  std::size_t offset_of(cmark_node* node) const {
    auto line = static_cast<std::size_t>(cmark_node_get_start_line(node));
    auto column = static_cast<std::size_t>(std::max(cmark_node_get_start_column(node), 1));
    return std::min(line_starts_.at(line - 1) + column - 1, text_.size());
  }

  Position at(cmark_node* node) const {
    Position where = lines_.locate(offset_of(node));
    where.file = document_.path;
    return where;
  }

  void on_reference(cmark_node* node) {
    if (!in_text(cmark_node_get_start_line(node))) return;  // the appendix of unreferenced labels
    const char* number = cmark_node_get_literal(node);
    document_.markers.push_back(Marker{number ? number : "", NoteKind::footnote, at(node)});
  }

  // The label written before the definition's text: "[^label]:" on its first line.
  std::string label_of(cmark_node* node) const {
    if (!in_text(cmark_node_get_start_line(node))) return {};
    std::size_t end = offset_of(node);
    std::size_t line_start = line_starts_.at(static_cast<std::size_t>(cmark_node_get_start_line(node)) - 1);
    std::string_view before = text_.substr(line_start, end - line_start);
    std::size_t open = before.rfind("[^");
    std::size_t close = before.rfind("]:");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
    return std::string(before.substr(open + 2, close - open - 2));
  }

  void on_definition(cmark_node* node) {
    Note note;
    note.kind = NoteKind::footnote;
    note.id = std::to_string(document_.notes.size() + 1);  // cmark-gfm orders definitions by number
    note.source_id = label_of(node);
    note.position = in_text(cmark_node_get_start_line(node)) ? at(node) : Position{document_.path, "", 0, 0, 0};
    NoteTextBuilder text;
    collect_text(node, text);
    text.fill(note);
    note.text = resolve_change_spans(note.text);
    std::vector<std::string> paragraphs;
    for (auto paragraph : split(note.text, '\n')) paragraphs.push_back(clean_paragraph(paragraph));
    note.text = join(paragraphs, "\n");
    document_.notes.push_back(std::move(note));
  }

  static void collect_text(cmark_node* definition, NoteTextBuilder& text) {
    IteratorPtr iterator(cmark_iter_new(definition));
    cmark_event_type event;
    while ((event = cmark_iter_next(iterator.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iterator.get());
      bool enter = event == CMARK_EVENT_ENTER;
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
          text.append(cmark_node_get_literal(node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          text.append(" ");
          break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
          if (enter) text.paragraph_break();
          break;
        case CMARK_NODE_LINK:
          if (enter) text.begin_link(cmark_node_get_url(node));
          else text.end_link();
          break;
        default:
          break;
      }
    }
  }

  // A heading or paragraph of the running text (or of a reference list).
  void add_block(cmark_node* node) {
    if (!in_text(cmark_node_get_start_line(node))) return;
    Block block;
    bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
    block.kind = heading ? BlockKind::heading : BlockKind::paragraph;
    block.level = heading ? cmark_node_get_heading_level(node) : 0;
    block.position = at(node);
    block.source = source_of(node);
    NoteTextBuilder text;
    collect_text(node, text);
    block.text = resolve_change_spans(collapse_whitespace(text.text()));
    block.links = text.links();
    cmark_node* item = cmark_node_parent(node);
    if (cmark_node_get_type(item) == CMARK_NODE_ITEM && cmark_node_get_list_type(cmark_node_parent(item)) == CMARK_ORDERED_LIST)
      block.label = std::to_string(cmark_node_get_list_start(cmark_node_parent(item)) + item_index(item));
    if (!block.text.empty()) blocks_.push_back(std::move(block));
  }

  // A note that cites by key ("[^1]: See [@weller2009, 12].") cites the
  // items the metadata gives under those keys, as a citation manager's note
  // does; a key it does not give is reported.
  void cite_keys_in_notes() {
    const auto& items = document_.bibliography;
    if (items.empty()) return;
    std::map<std::string_view, const Reference*> by_key;
    for (const Reference& item : items) by_key.try_emplace(item.id, &item);
    for (Note& note : document_.notes)
      for (const auto& citation : with_narrative_keys(note.text, find_bracketed_keys(note.text), true))
        for (const CitedWork& cited : citation.citation.works) cite_key_in_note(cited.key, by_key, note);
  }

  void cite_key_in_note(const std::string& key, const std::map<std::string_view, const Reference*>& by_key, Note& note) {
    if (auto item = by_key.find(key); item != by_key.end()) {
      note.embedded.push_back(*item->second);
      return;
    }
    document_.problems.push_back(Problem{Severity::warning, "unmatched-citation",
                                         "\"@" + key + "\" in note " + note.id + " names no item of the document's bibliography",
                                         note.position, note.id});
  }

  // The node's lines as written, from its first character to its last line's end.
  std::string_view source_of(cmark_node* node) const {
    std::size_t begin = offset_of(node);
    auto last = static_cast<std::size_t>(cmark_node_get_end_line(node));
    std::size_t end = last < line_starts_.size() ? line_starts_[last] : text_.size();
    return begin < end ? text_.substr(begin, end - begin) : std::string_view{};
  }

  static int item_index(cmark_node* item) {
    int index = 0;
    for (cmark_node* before = cmark_node_previous(item); before; before = cmark_node_previous(before)) ++index;
    return index;
  }

  std::string_view text_;
  LineIndex lines_;
  std::vector<std::size_t> line_starts_;
  Document document_;
  std::vector<Block> blocks_;
};

}  // namespace

Document read_markdown(std::string_view text, const std::string& path) { return MarkdownReader(text, path).read(); }

}  // namespace citekit::extract
