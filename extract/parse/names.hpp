#pragma once
// Name lists as references write them: persons ("Patrick Wintour", "Everts,
// Daan W.", "Smith JP", "J. P. COLLMAN", "Ludwig van Beethoven", "King,
// Martin Luther, Jr."), organisations ("NATO", "UN Security Council"), and
// lists of either joined by commas, semicolons, "and", "&", "und", "et".

#include "core/reference.hpp"

#include <string_view>
#include <vector>

namespace citekit::extract {

// True when `text` reads as a single organisation's name.
bool is_organisation_name(std::string_view text);

// Whether a word joiner ("and", "und", …) stands inside one body's name
// ("Organization for Security and Co-operation in Europe"): a body's name
// before it, and after it words that are neither a body nor a person of
// their own ("World Bank and IMF", "Ministry of Defence and Ministry of
// Finance" are two).
bool joins_one_body(std::string_view left, std::string_view joiner, std::string_view right);

// True when the whole segment reads as a list of authors.
bool looks_like_name_list(std::string_view segment);

// True when the segment is only persons in the shapes of name lists that end in a colon ("Müller,
// Harald ; Wolf, Klaus Dieter:", "Potasznik H, Nelson G:"): each "Family, Given", joined by ";", "/",
// "and", "&"; or each initials and a family name, joined by commas. Titles ("Vernon Bogdanor, The
// People and the Party System:") are not.
bool looks_like_strict_person_list(std::string_view segment);

// Splits an author list ("A, B, & C", "Family, Given and Family, Given",
// "Family, G., Family, G.", "Family G, Family G") into names; "et al." is dropped.
std::vector<Name> parse_names(std::string_view segment);

// One name: an organisation as a literal, a person into its parts. Scripts
// written without spaces between names (Chinese, Japanese) stay literal.
Name parse_name(std::string_view text);

}  // namespace citekit::extract
