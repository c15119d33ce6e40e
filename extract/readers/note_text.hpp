#pragma once
// Building a note's text from markup, the same way for every format: text
// arrives in pieces (runs, text nodes), paragraphs are marked explicitly,
// and links record their target. The result is the Note::text convention:
// invisible characters normalised, whitespace collapsed inside paragraphs,
// empty paragraphs dropped, paragraphs joined by '\n'.

#include "core/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

class NoteTextBuilder {
 public:
  void append(std::string_view text);
  void paragraph_break();
  // Text appended until end_link() is the link's visible text.
  void begin_link(std::string url);
  void end_link();

  // The text so far, paragraphs joined by '\n'.
  std::string text() const;
  std::vector<Hyperlink> links() const;
  // Sets the note's text and links.
  void fill(Note& note) const;

 private:
  struct OpenLink {
    std::string url;
    std::size_t paragraph;
    std::size_t offset;
  };
  std::vector<std::string> paragraphs_{std::string()};
  std::vector<Hyperlink> links_;
  std::vector<OpenLink> open_;
};

// One paragraph of raw text as it will read in a note.
std::string clean_paragraph(std::string_view text);

}  // namespace citekit::extract
