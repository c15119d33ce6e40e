#pragma once
// Link reports as Markdown (`check --format markdown`): a tally, a table of
// the links that need attention, then every link.

#include "core/link.hpp"

#include <string>

namespace citekit::exporting {

std::string links_markdown(const LinkResults& links);

}  // namespace citekit::exporting
