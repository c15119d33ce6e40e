#pragma once
// Bibliography exports: one writer per format, one dispatch point. Every
// format reads the same CSL-shaped works and uses the same citation keys.

#include "core/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::exporting {

enum class Format { bibtex, biblatex, csl_json, csl_xml, ris, mods };

std::string_view to_string(Format format);
std::optional<Format> format_from_string(std::string_view name);
const std::vector<Format>& all_formats();
// Conventional file extension: ".bib", ".json", ".xml", ".ris".
std::string_view file_extension(Format format);

// The works (their items, with item.id as the key) written in `format`.
std::string write(const std::vector<Work>& works, Format format);

}  // namespace citekit::exporting
