// Word (.docx) reader. The main part is found through _rels/.rels, the
// endnotes and footnotes parts through the main part's relationships.
// Markers are w:endnoteReference / w:footnoteReference in the body; notes are
// numbered in the order of their first reference (the number a reader sees),
// keeping the XML id as source_id. Separator notes are recognised by w:type.
// Inside notes: hyperlinks through the part's relationships, HYPERLINK field
// codes (instructions split over runs), tracked changes (w:ins kept, w:del
// dropped) and citation-manager fields whose CSL-JSON becomes Note::embedded.
#include "extract/readers/formats.hpp"

#include "core/csl_json.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/readers/docx_body.hpp"
#include "extract/readers/docx_parts.hpp"
#include "extract/readers/note_numbering.hpp"
#include "extract/readers/note_text.hpp"
#include "extract/readers/xml_document.hpp"
#include "extract/readers/zip_archive.hpp"

#include <map>
#include <memory>

namespace citekit::extract {
namespace {

std::string folder_of(const std::string& part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// "word/document.xml" -> "word/_rels/document.xml.rels"; the package itself ("") -> "_rels/.rels".
std::string relationships_part(const std::string& part) {
  return folder_of(part) + "_rels/" + part.substr(folder_of(part).size()) + ".rels";
}

// A target relative to the source part's folder ("endnotes.xml", "../x.xml") or absolute ("/word/x.xml").
std::string resolve_target(const std::string& source_part, const std::string& target) {
  std::string joined = !target.empty() && target.front() == '/' ? target.substr(1) : folder_of(source_part) + target;
  std::vector<std::string> segments;
  for (auto segment : split(joined, '/')) {
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.emplace_back(segment);
    }
  }
  return join(segments, "/");
}

std::string last_segment(std::string_view uri) {
  auto slash = uri.rfind('/');
  return std::string(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
}

Result<std::unique_ptr<XmlPart>> load_part(ZipArchive& archive, const std::string& part, const std::string& path,
                                           const InputLimits& limits) {
  auto bytes = archive.read(part);
  if (!bytes) return bytes.error();
  return load_xml_part(std::move(*bytes), path, part, limits);
}

// The relationships of `source_part`; a part without a relationships part has none.
Result<Relationships> read_relationships(ZipArchive& archive, const std::string& source_part, const std::string& path,
                                         const InputLimits& limits) {
  std::string rels = relationships_part(source_part);
  Relationships found;
  if (!archive.contains(rels)) return found;
  auto part = load_part(archive, rels, path, limits);
  if (!part) return part.error();
  for (pugi::xml_node node : (*part)->root().children()) {
    if (local_name(node) != "Relationship") continue;
    Relationship r;
    r.type = last_segment(node.attribute("Type").value());
    r.external = std::string_view(node.attribute("TargetMode").value()) == "External";
    std::string target = node.attribute("Target").value();
    r.target = r.external ? target : resolve_target(source_part, target);
    found.emplace(node.attribute("Id").value(), std::move(r));
  }
  return found;
}

struct Field {
  std::string instruction;
  bool in_result = false;   // after fldChar "separate": the text Word shows
  bool link_open = false;
};

// Walks one note (or the body) collecting text, links and embedded items.
class NoteWalker {
 public:
  NoteWalker(const XmlNamespace& w, const XmlNamespace& r, const Relationships& relationships, const XmlPart& part,
             std::vector<Problem>& problems)
      : w_(w), r_(r), relationships_(relationships), part_(part), problems_(problems) {}

  void walk_note(const pugi::xml_node& note, Note& result) {
    note_ = &result;
    walk(note);
    text_.fill(result);
  }

 private:
  bool showing_text() const {
    for (const Field& field : fields_)
      if (!field.in_result) return false;
    return true;
  }

  void walk(const pugi::xml_node& node) {
    if (w_.is(node, "del") || w_.is(node, "moveFrom") || w_.is(node, "pPr") || w_.is(node, "rPr")) return;
    if (w_.is(node, "t")) {
      if (showing_text()) text_.append(node.text().get());
    } else if (w_.is(node, "tab") || w_.is(node, "br") || w_.is(node, "cr")) {
      if (showing_text()) text_.append(" ");
    } else if (w_.is(node, "noBreakHyphen")) {
      if (showing_text()) text_.append("-");
    } else if (w_.is(node, "instrText")) {
      if (!fields_.empty() && !fields_.back().in_result) fields_.back().instruction += node.text().get();
    } else if (w_.is(node, "fldChar")) {
      on_field_char(node.attribute(w_.name("fldCharType").c_str()).value(), node);
    } else if (w_.is(node, "fldSimple")) {
      on_simple_field(node);
    } else if (w_.is(node, "hyperlink")) {
      on_hyperlink(node);
    } else if (w_.is(node, "p")) {
      text_.paragraph_break();  // empty paragraphs are dropped, so breaks may repeat
      for (pugi::xml_node child : node.children()) walk(child);
    } else {
      for (pugi::xml_node child : node.children()) walk(child);
    }
  }

  void on_field_char(std::string_view type, const pugi::xml_node& node) {
    if (type == "begin") {
      fields_.push_back(Field{});
    } else if (type == "separate" && !fields_.empty()) {
      fields_.back().in_result = true;
      fields_.back().link_open = start_field(fields_.back().instruction, node);
    } else if (type == "end" && !fields_.empty()) {
      Field& field = fields_.back();
      if (!field.in_result) field.link_open = start_field(field.instruction, node);  // a field without a shown result
      if (field.link_open) text_.end_link();
      fields_.pop_back();
    }
  }

  void on_simple_field(const pugi::xml_node& node) {
    bool link = start_field(node.attribute(w_.name("instr").c_str()).value(), node);
    for (pugi::xml_node child : node.children()) walk(child);
    if (link) text_.end_link();
  }

  // Acts on a field's instruction; true when it opened a link.
  bool start_field(const std::string& instruction, const pugi::xml_node& node) {
    if (is_citation_field(instruction)) {
      add_citation_items(instruction, node);
      return false;
    }
    std::string url = hyperlink_target(instruction);
    if (url.empty()) return false;
    text_.begin_link(std::move(url));
    return true;
  }

  void add_citation_items(const std::string& instruction, const pugi::xml_node& node) {
    auto problem = [&](std::string message) {
      problems_.push_back(Problem{Severity::warning, "invalid-citation-field", std::move(message), part_.at(node),
                                  note_ ? note_->id : std::string()});
    };
    std::vector<std::string> trouble;
    auto items = citation_items(instruction, trouble);
    for (auto& message : trouble) problem(std::move(message));
    if (note_)
      for (auto& work : items) note_->embedded.push_back(std::move(work.items.front()));
  }

  void on_hyperlink(const pugi::xml_node& node) {
    auto it = relationships_.find(std::string_view(node.attribute(r_.name("id").c_str()).value()));
    bool link = it != relationships_.end() && it->second.external;
    if (link) text_.begin_link(it->second.target);
    for (pugi::xml_node child : node.children()) walk(child);
    if (link) text_.end_link();
  }

  const XmlNamespace& w_;
  const XmlNamespace& r_;
  const Relationships& relationships_;
  const XmlPart& part_;
  std::vector<Problem>& problems_;
  Note* note_ = nullptr;
  NoteTextBuilder text_;
  std::vector<Field> fields_;
};

class DocxReader {
 public:
  DocxReader(ZipArchive& archive, const std::string& path, const InputLimits& limits)
      : archive_(archive), path_(path), limits_(limits) {
    document_.path = path;
    document_.format = "docx";
  }

  Result<Document> read() {
    auto package = read_relationships(archive_, "", path_, limits_);
    if (!package) return package.error();
    std::string main = target_of(*package, "officeDocument");
    if (main.empty())
      return Error{"missing-part",
                   archive_.contains("_rels/.rels") ? "no officeDocument relationship: the main part cannot be found"
                                                    : "the archive has no such member",
                   Position{path_, "_rels/.rels", 0, 0, 0}};
    auto main_part = load_part(archive_, main, path_, limits_);
    if (!main_part) return main_part.error();
    auto relationships = read_relationships(archive_, main, path_, limits_);
    if (!relationships) return relationships.error();

    collect_markers(**main_part);
    for (const auto& [id, relationship] : *relationships) {
      if (relationship.type != "endnotes" && relationship.type != "footnotes") continue;
      auto read = read_notes_part(relationship.target,
                                  relationship.type == "footnotes" ? NoteKind::footnote : NoteKind::endnote);
      if (!read) return read.error();
    }
    sort_notes_by_number(document_.notes);
    auto styles = read_styles(*relationships);
    if (!styles) return styles.error();
    find_lists_and_citations(docx_body_blocks(**main_part, *relationships, *styles, document_.problems), document_);
    return std::move(document_);
  }

 private:
  static std::string target_of(const Relationships& relationships, std::string_view type) {
    for (const auto& [id, relationship] : relationships)
      if (relationship.type == type && !relationship.external) return relationship.target;
    return {};
  }

  // The paragraph styles, when the document has a styles part.
  Result<ParagraphStyles> read_styles(const Relationships& relationships) {
    std::string name = target_of(relationships, "styles");
    if (name.empty() || !archive_.contains(name)) return ParagraphStyles{};
    auto part = load_part(archive_, name, path_, limits_);
    if (!part) return part.error();
    return read_paragraph_styles(**part);
  }

  // Note references in the body, in document order; deleted ones are skipped.
  void collect_markers(const XmlPart& part) {
    XmlNamespace w(part.root(), kWordNamespace, "w");
    std::vector<pugi::xml_node> stack{part.root()};
    while (!stack.empty()) {
      pugi::xml_node node = stack.back();
      stack.pop_back();
      if (w.is(node, "del") || w.is(node, "moveFrom")) continue;
      bool endnote = w.is(node, "endnoteReference");
      if (endnote || w.is(node, "footnoteReference")) {
        NoteKind kind = endnote ? NoteKind::endnote : NoteKind::footnote;
        std::string id = numbering_.number(kind, node.attribute(w.name("id").c_str()).value());
        document_.markers.push_back(Marker{id, kind, part.at(node)});
      }
      std::vector<pugi::xml_node> children;
      for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) children.push_back(child);
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
  }

  Result<bool> read_notes_part(const std::string& name, NoteKind kind) {
    auto part = load_part(archive_, name, path_, limits_);
    if (!part) return part.error();
    auto relationships = read_relationships(archive_, name, path_, limits_);
    if (!relationships) return relationships.error();
    const XmlPart& notes = **part;
    XmlNamespace w(notes.root(), kWordNamespace, "w");
    XmlNamespace r(notes.root(), kRelationshipNamespace, "r");
    const char* element = kind == NoteKind::endnote ? "endnote" : "footnote";
    for (pugi::xml_node node : notes.root().children()) {
      if (!w.is(node, element)) continue;
      std::string_view type = node.attribute(w.name("type").c_str()).value();
      if (!type.empty() && type != "normal") continue;  // separators and continuation notices
      Note note;
      note.kind = kind;
      note.source_id = node.attribute(w.name("id").c_str()).value();
      note.id = numbering_.number(kind, note.source_id);
      note.position = notes.at(node);
      NoteWalker(w, r, *relationships, notes, document_.problems).walk_note(node, note);
      document_.notes.push_back(std::move(note));
    }
    return true;
  }

  ZipArchive& archive_;
  const std::string& path_;
  const InputLimits& limits_;
  Document document_;
  NoteNumbering numbering_;
};

}  // namespace

Result<Document> read_docx(ZipArchive& archive, const std::string& path, const InputLimits& limits) {
  return DocxReader(archive, path, limits).read();
}

}  // namespace citekit::extract
