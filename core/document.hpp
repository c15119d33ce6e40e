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

// What a note is for. Only citing notes yield references; the others are
// kept, with why they cite nothing, so that nothing is dropped unsaid.
enum class NotePurpose {
  citation,         // cites something (and may discuss it too)
  discussion,       // explains, acknowledges, declares: a JATS conflict-of-interest or contributions note
  cross_reference,  // points inside the document: "see section 3", "see note 12"
};

std::string_view to_string(NotePurpose purpose);

struct Note {
  std::string id;               // as numbered for the reader ("1", "2", ...)
  NoteKind kind = NoteKind::endnote;
  std::string text;             // plain UTF-8, paragraphs joined by '\n'
  Position position;            // where the body starts
  std::string source_id;        // the id inside the file, when it differs from id
  std::vector<Hyperlink> links;         // hyperlink targets from markup
  std::vector<Reference> embedded;      // items a citation manager stored in the note
  // The stored items leave out what the text shows (COinS has no access
  // date): the text, parsed, fills them in and is checked against them.
  bool embedded_partial = false;
  NotePurpose purpose = NotePurpose::citation;
  std::string purpose_reason;   // what decided a purpose other than citation ("JATS fn-type conflict")
  // The markup places it outside the running text (a JATS article's author
  // notes and back-matter notes): no marker points at it, by design.
  bool standalone = false;
};

// A reference list: "References", "Bibliography", "Literaturverzeichnis",
// or a list the format marks as one (pandoc's div#refs, JATS <ref-list>).
struct ReferenceList {
  std::string heading;          // as written; empty when the list has none
  Position position;            // of the heading, else of the first entry
};

// One entry of a reference list, as the document gives it.
struct ListEntry {
  std::size_t list = 0;         // index into Document::lists
  std::string id;               // the document's own anchor ("ref-weller2009", JATS "B12"), else ""
  std::string label;            // its number as printed ("12" for "[12]" or "12."), else ""
  std::string text;
  Position position;
  std::vector<Hyperlink> links;
  std::vector<Reference> embedded;  // an item the document stores for it (JATS element-citation)
};

// How a citation in the running text points at what it cites.
enum class CitationKind {
  author_date,  // "(Weller 2009, p. 4)", "Bieber and Daskalovski (2003)"
  numeric,      // "[3]", "[3, 5]", "[3–7]", a superscript 3
  field,        // a citation manager's field: Zotero, Mendeley, EndNote
  key,          // a link or key the markup gives: pandoc's data-cites, JATS <xref>, [@key]
  note,         // a note's reference (not found in the running text)
};

std::string_view to_string(CitationKind kind);

// One cited work inside a citation, as the citation names it.
struct CitedWork {
  std::string key;                   // an entry's id (CitationKind::key)
  std::string number;                // an entry's label ("3"; CitationKind::numeric)
  std::vector<std::string> names;    // family names or an organisation, in order (author_date)
  bool et_al = false;                // "et al." followed the names
  std::string year;                  // "2003", "2020a", "n.d." (author_date)
  std::vector<Reference> items;      // the item a field stores (CitationKind::field)
  std::string locator;               // "p. 4", "4", "S. 12", as written
};

// A citation in the running text: several works may be cited at once.
struct TextCitation {
  CitationKind kind = CitationKind::author_date;
  std::string text;                  // as written: "(King and Mason 2006; King 2006)"
  Position position;
  std::vector<CitedWork> works;
  // Found by a shape that other text has too ("(Hoxha)": a name alone in
  // brackets): kept only when it matches a list's entry, dropped silently
  // otherwise.
  bool tentative = false;
};

struct Document {
  std::string path;             // as the user named it
  std::string format;           // "word-text", "docx", ...
  std::string encoding = "UTF-8";   // of the input, before normalisation to UTF-8
  std::vector<Marker> markers;
  std::vector<Note> notes;
  std::vector<Problem> problems;    // found while reading
  std::vector<ReferenceList> lists;
  std::vector<ListEntry> entries;   // every list's, in document order
  std::vector<TextCitation> citations;  // in the running text, in document order
  // Items the document's metadata gives under their keys (pandoc's
  // `references:`, its `bibliography:` files): what "[@key]" cites.
  std::vector<Reference> bibliography;
  // A note may be referenced again later (Markdown, HTML, JATS): repeated
  // markers are then citations, not duplicates.
  bool markers_can_repeat = false;
};

}  // namespace citekit
