#pragma once
// JSON text written directly, for output that runs once per reference or
// span (`citekit parse` over a whole library): building a JSON document
// first and serialising it costs more than the parse itself.

#include <string>
#include <string_view>

namespace citekit {

// A JSON string literal for `text`, escaped as JSON requires; invalid UTF-8
// sequences become U+FFFD, so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view text);

// A JSON number for a (non-negative or negative) integer.
void append_json_int(std::string& out, long long value);

}  // namespace citekit
