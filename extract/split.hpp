#pragma once
// Splitting a note that cites several works ("A ...; B ...") into one raw
// reference each.

#include "core/document.hpp"
#include "core/reference.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace citekit::extract {

// Byte ranges of the references in `text`: split at "; " outside brackets,
// quotes and URLs; a part that carries nothing a reference has (no year,
// link, page, quoted title, "Ibid.") rejoins the part before it, so a
// discursive "; " does not invent references.
std::vector<std::pair<std::size_t, std::size_t>> reference_spans(std::string_view text);

// The note's references, numbered within the note, positioned at the note.
std::vector<RawReference> split_references(const Note& note, std::size_t note_index);

}  // namespace citekit::extract
