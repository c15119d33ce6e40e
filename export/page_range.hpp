#pragma once
// Page ranges as the formats want them: "198--199" in .bib files, first and
// last page in RIS (SP/EP) and MODS (extent/start, extent/end).

#include <string>
#include <string_view>

namespace citekit::exporting {

struct PageRange {
  std::string first;
  std::string last;  // empty for a single page or a list such as "3, 7-9"
};

// "198-199", "198–199" and "198 - 199" give {"198", "199"}; anything else
// (one page, several ranges) is kept whole in `first`.
PageRange split_page_range(std::string_view page);

// `page` with every dash between pages (-, ‐, ‑, ‒, –, —, −) written as "--".
std::string bib_page_range(std::string_view page);

}  // namespace citekit::exporting
