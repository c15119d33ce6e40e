#include "tests/accounting.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace citekit::test {
namespace {

using Key = std::pair<NoteKind, std::string>;

std::string label(const Key& key) { return std::string(to_string(key.first)) + " " + key.second; }

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
  for (const Key& note : notes)
    if (!markers.count(note) && !named_by_problem.count(note.second))
      lost.push_back(label(note) + " has no marker and no problem names it");
  std::vector<std::size_t> references_per_note(document.notes.size(), 0);
  for (const Citation& citation : bib.citations) {
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
    if (references_per_note[i] == 0 && !named_by_problem.count(note.id))
      lost.push_back(label({note.kind, note.id}) + " gives no reference and no problem names it");
  }
  return lost;
}

}  // namespace citekit::test
