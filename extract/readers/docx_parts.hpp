#pragma once
// What the Word reader's walkers share (private to extract/readers): the
// package's relationships, and the field instructions they act on.

#include "core/document.hpp"
#include "core/problem.hpp"
#include "core/reference.hpp"
#include "core/result.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRelationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct Relationship {
  std::string type;     // the last segment of the type URI: "officeDocument", "endnotes", "hyperlink"
  std::string target;   // a part name (resolved) or, when external, a URL
  bool external = false;
};
using Relationships = std::map<std::string, Relationship, std::less<>>;  // by Id

// The URL of a HYPERLINK field instruction (HYPERLINK "url" \o "tip"), or ""
// when the field only jumps inside the document (\l "bookmark").
std::string hyperlink_target(std::string_view instruction);

// Zotero ("ADDIN ZOTERO_ITEM CSL_CITATION {…}"), Mendeley ("ADDIN
// CSL_CITATION {…}") and EndNote ("ADDIN EN.CITE <EndNote>…") citation fields.
bool is_citation_field(std::string_view instruction);

// Fields whose result is a bibliography: Word's own (BIBLIOGRAPHY), Zotero
// (ADDIN ZOTERO_BIBL), Mendeley (ADDIN Mendeley Bibliography
// CSL_BIBLIOGRAPHY), EndNote (ADDIN EN.REFLIST).
bool is_bibliography_field(std::string_view instruction);

// The works a citation field's CSL-JSON cites, in order: each with its item
// (CitedWork::items) and locator ("p. 12"); `problems` is told of what
// could not be read.
std::vector<CitedWork> citation_items(const std::string& instruction, std::vector<std::string>& problems);

}  // namespace citekit::extract
