#pragma once
// The audit report for people: what was found, what is wrong, and the state
// of every cited link.

#include "core/bibliography.hpp"
#include "core/link.hpp"

#include <string>

namespace citekit::exporting {

// `links` may be null when links were not checked.
std::string audit_report(const Bibliography& bibliography, const LinkResults* links);

// One line describing a work: "Patrick Wintour, Ian Traynor (1999). Title. Container."
std::string describe_item(const Reference& item);

}  // namespace citekit::exporting
