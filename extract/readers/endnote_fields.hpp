#pragma once
// EndNote's citation fields in Word ("ADDIN EN.CITE <EndNote><Cite>…
// <record>…</record></Cite></EndNote>"): each Cite holds the cited
// record as EndNote stores it, read here into a CSL item (private to
// extract/readers).

#include "core/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

// True for "ADDIN EN.CITE" with its XML (not EN.CITE.DATA, whose record is
// stored encoded in the field's data).
bool is_endnote_citation_field(std::string_view instruction);

// The works an EN.CITE field cites, each with its record as a CSL item and
// its pages as the locator; `problems` gets a message for what cannot be read.
std::vector<CitedWork> endnote_citation_items(std::string_view instruction, std::vector<std::string>& problems);

}  // namespace citekit::extract
