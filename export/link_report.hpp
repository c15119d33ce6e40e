#pragma once
// Link reports for people: one line per URL (`citekit check`) and the status
// phrase the audit report shows under each work.

#include "core/link.hpp"

#include <string>

namespace citekit::exporting {

// "ok (200)", "redirected (200) -> URL", "broken (404)", "timeout: …";
// "unchecked (network unreachable)" when the run was offline.
std::string link_status(const LinkReport& report, bool network_unreachable);

// "VERDICT [STATUS]  URL[ -> FINAL][  (DETAIL)]" per line, then a note when offline.
std::string links_text(const LinkResults& links);

}  // namespace citekit::exporting
