#pragma once
// Check digits of the identifiers biber validates (isbn, issn): a number
// mistyped in a note would otherwise make biber warn about the whole file.

#include <string_view>

namespace citekit::exporting {

// An ISBN-10 or ISBN-13 with a right check digit; hyphens and spaces ignored.
bool is_valid_isbn(std::string_view isbn);
// An ISSN ("1750-2977") with a right check digit.
bool is_valid_issn(std::string_view issn);

}  // namespace citekit::exporting
