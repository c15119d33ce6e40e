#pragma once
// Link reports as JUnit XML for CI systems (`check --format junit`): one
// test case per URL; broken links are failures, links that could not be
// checked are skipped.

#include "core/link.hpp"

#include <string>

namespace citekit::exporting {

std::string links_junit(const LinkResults& links);

}  // namespace citekit::exporting
