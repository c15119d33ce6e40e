#pragma once
// The span repairs of the numbers (number_repairs.cpp), which repair_spans
// runs with the others.

#include "extract/parse/workspace.hpp"

namespace citekit::extract::parsing {

void issue_between_volume_and_pages(Workspace& ws);   // "57,1 (1955): 71-83": the bare 1 is the issue
void issue_with_leading_zero(Workspace& ws);          // "JHEP 04 (2009) 065": 04 is the issue
void issue_inside_volume(Workspace& ws);              // "150(4)", "Band 20, Nr. 9": the issue split off
void split_page_from_date(Workspace& ws);             // "76, 1716 (1954)": 1716 is the page

}  // namespace citekit::extract::parsing
