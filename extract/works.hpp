#pragma once
// From citations to distinct works: "Ibid." takes the previous citation's
// work, a short form ("NATO. NATO’s role in Kosovo.") the earlier full
// reference it abbreviates, and repeated full references share one work.
// Works then get their citation keys.

#include "core/bibliography.hpp"

namespace citekit::extract {

// Fills bibliography.works and every citation's `work`, `form` and item id;
// adds problems for an ibid with nothing before it.
void link_works(Bibliography& bibliography);

}  // namespace citekit::extract
