#pragma once
// What a reader finds in a document: note markers in the running text and
// the note bodies they point to. Every reader (Word text export, DOCX, ODT,
// Markdown, HTML, ...) produces this same value.

#include "core/position.hpp"
#include "core/problem.hpp"
#include "core/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit {

enum class NoteKind { endnote, footnote };

std::string_view to_string(NoteKind kind);
std::optional<NoteKind> note_kind_from_string(std::string_view text);

// A note reference in the body text, e.g. "[endnoteRef:3]".
struct Marker {
  std::string id;
  NoteKind kind = NoteKind::endnote;
  Position position;
};

// A link target that markup attached to a stretch of note text; the URL can
// differ from the visible text.
struct Hyperlink {
  std::string text;
  std::string url;
};

struct Note {
  std::string id;               // as numbered for the reader ("1", "2", ...)
  NoteKind kind = NoteKind::endnote;
  std::string text;             // plain UTF-8, paragraphs joined by '\n'
  Position position;            // where the body starts
  std::string source_id;        // the id inside the file, when it differs from id
  std::vector<Hyperlink> links;         // hyperlink targets from markup
  std::vector<Reference> embedded;      // items a citation manager stored in the note
};

struct Document {
  std::string path;             // as the user named it
  std::string format;           // "word-text", "docx", ...
  std::string encoding = "UTF-8";   // of the input, before normalisation to UTF-8
  std::vector<Marker> markers;
  std::vector<Note> notes;
  std::vector<Problem> problems;    // found while reading
  // A note may be referenced again later (Markdown, HTML, JATS): repeated
  // markers are then citations, not duplicates.
  bool markers_can_repeat = false;
};

}  // namespace citekit
