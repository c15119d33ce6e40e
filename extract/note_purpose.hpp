#pragma once
// What a note written in free text is for: does it cite something, discuss,
// or point elsewhere in the document? And which stretch of it cites, without
// the discussion around it and the lead-ins ("See", "Vgl.", "Zur Geschichte
// siehe") before each reference.

#include "core/document.hpp"
#include "extract/known_authors.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace citekit::extract {

struct NoteReading {
  NotePurpose purpose = NotePurpose::citation;
  std::string reason;        // what decided it: "pages", "a link", "prose without a reference", "see section …"
  bool doubtful = false;     // a non-citing note that carries something a reference has (a year, a quotation)
  std::size_t begin = 0;     // the stretch that cites, as bytes of the note's text
  std::size_t end = 0;
};

// Reads a note's text (and whether it links outside the document).
NoteReading read_note_purpose(std::string_view text, bool links_outside, const KnownAuthors& authors = {});

// True when a stretch of a note shows a work cited: a link, pages, names of
// authors, a short form, a work after a lead-in ("see Malcolm").
bool cites_something(std::string_view stretch, const KnownAuthors& authors = {});

// True when the text opens as a reference does, after a lead-in and a few
// words of topic: names of authors, a short form ("Judah, p. 40", "Malcolm
// (n 3) 314"), "Ibid.", an author the lists cite.
bool opens_reference(std::string_view text, const KnownAuthors& authors = {});

// True when a part of a note is prose that cites nothing: "Interviews
// conducted in Pristina in May 2012" before "; see also …".
bool discusses_only(std::string_view part);

// Bytes of the lead-in that opens a reference: "See also ", "For a critique
// of this view, see ", "Zur Geschichte des Kosovo siehe ", "Vgl. ", "Voir ",
// "Véase también ". 0 when the reference opens at once.
std::size_t lead_in_bytes(std::string_view reference);

}  // namespace citekit::extract
