#pragma once
// The headings reference lists go under, in the languages people cite in.

#include <string_view>

namespace citekit::extract {

// Whether a heading's text names a reference list: "References",
// "7. Bibliography", "WORKS CITED", "Literaturverzeichnis", "Referências
// bibliográficas", "Список литературы", "参考文献". Numbering before it and a
// colon after it are allowed; anything more (a sentence) is not a heading.
bool is_reference_list_heading(std::string_view text);

}  // namespace citekit::extract
