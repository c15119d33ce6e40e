#pragma once
// Getting a document's bytes and turning text bytes into clean UTF-8.

#include "core/problem.hpp"
#include "core/result.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::extract {

// Caps that keep hostile or broken input from exhausting memory or stack.
// Every cap is an error when exceeded (nothing is silently truncated);
// docs/readers.md lists them and the CLI can set each one.
struct InputLimits {
  std::size_t max_input_bytes = 256u << 20;        // the file as read
  std::size_t max_zip_entries = 10'000;            // members of a DOCX/ODT archive
  std::size_t max_member_bytes = 64u << 20;        // one zip member, counted while inflating
  std::size_t max_inflated_bytes = 256u << 20;     // all members read from one archive
  std::size_t max_nesting_depth = 1'000;           // XML/HTML element nesting
  std::size_t max_tree_bytes = 1u << 30;           // the parse tree of one HTML page or XML part
};

// The whole content of `path`, or of `standard_input` when path is "-".
Result<std::string> read_input(const std::string& path, std::istream& standard_input, const InputLimits& limits);

struct DecodedText {
  std::string text;        // UTF-8, '\n' line ends, no BOM, no NUL
  std::string encoding;    // what the bytes were taken to be: "UTF-8", "UTF-16LE", ...
  std::vector<Problem> problems;
};

// Decodes plain-text bytes: BOMs, UTF-16 (Word's "Unicode text") with or
// without BOM, legacy encodings such as Windows-1252 (detected, converted
// and reported as info), CRLF/CR line ends; invalid UTF-8 inside UTF-8 text
// and NUL bytes are replaced and reported with their line and column.
// No-break and zero-width spaces and soft hyphens are normalised
// (normalise_invisible), so that matching sees plain spaces.
DecodedText decode_text(std::string_view bytes, const std::string& path);

}  // namespace citekit::extract
