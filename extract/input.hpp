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

struct InputLimits {
  std::size_t max_input_bytes = 256u << 20;  // larger inputs are refused, not truncated
};

// The whole content of `path`, or of `standard_input` when path is "-".
Result<std::string> read_input(const std::string& path, std::istream& standard_input, const InputLimits& limits);

struct DecodedText {
  std::string text;        // UTF-8, '\n' line ends, no BOM, no NUL
  std::string encoding;    // what the bytes were taken to be: "UTF-8", "UTF-16LE", ...
  std::vector<Problem> problems;
};

// Decodes plain-text bytes: BOMs, UTF-16 (Word's "Unicode text"), CRLF/CR
// line ends; invalid UTF-8 and NUL bytes are replaced and reported with their
// line and column.
DecodedText decode_text(std::string_view bytes, const std::string& path);

}  // namespace citekit::extract
