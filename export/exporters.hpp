#pragma once
// Bibliography exports: one writer per format, one dispatch point. Every
// format reads the same CSL-shaped works and uses the same citation keys
// (item.id); writers return the text and never print.

#include "core/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citekit::exporting {

enum class Format { bibtex, biblatex, csl_json, csl_xml, ris, mods };

// "bibtex", "biblatex", "csl-json", "csl-xml", "ris", "mods".
std::string_view to_string(Format format);
// The format named `name` (case-insensitive; "_" may stand for "-"), or
// nullopt for a name that is not a format.
std::optional<Format> format_from_string(std::string_view name);
const std::vector<Format>& all_formats();
// Conventional file extension: ".bib", ".json", ".xml", ".ris".
std::string_view file_extension(Format format);

// The works (their items, with item.id as the key) written in `format`, in
// the order given. The same input always gives the same bytes.
std::string write(const std::vector<Work>& works, Format format);

}  // namespace citekit::exporting
