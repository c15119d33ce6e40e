#include "extract/readers/docx_body.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"
#include "extract/lists/block_text.hpp"
#include "extract/lists/text_citations.hpp"

#include <optional>

namespace citekit::extract {
namespace {

// "heading 3" -> 3.
int heading_level_of(std::string_view style_name) {
  static const Regex heading(R"(^heading\s*(\d)$)", Regex::caseless);
  auto m = heading.match_at(style_name);
  return m ? m->str(1)[0] - '0' : 0;
}

// A field, from its begin to its end, and what it does to the text it shows.
struct Field {
  std::string instruction;
  bool in_result = false;  // after "separate": the text Word shows
  bool link = false;       // a HYPERLINK: its result is the link's text
  bool citation = false;   // a citation manager's citation: its result is the citation
  bool bibliography = false;
};

class BodyWalker {
 public:
  BodyWalker(const XmlPart& part, const Relationships& relationships, const ParagraphStyles& styles,
             std::vector<Problem>& problems)
      : part_(part),
        w_(part.root(), kWordNamespace, "w"),
        r_(part.root(), kRelationshipNamespace, "r"),
        relationships_(relationships),
        styles_(styles),
        problems_(problems) {}

  std::vector<Block> walk_body() {
    walk(part_.root());
    return std::move(blocks_);
  }

 private:
  bool showing_text() const {
    for (const Field& field : fields_)
      if (!field.in_result) return false;
    return true;
  }

  bool in_bibliography() const {
    for (const Field& field : fields_)
      if (field.bibliography && field.in_result) return true;
    return bibliography_sdt_ > 0;
  }

  void walk(const pugi::xml_node& node) {
    if (w_.is(node, "del") || w_.is(node, "moveFrom") || w_.is(node, "pPr") || w_.is(node, "rPr")) return;
    if (w_.is(node, "p")) return on_paragraph(node);
    if (w_.is(node, "r")) return on_run(node);
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
    } else if (w_.is(node, "bookmarkStart")) {
      std::string name = node.attribute(w_.name("name").c_str()).value();
      if (name.rfind("ref-", 0) == 0) bookmark_ = std::move(name);
    } else if (w_.is(node, "sdt")) {
      on_content_control(node);
    } else {
      for (pugi::xml_node child : node.children()) walk(child);
    }
  }

  void on_paragraph(const pugi::xml_node& node) {
    std::string style = node.child(w_.name("pPr").c_str()).child(w_.name("pStyle").c_str()).attribute(w_.name("val").c_str()).value();
    auto found = styles_.find(style);
    ParagraphStyle paragraph = found == styles_.end() ? ParagraphStyle{} : found->second;
    pugi::xml_node outline = node.child(w_.name("pPr").c_str()).child(w_.name("outlineLvl").c_str());
    int outline_level = outline ? std::atoi(outline.attribute(w_.name("val").c_str()).value()) : 9;
    if (outline_level < 9 && !paragraph.heading_level) paragraph.heading_level = outline_level + 1;
    Position position = part_.at(node);
    for (pugi::xml_node child : node.children()) walk(child);
    close_superscript();
    Block block;
    text_.fill(block);
    block.position = std::move(position);
    block.kind = paragraph.heading_level ? BlockKind::heading
                 : (paragraph.bibliography || in_bibliography()) ? BlockKind::entry
                                                                : BlockKind::paragraph;
    block.level = paragraph.heading_level;
    block.anchor = std::move(bookmark_);
    bookmark_.clear();
    if (!block.text.empty()) blocks_.push_back(std::move(block));
  }

  // A run in superscript showing numbers ("3", "3,5", "3–7") cites the
  // numbered list's entries; neighbouring superscript runs read as one.
  void on_run(const pugi::xml_node& run) {
    std::string_view align = run.child(w_.name("rPr").c_str()).child(w_.name("vertAlign").c_str())
                                 .attribute(w_.name("val").c_str()).value();
    bool superscript = align == "superscript" && showing_text() && run.child(w_.name("t").c_str());
    if (superscript && !superscript_open_) {
      text_.begin_mark();
      superscript_begin_ = text_.offset();
      superscript_open_ = true;
      superscript_position_ = part_.at(run);
    }
    if (!superscript && run.child(w_.name("t").c_str())) close_superscript();
    for (pugi::xml_node child : run.children()) walk(child);
  }

  void close_superscript() {
    if (!superscript_open_) return;
    superscript_open_ = false;
    TextCitation citation;
    citation.kind = CitationKind::numeric;
    citation.works = numeric_works(trim(text_.text_since(superscript_begin_), " ,;"));
    if (citation.works.empty()) text_.cancel_mark();
    else text_.end_mark(std::move(citation), superscript_position_);
  }

  // Word's bibliography content control ("Bibliographies" gallery).
  void on_content_control(const pugi::xml_node& node) {
    std::string_view gallery = node.child(w_.name("sdtPr").c_str())
                                   .child(w_.name("docPartObj").c_str())
                                   .child(w_.name("docPartGallery").c_str())
                                   .attribute(w_.name("val").c_str())
                                   .value();
    bool bibliography = gallery == "Bibliographies";
    bibliography_sdt_ += bibliography;
    for (pugi::xml_node child : node.child(w_.name("sdtContent").c_str()).children()) walk(child);
    bibliography_sdt_ -= bibliography;
  }

  void on_field_char(std::string_view type, const pugi::xml_node& node) {
    if (type == "begin") {
      fields_.push_back(Field{});
    } else if (type == "separate" && !fields_.empty()) {
      start_result(fields_.back(), node);
    } else if (type == "end" && !fields_.empty()) {
      end_result(fields_.back());
      fields_.pop_back();
    }
  }

  void on_simple_field(const pugi::xml_node& node) {
    fields_.push_back(Field{node.attribute(w_.name("instr").c_str()).value()});
    start_result(fields_.back(), node);
    for (pugi::xml_node child : node.children()) walk(child);
    end_result(fields_.back());
    fields_.pop_back();
  }

  void start_result(Field& field, const pugi::xml_node& node) {
    field.in_result = true;
    if (is_citation_field(field.instruction)) {
      field.citation = true;
      citation_position_ = part_.at(node);
      text_.begin_mark();
    } else if (is_bibliography_field(field.instruction)) {
      field.bibliography = true;
    } else if (std::string url = hyperlink_target(field.instruction); !url.empty()) {
      field.link = true;
      text_.begin_link(std::move(url));
    }
  }

  void end_result(Field& field) {
    if (!field.in_result) return;  // a field without a shown result shows nothing
    if (field.link) text_.end_link();
    if (!field.citation) return;
    std::vector<std::string> trouble;
    TextCitation citation;
    citation.kind = CitationKind::field;
    citation.works = citation_items(field.instruction, trouble);
    for (auto& message : trouble)
      problems_.push_back(Problem{Severity::warning, "invalid-citation-field", std::move(message), citation_position_, {}});
    if (citation.works.empty()) text_.cancel_mark();
    else text_.end_mark(std::move(citation), citation_position_);
  }

  // A link to an entry's bookmark ("ref-weller2009", as pandoc writes with
  // link-citations) cites that entry; an external link keeps its URL.
  void on_hyperlink(const pugi::xml_node& node) {
    std::string_view anchor = node.attribute(w_.name("anchor").c_str()).value();
    auto it = relationships_.find(std::string_view(node.attribute(r_.name("id").c_str()).value()));
    bool link = it != relationships_.end() && it->second.external;
    bool cites = anchor.rfind("ref-", 0) == 0;
    Position position = part_.at(node);
    if (link) text_.begin_link(it->second.target);
    if (cites) text_.begin_mark();
    for (pugi::xml_node child : node.children()) walk(child);
    if (cites) {
      TextCitation citation;
      citation.kind = CitationKind::key;
      CitedWork work;
      work.key = std::string(anchor);
      citation.works.push_back(std::move(work));
      text_.end_mark(std::move(citation), position);
    }
    if (link) text_.end_link();
  }

  const XmlPart& part_;
  XmlNamespace w_;
  XmlNamespace r_;
  const Relationships& relationships_;
  const ParagraphStyles& styles_;
  std::vector<Problem>& problems_;
  BlockTextBuilder text_;
  std::vector<Field> fields_;
  std::vector<Block> blocks_;
  std::string bookmark_;
  int bibliography_sdt_ = 0;
  bool superscript_open_ = false;
  std::size_t superscript_begin_ = 0;
  Position superscript_position_;
  Position citation_position_;
};

}  // namespace

ParagraphStyles read_paragraph_styles(const XmlPart& styles) {
  XmlNamespace w(styles.root(), kWordNamespace, "w");
  ParagraphStyles found;
  for (pugi::xml_node style : styles.root().children()) {
    if (!w.is(style, "style") || std::string_view(style.attribute(w.name("type").c_str()).value()) != "paragraph")
      continue;
    std::string_view name = style.child(w.name("name").c_str()).attribute(w.name("val").c_str()).value();
    ParagraphStyle paragraph;
    paragraph.heading_level = heading_level_of(name);
    pugi::xml_node outline = style.child(w.name("pPr").c_str()).child(w.name("outlineLvl").c_str());
    if (!paragraph.heading_level && outline && std::string_view(outline.attribute(w.name("val").c_str()).value()) != "9")
      paragraph.heading_level = std::atoi(outline.attribute(w.name("val").c_str()).value()) + 1;
    paragraph.bibliography = iequals_ascii(name, "Bibliography");
    found.emplace(style.attribute(w.name("styleId").c_str()).value(), paragraph);
  }
  return found;
}

std::vector<Block> docx_body_blocks(const XmlPart& main, const Relationships& relationships,
                                    const ParagraphStyles& styles, std::vector<Problem>& problems) {
  return BodyWalker(main, relationships, styles, problems).walk_body();
}

}  // namespace citekit::extract
