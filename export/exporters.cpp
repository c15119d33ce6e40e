#include "export/exporters.hpp"

namespace citekit::exporting {

std::string_view to_string(Format) { return ""; }
std::optional<Format> format_from_string(std::string_view) { return std::nullopt; }
const std::vector<Format>& all_formats() { static const std::vector<Format> all; return all; }
std::string_view file_extension(Format) { return ""; }
std::string write(const std::vector<Work>&, Format) { return {}; }

}  // namespace citekit::exporting
