// JATS XML reader. Footnotes are <fn> elements (their <label> is left out),
// pointed at by <xref ref-type="fn" rid="…">; notes are numbered in order of
// first reference, the XML id in source_id. Each <ref-list> is a reference
// list, its <ref>s the entries (the XML id and the <label> kept), cited by
// <xref ref-type="bibr" rid="…"> (a dash between two such links cites every
// entry from the one to the other). An <element-citation>, and a
// <mixed-citation> whose tags name the authors and a title, is already
// fielded: its tags map straight to the CSL item (origin document); an
// untagged <mixed-citation> is parsed like any reference.
#include "extract/readers/formats.hpp"

#include "core/text.hpp"
#include "extract/readers/note_numbering.hpp"
#include "extract/split.hpp"
#include "extract/readers/note_text.hpp"
#include "extract/readers/xml_document.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>

namespace citekit::extract {
namespace {

constexpr std::string_view kXlinkNamespace = "http://www.w3.org/1999/xlink";

std::string element_text(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node piece = node.first_child(); piece; piece = piece.next_sibling()) {
    if (piece.type() == pugi::node_pcdata || piece.type() == pugi::node_cdata) out += piece.value();
    else if (piece.type() == pugi::node_element) out += element_text(piece);
  }
  return clean_paragraph(out);
}

std::string csl_type(std::string_view publication_type) {
  static const std::map<std::string_view, std::string_view> kTypes{
      {"journal", "article-journal"}, {"book", "book"}, {"chapter", "chapter"}, {"web", "webpage"},
      {"webpage", "webpage"}, {"report", "report"}, {"thesis", "thesis"}, {"confproc", "paper-conference"},
      {"patent", "patent"}, {"data", "dataset"}, {"newspaper", "article-newspaper"}};
  auto it = kTypes.find(publication_type);
  return std::string(it == kTypes.end() ? "document" : it->second);
}

Name name_from(const pugi::xml_node& node) {
  Name name;
  std::string_view tag = local_name(node);
  if (tag == "collab" || tag == "string-name") {
    name.literal = element_text(node);
    if (tag == "string-name" && node.child("surname")) {
      name.literal.clear();
      name.family = element_text(node.child("surname"));
      name.given = element_text(node.child("given-names"));
    }
    return name;
  }
  name.family = element_text(node.child("surname"));
  name.given = element_text(node.child("given-names"));
  name.suffix = element_text(node.child("suffix"));
  name.non_dropping_particle = element_text(node.child("prefix"));
  return name;
}

bool is_name(const pugi::xml_node& node) {
  std::string_view tag = local_name(node);
  return tag == "name" || tag == "collab" || tag == "string-name";
}

int number_of(const pugi::xml_node& node) { return std::atoi(element_text(node).c_str()); }

// An <element-citation>'s fields as a CSL item.
Reference item_from_element_citation(const pugi::xml_node& citation, const XmlNamespace& xlink) {
  Reference item;
  item.origin = ItemOrigin::document;
  item.type = csl_type(citation.attribute("publication-type").value());
  for (pugi::xml_node child : citation.children()) {
    std::string_view tag = local_name(child);
    if (tag == "person-group") {
      std::string role = child.attribute("person-group-type").value();
      if (role.empty()) role = "author";
      for (pugi::xml_node person : child.children())
        if (is_name(person)) item.names[role].push_back(name_from(person));
    } else if (is_name(child)) {
      item.names["author"].push_back(name_from(child));
    }
  }
  std::string article = element_text(citation.child("article-title"));
  std::string chapter = element_text(citation.child("chapter-title"));
  std::string source = element_text(citation.child("source"));
  std::string title = !article.empty() ? article : chapter;
  item.set("title", title.empty() ? source : title);
  if (!title.empty()) item.set("container-title", source);
  if (citation.child("year")) {
    DateParts issued{number_of(citation.child("year")), number_of(citation.child("month")),
                     number_of(citation.child("day"))};
    item.dates["issued"] = Date{{issued}, 0, false, {}};
  }
  item.set("volume", element_text(citation.child("volume")));
  item.set("issue", element_text(citation.child("issue")));
  std::string first = element_text(citation.child("fpage")), last = element_text(citation.child("lpage"));
  item.set("page", last.empty() ? first : first + "–" + last);
  item.set("publisher", element_text(citation.child("publisher-name")));
  item.set("publisher-place", element_text(citation.child("publisher-loc")));
  item.set("edition", element_text(citation.child("edition")));
  for (pugi::xml_node id : citation.children("pub-id")) {
    std::string_view type = id.attribute("pub-id-type").value();
    if (type == "doi") item.set("DOI", element_text(id));
    if (type == "pmid") item.set("PMID", element_text(id));
    if (type == "isbn") item.set("ISBN", element_text(id));
  }
  for (const char* link : {"ext-link", "uri"})
    if (pugi::xml_node node = citation.child(link); node && !item.has("URL")) {
      std::string href = node.attribute(xlink.name("href").c_str()).value();
      item.set("URL", href.empty() ? element_text(node) : href);
    }
  return item;
}

class JatsReader {
 public:
  explicit JatsReader(const XmlPart& part) : part_(part), xlink_(part.root(), kXlinkNamespace, "xlink") {
    document_.path = part.file;
    document_.format = "jats";
    document_.markers_can_repeat = true;
  }

  Document read() {
    std::vector<pugi::xml_node> citing;
    for (pugi::xpath_node found : part_.root().select_nodes("//xref")) {
      add_markers(found.node());
      if (std::string_view(found.node().attribute("ref-type").value()) == "bibr") citing.push_back(found.node());
    }
    for (pugi::xpath_node found : part_.root().select_nodes("//fn")) add_footnote(found.node());
    sort_notes_by_number(document_.notes);
    for (pugi::xpath_node found : part_.root().select_nodes("//ref-list")) add_list(found.node());
    add_citations(citing);
    return std::move(document_);
  }

 private:
  void add_markers(const pugi::xml_node& xref) {
    std::string_view type = xref.attribute("ref-type").value();
    bool footnote = type == "fn" || type == "table-fn";
    if (!footnote) return;
    NoteKind kind = NoteKind::footnote;
    for (auto rid : split(xref.attribute("rid").value(), ' '))
      if (!rid.empty()) {
        document_.markers.push_back(Marker{numbering_.number(kind, std::string(rid)), kind, part_.at(xref)});
        pointed_at_.emplace(rid);
      }
  }

  // What an <fn> is for, as the article's markup says. JATS types every
  // note about the article itself (conflict, con, financial-disclosure,
  // edited-by, …: all but "other"); author notes stand outside the text; a
  // note outside the running text or under a table that carries nothing a
  // reference has (no year, link, pages, quoted title) cites nothing.
  void decide_purpose(const pugi::xml_node& fn, Note& note) const {
    std::string_view type = fn.attribute("fn-type").value();
    bool about_the_article = !type.empty() && type != "other";
    bool outside_text = has_ancestor(fn, {"front", "front-stub", "author-notes", "article-meta", "back"});
    bool under_table = has_ancestor(fn, {"table-wrap-foot", "table-wrap"});
    note.standalone = (outside_text || under_table) && !pointed_at_.count(note.source_id);
    if (about_the_article) {
      note.purpose = NotePurpose::discussion;
      note.purpose_reason = "JATS fn-type \"" + std::string(type) + "\"";
    } else if ((outside_text || under_table) && note.links.empty() && !looks_like_reference(note.text)) {
      note.purpose = NotePurpose::discussion;
      note.purpose_reason = under_table ? "a table's note without anything a reference has"
                                        : "a note outside the text without anything a reference has";
    }
  }

  static bool has_ancestor(const pugi::xml_node& node, std::initializer_list<std::string_view> names) {
    for (pugi::xml_node up = node.parent(); up; up = up.parent())
      for (std::string_view name : names)
        if (local_name(up) == name) return true;
    return false;
  }

  Note note_for(const pugi::xml_node& node, NoteKind kind) {
    Note note;
    note.kind = kind;
    note.source_id = node.attribute("id").value();
    // A note without an id (PLOS's author notes) is one of its own: nothing can point at it.
    std::string numbered_as = note.source_id.empty() ? "#unnamed-" + std::to_string(++unnamed_) : note.source_id;
    note.id = numbering_.number(kind, numbered_as);
    note.position = part_.at(node);
    return note;
  }

  void add_footnote(const pugi::xml_node& fn) {
    Note note = note_for(fn, NoteKind::footnote);
    NoteTextBuilder text;
    for (pugi::xml_node child : fn.children())
      if (local_name(child) != "label") collect_text(child, text);
    text.fill(note);
    decide_purpose(fn, note);
    document_.notes.push_back(std::move(note));
  }

  // One list per <ref-list>, under its <title> when it has one; nested
  // lists (per section) are lists of their own.
  void add_list(const pugi::xml_node& list) {
    std::size_t index = document_.lists.size();
    document_.lists.push_back(ReferenceList{element_text(list.child("title")), part_.at(list)});
    bool any = false;
    for (pugi::xml_node ref : list.children("ref")) any = add_entry(ref, index) || any;
    if (!any) document_.lists.erase(document_.lists.begin() + static_cast<std::ptrdiff_t>(index));
  }

  bool add_entry(const pugi::xml_node& ref, std::size_t list) {
    pugi::xml_node mixed = ref.child("mixed-citation");
    pugi::xml_node fielded = ref.child("element-citation");
    if (!mixed && !fielded) fielded = ref.child("nlm-citation");
    ListEntry entry;
    entry.list = list;
    entry.id = ref.attribute("id").value();
    entry.label = std::string(trim(element_text(ref.child("label")), "[]().: "));
    entry.position = part_.at(ref);
    NoteTextBuilder text;
    collect_text(mixed ? mixed : fielded, text);
    // SciELO opens its mixed citations with the label's full stop: ". Adami F, …".
    entry.text = collapse_whitespace(text.text());
    entry.text.erase(0, std::min(entry.text.find_first_not_of(". "), entry.text.size()));
    entry.links = text.links();
    // The tags are the fields: an element-citation's (SciELO gives one beside
    // the untagged mixed citation), else a tagged mixed citation's.
    if (fielded) entry.embedded.push_back(item_from_element_citation(fielded, xlink_));
    else if (is_tagged(mixed)) entry.embedded.push_back(item_from_element_citation(mixed, xlink_));
    if (!mixed && fielded) entry.text = element_text_spaced(fielded);
    if (entry.text.empty() && entry.embedded.empty()) return false;
    document_.entries.push_back(std::move(entry));
    return true;
  }

  // A mixed citation whose tags name who wrote it and what: its tags are its fields.
  static bool is_tagged(const pugi::xml_node& citation) {
    if (!citation) return false;
    bool names = citation.child("person-group") || citation.child("name") || citation.child("collab") ||
                 citation.child("string-name");
    bool title = citation.child("article-title") || citation.child("source") || citation.child("chapter-title");
    return names && title;
  }

  // Each <xref ref-type="bibr"> cites the entries its rid names; "[8]–[12]"
  // (a dash alone between two links) cites 8 to 12.
  void add_citations(const std::vector<pugi::xml_node>& xrefs) {
    std::map<std::string, std::size_t, std::less<>> order;
    for (std::size_t i = 0; i < document_.entries.size(); ++i) order.emplace(document_.entries[i].id, i);
    for (std::size_t i = 0; i < xrefs.size(); ++i) {
      TextCitation citation;
      citation.kind = CitationKind::key;
      citation.text = element_text(xrefs[i]);
      citation.position = part_.at(xrefs[i]);
      for (auto rid : split(xrefs[i].attribute("rid").value(), ' '))
        if (!rid.empty()) citation.works.push_back(CitedWork{std::string(rid), {}, {}, false, {}, {}, {}});
      if (i + 1 < xrefs.size() && dash_between(xrefs[i], xrefs[i + 1])) {
        std::string last = xrefs[i + 1].attribute("rid").value();
        auto from = citation.works.empty() ? order.end() : order.find(citation.works.back().key);
        auto to = order.find(last);
        if (from != order.end() && to != order.end() && from->second < to->second) {
          for (std::size_t k = from->second + 1; k <= to->second; ++k)
            citation.works.push_back(CitedWork{document_.entries[k].id, {}, {}, false, {}, {}, {}});
          citation.text += "–" + element_text(xrefs[i + 1]);
          ++i;
        }
      }
      if (!citation.works.empty()) document_.citations.push_back(std::move(citation));
    }
  }

  // Only a dash (and spaces) between two sibling links.
  static bool dash_between(const pugi::xml_node& first, const pugi::xml_node& second) {
    if (first.parent() != second.parent()) return false;
    std::string between;
    for (pugi::xml_node node = first.next_sibling(); node && node != second; node = node.next_sibling()) {
      if (node.type() != pugi::node_pcdata) return false;
      between += node.value();
    }
    std::string_view dash = trim(between);
    return dash == "-" || dash == "–" || dash == "—";
  }

  // An element-citation's fields, one space apart, for people reading the note.
  static std::string element_text_spaced(const pugi::xml_node& citation) {
    std::vector<std::string> parts;
    for (pugi::xml_node child : citation.children())
      if (child.type() == pugi::node_element)
        if (std::string text = element_text(child); !text.empty()) parts.push_back(std::move(text));
    return join(parts, " ");
  }

  void collect_text(const pugi::xml_node& node, NoteTextBuilder& text) const {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      text.append(node.value());
      return;
    }
    std::string_view tag = local_name(node);
    if (tag == "p") text.paragraph_break();
    std::string href = node.attribute(xlink_.name("href").c_str()).value();
    bool link = (tag == "ext-link" || tag == "uri") && !href.empty();
    if (link) text.begin_link(href);
    for (pugi::xml_node child : node.children()) {
      collect_text(child, text);
      if (runs_into_next_element(child)) text.append(" ");
    }
    if (link) text.end_link();
  }

  // Tagged names print their parts with nothing between them
  // ("<surname>Hallett</surname><given-names>TB</given-names>"): as text they
  // take a space, "Hallett TB".
  static bool runs_into_next_element(const pugi::xml_node& child) {
    pugi::xml_node next = child.next_sibling();
    if (child.type() != pugi::node_element || !next || next.type() != pugi::node_element) return false;
    std::string_view tag = local_name(child);
    return tag == "surname" || tag == "given-names" || tag == "prefix" || tag == "suffix" || tag == "name" ||
           tag == "string-name";
  }

  const XmlPart& part_;
  XmlNamespace xlink_;
  Document document_;
  NoteNumbering numbering_;
  std::set<std::string, std::less<>> pointed_at_;  // ids of the notes an <xref> points at
  std::size_t unnamed_ = 0;                         // notes without an id so far
};

}  // namespace

Result<Document> read_jats(std::string_view text, const std::string& path, const InputLimits& limits) {
  auto part = load_xml_part(std::string(text), path, "", limits);
  if (!part) return part.error();
  return JatsReader(**part).read();
}

}  // namespace citekit::extract
