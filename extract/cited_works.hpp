#pragma once
// Linking the citations of the running text to the works of the reference
// lists: an author-date citation by its names and year, a numeric one by
// the entry's number, a marked one by the entry's id. Problems: a citation
// that matches no entry ("unmatched-citation"), two entries
// ("ambiguous-citation"), or an entry only with another year or spelling
// ("citation-mismatch"); a number beyond the list ("citation-out-of-range");
// an entry that nothing cites ("uncited-entry").

#include "core/bibliography.hpp"

namespace citekit::extract {

// Fills bibliography.text_citation_works and every work's text_citations;
// adds the problems. Runs after link_works.
void link_text_citations(Bibliography& bibliography);

}  // namespace citekit::extract
