#pragma once
// The machine-readable result of `citekit extract --format json` (and of
// `audit --format json`): markers, notes, references, works, problems and,
// when links were checked, their reports.

#include "core/bibliography.hpp"
#include "core/link.hpp"

#include <string>

namespace citekit::exporting {

// `links` may be null when no check ran.
std::string extraction_json(const Bibliography& bibliography, const LinkResults* links = nullptr);

}  // namespace citekit::exporting
