#include "extract/readers/note_numbering.hpp"

#include <algorithm>

namespace citekit::extract {

std::string NoteNumbering::number(NoteKind kind, const std::string& source_id) {
  auto [it, added] = numbers_.try_emplace({kind, source_id});
  if (added) it->second = std::to_string(++counts_[kind]);
  return it->second;
}

void sort_notes_by_number(std::vector<Note>& notes) {
  auto rank = [](const Note& note) {
    return std::pair(note.kind == NoteKind::footnote ? 0 : 1, std::stoul(note.id));
  };
  std::stable_sort(notes.begin(), notes.end(), [&](const Note& a, const Note& b) { return rank(a) < rank(b); });
}

}  // namespace citekit::extract
