// OpenDocument text reader (.odt, and the flat .fodt). A note is one
// text:note element where its marker stands: text:note-class says endnote
// or footnote, text:note-citation is the label shown (skipped), and
// text:note-body holds the text. Notes are numbered per class in document
// order; text:id is kept as source_id. Deleted text of tracked changes lives
// in text:tracked-changes and is skipped; inserted text is inline and kept.
#include "extract/readers/formats.hpp"

#include "core/text.hpp"
#include "extract/lists/block_text.hpp"
#include "extract/lists/blocks.hpp"
#include "extract/lists/text_citations.hpp"
#include "extract/readers/docx_parts.hpp"
#include "extract/readers/note_numbering.hpp"
#include "extract/readers/note_text.hpp"
#include "extract/readers/xml_document.hpp"
#include "extract/readers/zip_archive.hpp"

#include <cctype>
#include <cstdlib>
#include <set>

namespace citekit::extract {
namespace {

constexpr std::string_view kTextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kXlinkNamespace = "http://www.w3.org/1999/xlink";
constexpr std::string_view kStyleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

class OdtReader {
 public:
  OdtReader(const XmlPart& part, const std::string& format)
      : part_(part),
        text_ns_(part.root(), kTextNamespace, "text"),
        office_ns_(part.root(), kOfficeNamespace, "office"),
        xlink_ns_(part.root(), kXlinkNamespace, "xlink") {
    document_.path = part.file;
    document_.format = format;
  }

  Document read() {
    find_superscript_styles(part_.root());
    find_notes(part_.root());
    sort_notes_by_number(document_.notes);
    collect_blocks(part_.root(), "");
    find_lists_and_citations(blocks_, document_);
    return std::move(document_);
  }

 private:
  bool skipped(const pugi::xml_node& node) const {
    return text_ns_.is(node, "tracked-changes") || office_ns_.is(node, "annotation") ||
           text_ns_.is(node, "note-citation");
  }

  void find_notes(const pugi::xml_node& node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element || skipped(child)) continue;
      if (text_ns_.is(child, "note")) add_note(child);
      else find_notes(child);
    }
  }

  void add_note(const pugi::xml_node& node) {
    std::string_view note_class = node.attribute(text_ns_.name("note-class").c_str()).value();
    Note note;
    note.kind = note_class == "endnote" ? NoteKind::endnote : NoteKind::footnote;
    note.source_id = node.attribute(text_ns_.name("id").c_str()).value();
    note.id = numbering_.number(note.kind, note.source_id.empty() ? std::to_string(document_.notes.size())
                                                                  : note.source_id);
    document_.markers.push_back(Marker{note.id, note.kind, part_.at(node)});
    pugi::xml_node body = node.child(text_ns_.name("note-body").c_str());
    note.position = part_.at(body ? body : node);
    NoteTextBuilder text;
    collect_text(body, text);
    text.fill(note);
    document_.notes.push_back(std::move(note));
  }

  void collect_text(const pugi::xml_node& node, NoteTextBuilder& text) const {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        text.append(child.value());
      } else if (child.type() != pugi::node_element || skipped(child)) {
        continue;
      } else if (text_ns_.is(child, "s")) {
        int count = std::atoi(child.attribute(text_ns_.name("c").c_str()).value());
        text.append(std::string(static_cast<std::size_t>(std::max(count, 1)), ' '));
      } else if (text_ns_.is(child, "tab") || text_ns_.is(child, "line-break")) {
        text.append(" ");
      } else if (text_ns_.is(child, "p") || text_ns_.is(child, "h")) {
        text.paragraph_break();
        collect_text(child, text);
      } else if (text_ns_.is(child, "a")) {
        text.begin_link(child.attribute(xlink_ns_.name("href").c_str()).value());
        collect_text(child, text);
        text.end_link();
      } else {
        collect_text(child, text);
      }
    }
  }

  // ---- The running text and the reference lists -------------------------
  // Headings (text:h), paragraphs, and entries: the paragraphs of a section
  // named "ref-…" (pandoc), of LibreOffice's bibliography index, or of
  // Zotero's bibliography section. `entry` is the anchor (or "-" for an
  // entry without one) when inside such a container.

  void collect_blocks(const pugi::xml_node& node, const std::string& entry) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element || skipped(child) || text_ns_.is(child, "note")) continue;
      if (text_ns_.is(child, "h")) {
        add_block(child, BlockKind::heading, std::atoi(child.attribute(text_ns_.name("outline-level").c_str()).value()), "");
      } else if (text_ns_.is(child, "p")) {
        add_block(child, entry.empty() ? BlockKind::paragraph : BlockKind::entry, 0, entry == "-" ? "" : entry);
      } else if (text_ns_.is(child, "index-title")) {
        for (pugi::xml_node title : child.children())
          if (text_ns_.is(title, "p")) add_block(title, BlockKind::heading, 1, "");
      } else if (text_ns_.is(child, "bibliography-source")) {
        continue;
      } else {
        std::string name = child.attribute(text_ns_.name("name").c_str()).value();
        bool entry_section = text_ns_.is(child, "section") && name.rfind("ref-", 0) == 0;
        bool list_container = text_ns_.is(child, "bibliography") ||
                              (text_ns_.is(child, "section") && name.rfind("ZOTERO_BIBL", 0) == 0);
        collect_blocks(child, entry_section ? name : list_container ? "-" : entry);
      }
    }
  }

  void add_block(const pugi::xml_node& node, BlockKind kind, int level, std::string anchor) {
    Block block;
    block.kind = kind;
    block.level = level;
    block.position = part_.at(node);
    block.anchor = std::move(anchor);
    BlockTextBuilder text;
    collect_block_text(node, text);
    text.fill(block);
    if (block.text.empty()) return;
    // The paragraphs of one "ref-…" section are one entry.
    if (kind == BlockKind::entry && !block.anchor.empty() && !blocks_.empty() && blocks_.back().anchor == block.anchor) {
      blocks_.back().text += " " + block.text;
      return;
    }
    blocks_.push_back(std::move(block));
  }

  void collect_block_text(const pugi::xml_node& node, BlockTextBuilder& text) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        text.append(child.value());
      } else if (child.type() != pugi::node_element || skipped(child) || text_ns_.is(child, "note")) {
        continue;
      } else if (text_ns_.is(child, "s")) {
        text.append(" ");
      } else if (text_ns_.is(child, "tab") || text_ns_.is(child, "line-break")) {
        text.append(" ");
      } else if (text_ns_.is(child, "a")) {
        text.begin_link(child.attribute(xlink_ns_.name("href").c_str()).value());
        collect_block_text(child, text);
        text.end_link();
      } else if (text_ns_.is(child, "span") &&
                 superscript_styles_.count(child.attribute(text_ns_.name("style-name").c_str()).value())) {
        add_superscript(child, text);
      } else if (text_ns_.is(child, "reference-mark-start")) {
        start_reference_mark(child, text);
      } else if (text_ns_.is(child, "reference-mark-end")) {
        end_reference_mark(child, text);
      } else {
        collect_block_text(child, text);
      }
    }
  }

  // Text styles that raise their text: "super 58%", "33% 58%".
  void find_superscript_styles(const pugi::xml_node& root) {
    XmlNamespace style_ns(root, kStyleNamespace, "style");
    for (pugi::xml_node styles : root.children()) {
      if (!office_ns_.is(styles, "automatic-styles") && !office_ns_.is(styles, "styles")) continue;
      for (pugi::xml_node style : styles.children()) {
        std::string_view position = style.child(style_ns.name("text-properties").c_str())
                                        .attribute(style_ns.name("text-position").c_str())
                                        .value();
        bool raised = position.rfind("super", 0) == 0 || (!position.empty() && std::isdigit(static_cast<unsigned char>(position[0])) &&
                                                          position[0] != '0');
        if (raised) superscript_styles_.insert(style.attribute(style_ns.name("name").c_str()).value());
      }
    }
  }

  // Superscript numbers cite the numbered list's entries.
  void add_superscript(const pugi::xml_node& span, BlockTextBuilder& text) {
    text.begin_mark();
    std::size_t begin = text.offset();
    collect_block_text(span, text);
    TextCitation citation;
    citation.kind = CitationKind::numeric;
    citation.works = numeric_works(trim(text.text_since(begin), " ,;"));
    if (citation.works.empty()) text.cancel_mark();
    else text.end_mark(std::move(citation), part_.at(span));
  }

  // Zotero in LibreOffice keeps a citation's CSL-JSON in the name of the
  // reference mark around its text.
  void start_reference_mark(const pugi::xml_node& node, BlockTextBuilder& text) {
    std::string name = node.attribute(text_ns_.name("name").c_str()).value();
    if (name.rfind("ZOTERO_ITEM", 0) != 0) return;
    open_marks_.push_back(std::move(name));
    mark_positions_.push_back(part_.at(node));
    text.begin_mark();
  }

  void end_reference_mark(const pugi::xml_node& node, BlockTextBuilder& text) {
    std::string name = node.attribute(text_ns_.name("name").c_str()).value();
    if (open_marks_.empty() || open_marks_.back() != name) return;
    std::vector<std::string> trouble;
    TextCitation citation;
    citation.kind = CitationKind::field;
    citation.works = citation_items(name.substr(std::min(name.find('{'), name.size())), trouble);
    Position position = mark_positions_.back();
    for (auto& message : trouble)
      document_.problems.push_back(Problem{Severity::warning, "invalid-citation-field", std::move(message), position, {}});
    if (citation.works.empty()) text.cancel_mark();
    else text.end_mark(std::move(citation), position);
    open_marks_.pop_back();
    mark_positions_.pop_back();
  }

  const XmlPart& part_;
  std::vector<Block> blocks_;
  std::vector<std::string> open_marks_;
  std::vector<Position> mark_positions_;
  std::set<std::string, std::less<>> superscript_styles_;
  XmlNamespace text_ns_;
  XmlNamespace office_ns_;
  XmlNamespace xlink_ns_;
  Document document_;
  NoteNumbering numbering_;
};

}  // namespace

Result<Document> read_odt(ZipArchive& archive, const std::string& path, const InputLimits& limits) {
  auto content = archive.read("content.xml");
  if (!content) return content.error();
  auto part = load_xml_part(std::move(*content), path, "content.xml", limits);
  if (!part) return part.error();
  return OdtReader(**part, "odt").read();
}

Result<Document> read_flat_odt(std::string_view text, const std::string& path, const InputLimits& limits) {
  auto part = load_xml_part(std::string(text), path, "", limits);
  if (!part) return part.error();
  return OdtReader(**part, "fodt").read();
}

}  // namespace citekit::extract
