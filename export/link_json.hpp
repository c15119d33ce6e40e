#pragma once
// Link reports for programs: one JSON object per report, shared by
// `check --format json`, the JSON Lines stream and the audit JSON.

#include "core/link.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace citekit::exporting {

// {"url", "verdict", "status", "final-url", "redirects", "permanent", "detail",
//  "title", "last-modified", "modified", "changed-after-access", "archived",
//  "archive-detail", "problems", "attempts", "seconds", "cached", "cited-in"}
// (fields that say nothing are left out).
nlohmann::ordered_json link_json(const LinkReport& report);

// One report as a line of JSON Lines (ends with "\n").
std::string link_json_line(const LinkReport& report);

// {"network-unreachable": …, "links": [...]}.
std::string links_json(const LinkResults& links);

}  // namespace citekit::exporting
