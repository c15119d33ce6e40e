#pragma once
// Where a command's result goes: standard output, or a file written
// atomically (a temporary file renamed into place), so that an interrupted
// run never leaves a half-written export behind.

#include "core/result.hpp"

#include <ostream>
#include <string>

namespace citekit::cli {

// Writes `content` to `path`, or to `out` when path is empty or "-".
Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out);

}  // namespace citekit::cli
