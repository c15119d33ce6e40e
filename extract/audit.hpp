#pragma once
// The marker/note audit, the same for every format: each marker should have
// exactly one note of the same kind and id and each note a marker, and ids
// should rise through the document.

#include "core/document.hpp"

#include <vector>

namespace citekit::extract {

// Problems found by comparing the document's markers and notes.
std::vector<Problem> audit_notes(const Document& document);

}  // namespace citekit::extract
