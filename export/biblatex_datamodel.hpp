#pragma once
// What biber's default data model (biblatex 3.x, as `biber --tool
// --validate-datamodel` checks it) lets each entry type hold, and what it
// requires, for the entry types the BibLaTeX writer uses.

#include <string_view>

namespace citekit::exporting {

// Whether an entry of `entry_type` may have `field`: the type's own fields,
// the fields every type has (doi, url, abstract, ...) and the date fields.
bool biblatex_allows(std::string_view entry_type, std::string_view field);

// The fields `entry_type` requires, space-separated ("url|doi|eprint": one of
// them). The date, which every type requires, is left out: no other type
// would do without it.
std::string_view biblatex_required(std::string_view entry_type);

}  // namespace citekit::exporting
