#pragma once
// Case protection for .bib titles. Styles that print titles in sentence case
// lowercase every letter BibTeX/biber can see, so acronyms and proper nouns
// are wrapped in braces: "{NATO}’s role in {Kosovo}".

#include "export/latex_escape.hpp"

#include <string>
#include <string_view>

namespace citekit::exporting {

// Whether `word` (letters and digits, hyphens inside) must keep its case: it has a
// capital letter, unless it starts a sentence and only its first letter is
// capital (the style keeps that one itself).
bool needs_case_protection(std::string_view word, bool sentence_initial);

// `title` escaped for LaTeX with the words that need it braced. Only the
// title's first word counts as starting a sentence: BibTeX's change.case$
// keeps a capital after a colon, but biblatex's \MakeSentenceCase and
// pandoc's reader lower it, so a subtitle's first word is braced too.
std::string protect_case(std::string_view title, LatexCharset charset);

}  // namespace citekit::exporting
