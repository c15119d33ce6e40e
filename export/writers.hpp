#pragma once
// The writers behind exporting::write, one per file. Internal to export/:
// callers go through write(works, format).

#include "core/reference.hpp"

#include <string>
#include <vector>

namespace citekit::exporting {

std::string write_bibtex(const std::vector<Work>& works);
std::string write_biblatex(const std::vector<Work>& works);
std::string write_csl_json(const std::vector<Work>& works);
std::string write_csl_xml(const std::vector<Work>& works);
std::string write_ris(const std::vector<Work>& works);
std::string write_mods(const std::vector<Work>& works);

}  // namespace citekit::exporting
