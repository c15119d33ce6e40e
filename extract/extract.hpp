#pragma once
// The extraction pipeline: document bytes -> notes -> references -> works.
// read_document picks the reader from the content; build_bibliography audits
// the notes, splits and parses their references and links them to works.

#include "core/bibliography.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace citekit::extract {

struct Options {
  DateOrder date_order = DateOrder::unknown;   // unknown: decide from the document's own dates
  InputLimits limits;
};

// Reads `path` ("-" for standard input) with the reader its content calls for.
Result<Document> read_document(const std::string& path, std::istream& standard_input, const Options& options = {});
Result<Document> read_document_bytes(std::string_view bytes, const std::string& path, const Options& options = {});

// Audits markers and notes, splits and parses every note's references, links
// short forms and "Ibid." to their works and gives every work its key.
Bibliography build_bibliography(Document document, const Options& options = {});

// read_document, then build_bibliography.
Result<Bibliography> extract_file(const std::string& path, std::istream& standard_input, const Options& options = {});

}  // namespace citekit::extract
