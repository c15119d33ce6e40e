#include "export/extraction_json.hpp"

#include "core/csl_json.hpp"
#include "export/link_json.hpp"

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
  if (!n.links.empty()) {
    Json links = Json::array();
    for (const auto& link : n.links) links.push_back(Json{{"text", link.text}, {"url", link.url}});
    out["links"] = links;
  }
  return out;
}

Json citation_json(const Bibliography& bib, const Citation& c) {
  const Note& note = bib.document.notes.at(c.raw.note);
  Json out{{"note", note.id}, {"note-kind", to_string(note.kind)}, {"index", c.raw.index}, {"raw", c.raw.text},
           {"form", to_string(c.form)}, {"work", bib.works.at(c.work).item.id}};
  if (!c.locator.empty()) out["locator"] = c.locator;
  out["origin"] = c.item.origin == ItemOrigin::document ? "document" : "parsed";
  out["item"] = to_csl_json(c.item);
  return out;
}

Json work_json(const Bibliography& bib, const Work& w) {
  Json out = to_csl_json(w.item);
  out["cited-in"] = bib.cited_in(w);
  return out;
}

Json problem_json(const Problem& p) {
  Json out{{"severity", to_string(p.severity)}, {"code", p.code}, {"message", p.message}};
  if (!p.position.file.empty()) out["file"] = p.position.file;
  put_position(out, p.position);
  if (!p.note.empty()) out["note"] = p.note;
  return out;
}

template <typename Items, typename Convert>
Json array_of(const Items& items, Convert convert) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(convert(item));
  return out;
}

Json summary_json(const Bibliography& bib) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& p : bib.problems) {
    errors += p.severity == Severity::error;
    warnings += p.severity == Severity::warning;
  }
  return Json{{"markers", bib.document.markers.size()}, {"notes", bib.document.notes.size()},
              {"references", bib.citations.size()},     {"works", bib.works.size()},
              {"errors", errors},                      {"warnings", warnings}};
}

}  // namespace

std::string extraction_json(const Bibliography& bib, const LinkResults* links) {
  Json out;
  out["document"] = Json{{"path", bib.document.path},
                         {"format", bib.document.format},
                         {"encoding", bib.document.encoding},
                         {"date-order", to_string(bib.date_order)}};
  out["summary"] = summary_json(bib);
  out["markers"] = array_of(bib.document.markers, marker_json);
  out["notes"] = array_of(bib.document.notes, note_json);
  out["references"] = array_of(bib.citations, [&](const Citation& c) { return citation_json(bib, c); });
  out["works"] = array_of(bib.works, [&](const Work& w) { return work_json(bib, w); });
  out["problems"] = array_of(bib.problems, problem_json);
  if (links) {
    out["links"] = array_of(links->reports, link_json);
    out["network-unreachable"] = links->network_unreachable;
  }
  return out.dump(2) + "\n";
}

}  // namespace citekit::exporting
