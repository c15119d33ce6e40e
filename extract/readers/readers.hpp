#pragma once
// The one place that maps a document's content to its reader.

#include "core/document.hpp"
#include "core/result.hpp"
#include "extract/input.hpp"

#include <string>
#include <string_view>

namespace citekit::extract {

// Name of the format the bytes hold ("word-text", "zip", "pdf", ...).
std::string detect_format(std::string_view bytes);

Result<Document> read_with_detected_reader(std::string_view bytes, const std::string& path, const InputLimits& limits);

}  // namespace citekit::extract
