#include "export/extraction_json.hpp"

#include "core/csl_json.hpp"
#include "export/link_json.hpp"

#include <algorithm>

namespace citekit::exporting {
namespace {

using Json = nlohmann::ordered_json;

void put_position(Json& out, const Position& p) {
  if (!p.part.empty()) out["part"] = p.part;
  if (p.line) out["line"] = p.line;
  if (p.column) out["column"] = p.column;
}

Json marker_json(const Marker& m) {
  Json out{{"id", m.id}, {"kind", to_string(m.kind)}};
  put_position(out, m.position);
  return out;
}

Json note_json(const Note& n) {
  Json out{{"id", n.id}, {"kind", to_string(n.kind)}, {"text", n.text}};
  put_position(out, n.position);
  if (!n.source_id.empty() && n.source_id != n.id) out["source-id"] = n.source_id;
  out["purpose"] = to_string(n.purpose);
  if (!n.purpose_reason.empty()) out["purpose-reason"] = n.purpose_reason;
  if (n.standalone) out["standalone"] = true;
  if (!n.links.empty()) {
    Json links = Json::array();
    for (const auto& link : n.links) links.push_back(Json{{"text", link.text}, {"url", link.url}});
    out["links"] = links;
  }
  return out;
}

// Where a reference was found: its note, or its list entry (numbered from 1).
Json reference_source_json(const Bibliography& bib, const Citation& c) {
  switch (c.raw.source) {
    case ReferenceSource::note: {
      const Note& note = bib.document.notes.at(c.raw.note);
      return Json{{"note", note.id}, {"note-kind", to_string(note.kind)}};
    }
    case ReferenceSource::list_entry:
      return Json{{"entry", c.raw.entry + 1}};
  }
  return Json::object();
}

Json citation_json(const Bibliography& bib, const Citation& c) {
  Json out = reference_source_json(bib, c);
  out.update(Json{{"index", c.raw.index}, {"raw", c.raw.text}, {"form", to_string(c.form)},
                  {"work", bib.works.at(c.work).item.id}});
  if (!c.locator.empty()) out["locator"] = c.locator;
  out["origin"] = c.item.origin == ItemOrigin::document ? "document" : "parsed";
  out["item"] = to_csl_json(c.item);
  return out;
}

Json list_json(const ReferenceList& list) {
  Json out{{"heading", list.heading}};
  put_position(out, list.position);
  return out;
}

Json entry_json(const Bibliography& bib, std::size_t index, const std::string& work) {
  const ListEntry& entry = bib.document.entries[index];
  Json out{{"number", index + 1}, {"list", entry.list + 1}};
  if (!entry.id.empty()) out["id"] = entry.id;
  if (!entry.label.empty()) out["label"] = entry.label;
  out["text"] = entry.text;
  put_position(out, entry.position);
  out["work"] = work;
  return out;
}

std::string text_citation_id(std::size_t index) { return "c" + std::to_string(index + 1); }

// Citations of the running text ("c1", …), then each note's references
// (kind "note", "n" + the note's id + "." + the reference's number in it).
struct CitationRow {
  std::size_t text_citation = 0;        // index into Document::citations, for rows of the running text
  const Citation* note_reference = nullptr;   // else the note's reference
};

std::vector<CitationRow> citations_of(const Bibliography& bib) {
  std::vector<CitationRow> rows;
  for (std::size_t c = 0; c < bib.document.citations.size(); ++c) rows.push_back(CitationRow{c, nullptr});
  for (const Citation& c : bib.citations)
    if (c.raw.source == ReferenceSource::note) rows.push_back(CitationRow{0, &c});
  return rows;
}

Json text_citation_json(const Bibliography& bib, std::size_t c) {
  const TextCitation& citation = bib.document.citations[c];
  Json item{{"id", text_citation_id(c)}, {"kind", to_string(citation.kind)}, {"text", citation.text}};
  put_position(item, citation.position);
  Json works = Json::array(), locators = Json::array();
  for (std::size_t w = 0; w < citation.works.size(); ++w) {
    const auto& slot = bib.text_citation_works.at(c).at(w);
    works.push_back(slot ? Json(bib.works.at(*slot).item.id) : Json(nullptr));
    locators.push_back(citation.works[w].locator);
  }
  item["works"] = works;
  item["locators"] = locators;
  return item;
}

Json note_citation_json(const Bibliography& bib, const Citation& c) {
  const Note& note = bib.document.notes.at(c.raw.note);
  Json item{{"id", "n" + note.id + "." + std::to_string(c.raw.index + 1)},
            {"kind", to_string(CitationKind::note)},
            {"text", c.raw.text},
            {"note", note.id}};
  put_position(item, c.raw.position);
  item["works"] = Json::array({bib.works.at(c.work).item.id});
  item["locators"] = Json::array({c.locator});
  return item;
}

Json citation_row_json(const Bibliography& bib, const CitationRow& row) {
  return row.note_reference ? note_citation_json(bib, *row.note_reference) : text_citation_json(bib, row.text_citation);
}

Json work_json(const Bibliography& bib, const Work& w) {
  Json out = to_csl_json(w.item);
  out["cited-in"] = bib.cited_in(w);
  if (!w.entries.empty()) {
    Json entries = Json::array();
    for (std::size_t e : w.entries) entries.push_back(e + 1);
    out["entries"] = entries;
  }
  if (!w.text_citations.empty()) {
    Json citations = Json::array();
    for (std::size_t c : w.text_citations) citations.push_back(text_citation_id(c));
    out["citations"] = citations;
  }
  return out;
}

Json problem_json(const Problem& p) {
  Json out{{"severity", to_string(p.severity)}, {"code", p.code}, {"message", p.message}};
  if (!p.position.file.empty()) out["file"] = p.position.file;
  put_position(out, p.position);
  if (!p.note.empty()) out["note"] = p.note;
  return out;
}

// The document written member by member, each array item serialised on its own and indented as dump(2)
// indents it inside the whole: the text is the same, but a large document (100 MB of notes) never stands
// as one tree of JSON values, which took gigabytes and most of the time spent writing it.
class DocumentWriter {
 public:
  explicit DocumentWriter(std::string& out) : out_(out) { out_ += '{'; }

  void member(std::string_view key, const Json& value) {
    open_member(key);
    append_indented(value.dump(2), 2);
  }

  template <typename Items, typename Convert>
  void array(std::string_view key, const Items& items, Convert convert) {
    open_member(key);
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      out_ += first ? "\n    " : ",\n    ";
      first = false;
      append_indented(convert(item).dump(2), 4);
    }
    out_ += "\n  ]";
  }

  void close() { out_ += "\n}\n"; }

 private:
  void open_member(std::string_view key) {
    out_ += first_ ? "\n  " : ",\n  ";
    first_ = false;
    out_ += Json(std::string(key)).dump();
    out_ += ": ";
  }
  // JSON strings hold no raw line breaks: every one is between two values.
  void append_indented(const std::string& text, std::size_t indent) {
    for (char c : text) {
      out_ += c;
      if (c == '\n') out_.append(indent, ' ');
    }
  }

  std::string& out_;
  bool first_ = true;
};

Json summary_json(const Bibliography& bib) {
  std::size_t errors = 0, warnings = 0;
  auto note_references = static_cast<std::size_t>(std::count_if(
      bib.citations.begin(), bib.citations.end(), [](const Citation& c) { return c.raw.source == ReferenceSource::note; }));
  for (const auto& p : bib.problems) {
    errors += p.severity == Severity::error;
    warnings += p.severity == Severity::warning;
  }
  return Json{{"markers", bib.document.markers.size()},
              {"notes", bib.document.notes.size()},
              {"lists", bib.document.lists.size()},
              {"entries", bib.document.entries.size()},
              {"citations", bib.document.citations.size() + note_references},
              {"references", bib.citations.size()},
              {"works", bib.works.size()},
              {"errors", errors},
              {"warnings", warnings}};
}

}  // namespace

std::string extraction_json(const Bibliography& bib, const LinkResults* links) {
  std::string text;
  DocumentWriter out(text);
  out.member("document", Json{{"path", bib.document.path},
                              {"format", bib.document.format},
                              {"encoding", bib.document.encoding},
                              {"date-order", to_string(bib.date_order)}});
  out.member("summary", summary_json(bib));
  out.array("markers", bib.document.markers, marker_json);
  out.array("notes", bib.document.notes, note_json);
  out.array("lists", bib.document.lists, list_json);
  std::vector<std::string> entry_work(bib.document.entries.size());
  for (const Citation& c : bib.citations)
    if (c.raw.source == ReferenceSource::list_entry) entry_work.at(c.raw.entry) = bib.works.at(c.work).item.id;
  std::vector<std::size_t> entries(bib.document.entries.size());
  for (std::size_t e = 0; e < entries.size(); ++e) entries[e] = e;
  out.array("entries", entries, [&](std::size_t e) { return entry_json(bib, e, entry_work[e]); });
  out.array("citations", citations_of(bib), [&](const CitationRow& row) { return citation_row_json(bib, row); });
  out.array("references", bib.citations, [&](const Citation& c) { return citation_json(bib, c); });
  out.array("works", bib.works, [&](const Work& w) { return work_json(bib, w); });
  out.array("problems", bib.problems, problem_json);
  if (links) {
    out.array("links", links->reports, link_json);
    out.member("network-unreachable", links->network_unreachable);
  }
  out.close();
  return text;
}

}  // namespace citekit::exporting
