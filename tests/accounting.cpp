#include "tests/accounting.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace citekit::test {
namespace {

using Key = std::pair<NoteKind, std::string>;

std::string label(const Key& key) { return std::string(to_string(key.first)) + " " + key.second; }

// Every work a citation of the running text names is linked, or a problem
// at the citation says why not.
void lost_citations(const Bibliography& bib, std::vector<std::string>& lost) {
  const auto& citations = bib.document.citations;
  if (bib.text_citation_works.size() != citations.size()) {
    lost.push_back("the citations of the running text are not all linked");
    return;
  }
  for (std::size_t c = 0; c < citations.size(); ++c) {
    const auto& slots = bib.text_citation_works[c];
    if (slots.size() != citations[c].works.size()) lost.push_back("citation \"" + citations[c].text + "\" lost a work");
    for (const auto& slot : slots) {
      if (slot) continue;
      bool told = std::any_of(bib.problems.begin(), bib.problems.end(), [&](const Problem& p) {
        return p.position.line == citations[c].position.line && p.position.column == citations[c].position.column &&
               p.position.part == citations[c].position.part &&
               (p.code == "unmatched-citation" || p.code == "ambiguous-citation" || p.code == "citation-out-of-range");
      });
      if (!told) lost.push_back("citation \"" + citations[c].text + "\" names a work nothing links and no problem names");
    }
  }
}

}  // namespace

std::vector<std::string> unaccounted(const Bibliography& bib) {
  const Document& document = bib.document;
  std::set<std::string> named_by_problem;
  for (const Problem& problem : bib.problems)
    if (!problem.note.empty()) named_by_problem.insert(problem.note);
  std::set<Key> notes, markers;
  for (const Note& note : document.notes) notes.emplace(note.kind, note.id);
  for (const Marker& marker : document.markers) markers.emplace(marker.kind, marker.id);

  std::vector<std::string> lost;
  for (const Key& marker : markers)
    if (!notes.count(marker) && !named_by_problem.count(marker.second))
      lost.push_back("the marker of " + label(marker) + " has no note and no problem names it");
  std::set<Key> standalone;
  for (const Note& note : document.notes)
    if (note.standalone) standalone.emplace(note.kind, note.id);
  for (const Key& note : notes)
    if (!markers.count(note) && !named_by_problem.count(note.second) && !standalone.count(note))
      lost.push_back(label(note) + " has no marker and no problem names it");
  std::vector<std::size_t> references_per_note(document.notes.size(), 0);
  std::vector<std::size_t> references_per_entry(document.entries.size(), 0);
  for (const Citation& citation : bib.citations) {
    if (citation.raw.source == ReferenceSource::list_entry) {
      if (citation.raw.entry >= document.entries.size() || citation.work >= bib.works.size()) {
        lost.push_back("a list's reference has no entry or no work: " + citation.raw.text);
        continue;
      }
      ++references_per_entry[citation.raw.entry];
      const auto& entries = bib.works[citation.work].entries;
      if (std::find(entries.begin(), entries.end(), citation.raw.entry) == entries.end())
        lost.push_back("the work of entry " + std::to_string(citation.raw.entry + 1) + " does not list it");
      continue;
    }
    if (citation.raw.note >= document.notes.size()) {
      lost.push_back("a reference belongs to no note: " + citation.raw.text);
      continue;
    }
    ++references_per_note[citation.raw.note];
    const Note& note = document.notes[citation.raw.note];
    if (citation.work >= bib.works.size()) {
      lost.push_back("a reference of " + label({note.kind, note.id}) + " has no work");
      continue;
    }
    const auto& cited_in = bib.works[citation.work].notes;
    if (std::find(cited_in.begin(), cited_in.end(), citation.raw.note) == cited_in.end())
      lost.push_back("the work of a reference of " + label({note.kind, note.id}) + " does not list the note");
  }
  for (std::size_t i = 0; i < document.notes.size(); ++i) {
    const Note& note = document.notes[i];
    // A note that cites nothing says so itself (its purpose).
    if (references_per_note[i] == 0 && !named_by_problem.count(note.id) && note.purpose == NotePurpose::citation)
      lost.push_back(label({note.kind, note.id}) + " gives no reference and no problem names it");
  }
  for (std::size_t i = 0; i < document.entries.size(); ++i)
    if (references_per_entry[i] != 1)
      lost.push_back("entry " + std::to_string(i + 1) + " gives " + std::to_string(references_per_entry[i]) +
                     " references, not one");
  lost_citations(bib, lost);
  return lost;
}

}  // namespace citekit::test
