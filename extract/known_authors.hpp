#pragma once
// The authors a document's reference lists cite, for reading its notes:
// a short note names them ("King and Mason, Peace at Any Price") without
// anything else a reference has.

#include "core/reference.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

// Folded (lower-case ASCII words): "weller", "organization for security and co operation in europe".
using KnownAuthors = std::set<std::string, std::less<>>;

// The authors and editors of the list entries' items.
KnownAuthors known_authors(const std::vector<Reference>& items);

// True when the text, after its lead-in ("See also"), opens with an author
// the lists cite, then a comma: "King and Mason, …", "Müller, Schörnig,
// and Wolf, …" (the first name decides).
bool opens_with_known_author(std::string_view text, const KnownAuthors& authors);

}  // namespace citekit::extract
