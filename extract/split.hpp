#pragma once
// Splitting a note that cites several works ("A ...; B ...") into one raw
// reference each.

#include "core/document.hpp"
#include "core/reference.hpp"
#include "extract/known_authors.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

// Byte ranges of the references in `text`: split at "; " outside brackets,
// quotes and URLs; a part that carries nothing a reference has (no year,
// link, page, quoted title, "Ibid.", nor an author the reference lists
// cite, as short notes name them: "King and Mason, Peace at Any Price")
// rejoins the part before it, so a discursive "; " does not invent
// references.
std::vector<std::pair<std::size_t, std::size_t>> reference_spans(std::string_view text,
                                                                  const KnownAuthors& authors = {});

// True when the text carries something a reference has: a year, a link or
// DOI, pages, a quoted title, "Ibid.", "n.d.".
bool looks_like_reference(std::string_view text);

// The note's references, numbered within the note, positioned at the note;
// only the bytes [stretch.first, stretch.second) of its text are read.
std::vector<RawReference> split_references(const Note& note, std::size_t note_index, const KnownAuthors& authors = {},
                                           std::pair<std::size_t, std::size_t> stretch = {0, std::string::npos});

}  // namespace citekit::extract
