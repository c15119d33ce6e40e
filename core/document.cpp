#include "core/bibliography.hpp"
#include "core/document.hpp"
#include "core/problem.hpp"

#include <set>

namespace citekit {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string_view to_string(NoteKind kind) { return kind == NoteKind::footnote ? "footnote" : "endnote"; }

std::string_view to_string(NotePurpose purpose) {
  switch (purpose) {
    case NotePurpose::citation: return "citation";
    case NotePurpose::discussion: return "discussion";
    case NotePurpose::cross_reference: return "cross-reference";
  }
  return "citation";
}

std::string_view to_string(CitationKind kind) {
  switch (kind) {
    case CitationKind::author_date: return "author-date";
    case CitationKind::numeric: return "numeric";
    case CitationKind::field: return "field";
    case CitationKind::key: return "key";
    case CitationKind::note: return "note";
  }
  return "note";
}

std::optional<NoteKind> note_kind_from_string(std::string_view text) {
  if (text == "endnote") return NoteKind::endnote;
  if (text == "footnote") return NoteKind::footnote;
  return std::nullopt;
}

std::string_view to_string(DateOrder order) {
  switch (order) {
    case DateOrder::day_first: return "day-first";
    case DateOrder::month_first: return "month-first";
    case DateOrder::unknown: return "unknown";
  }
  return "unknown";
}

std::vector<std::string> Bibliography::cited_in(const Work& work) const {
  std::vector<std::string> ids;
  for (std::size_t note : work.notes)
    if (note < document.notes.size()) ids.push_back(document.notes[note].id);
  return ids;
}

}  // namespace citekit
