#pragma once
// Numbering notes as a reader of the document sees them: per kind, in the
// order of the first marker pointing at each note; notes that no marker
// points at are numbered after those, in the order the file holds them.
// The id used inside the file stays in Note::source_id.

#include "core/document.hpp"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citekit::extract {

class NoteNumbering {
 public:
  // The reader's number for the note `source_id` of `kind`, assigned on first sight.
  std::string number(NoteKind kind, const std::string& source_id);

 private:
  std::map<std::pair<NoteKind, std::string>, std::string> numbers_;
  std::map<NoteKind, std::size_t> counts_;
};

// Footnotes first (they sit on the page), then endnotes, each by number.
void sort_notes_by_number(std::vector<Note>& notes);

}  // namespace citekit::extract
