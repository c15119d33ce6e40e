#pragma once
// LaTeX text for .bib files, shared by the BibTeX and BibLaTeX writers.

#include <string>
#include <string_view>

namespace citekit::exporting {

// Biber (BibLaTeX) reads UTF-8 as it is. Classic BibTeX counts bytes, so its
// labels, sorting and case changes only work on ASCII with accent commands.
enum class LatexCharset { utf8, ascii };

// `text` with LaTeX's special characters escaped (& % # _ $ { } ~ ^ \). With
// `ascii`, Latin letters with diacritics become brace-protected accent
// commands ("{\v{S}}", "{\'c}", "{\ss}") and typographic punctuation becomes
// its LaTeX input form (’ -> ', – -> --); characters without an ASCII form
// (Greek, Cyrillic, CJK) stay UTF-8. Line breaks and tabs become spaces;
// other control characters are dropped.
std::string escape_latex(std::string_view text, LatexCharset charset);

}  // namespace citekit::exporting
